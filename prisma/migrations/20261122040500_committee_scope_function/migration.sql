-- Hand-written (listed in prisma/hand-written-sql.ts): what a committee's
-- viewers may read over time, in SQL, so that every query scopes itself with
-- `committee_id in (select readable_committee_ids($1))` and no list of ids
-- ever travels from the application.

-- A parent span never ends before it starts.
ALTER TABLE "committee_parents" ADD CONSTRAINT "committee_parents_valid_to_after_valid_from" CHECK ("valid_to" >= "valid_from");

-- At most one primary successor per predecessor (the data layer and the seed
-- require exactly one for every ended committee that has successors).
CREATE UNIQUE INDEX "committee_successions_one_primary" ON "committee_successions" ("predecessor_id") WHERE "is_primary";

-- Every committee a viewer's committee reaches, with how it is reached (the
-- strongest way when there are several), walking the tree as it stood:
--   own                    the committee itself;
--   child, descendant      its subtree today (or on its last day, if it ended);
--   primaryPredecessor     a committee it succeeds as primary successor,
--                          transitively: it carries its history and acts for it;
--   formerDescendant       within such a predecessor's subtree as it was on its
--                          last day, or a primary predecessor of a committee of
--                          its subtree;
--   nonPrimaryPredecessor  a committee it succeeds without being the primary
--                          successor: that committee's own records only.
-- lib/auth/policy.ts names the same relations and says what each allows.
CREATE FUNCTION "committee_reach"(viewer_committee text)
RETURNS TABLE (committee_id text, relation text)
LANGUAGE sql STABLE
AS $$
  WITH RECURSIVE walk(id, as_of, step) AS (
    SELECT c.id, least(coalesce(c.valid_to, 'infinity'::date), (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date), 'own'::text
      FROM committees c
     WHERE c.id = viewer_committee
    UNION -- not ALL: a node seen twice ends there, so a bad loop cannot run forever
    SELECT next.id, next.as_of, next.step
      FROM walk w
     CROSS JOIN LATERAL (
        SELECT p.committee_id, w.as_of,
               CASE WHEN w.step = 'own' THEN 'child'
                    WHEN w.step IN ('child', 'descendant') THEN 'descendant'
                    ELSE 'formerDescendant' END
          FROM committee_parents p
         WHERE p.parent_id = w.id AND p.valid_from <= w.as_of AND (p.valid_to IS NULL OR p.valid_to >= w.as_of)
        UNION ALL
        SELECT s.predecessor_id, s.effective_on - 1,
               CASE WHEN w.step IN ('own', 'primaryPredecessor') THEN 'primaryPredecessor' ELSE 'formerDescendant' END
          FROM committee_successions s
         WHERE s.successor_id = w.id AND s.is_primary
        UNION ALL
        SELECT s.predecessor_id, NULL::date, 'nonPrimaryPredecessor'
          FROM committee_successions s
         WHERE s.successor_id = w.id AND NOT s.is_primary
     ) AS next(id, as_of, step)
     WHERE w.step <> 'nonPrimaryPredecessor'
  )
  SELECT id,
         (array_agg(step ORDER BY array_position(
            ARRAY['own', 'child', 'descendant', 'primaryPredecessor', 'formerDescendant', 'nonPrimaryPredecessor'], step)))[1]
    FROM walk
   GROUP BY id
$$;

-- The scope of every read: the committees whose records a viewer's committee
-- reads (all of committee_reach's relations read records).
CREATE FUNCTION "readable_committee_ids"(viewer_committee text)
RETURNS SETOF text
LANGUAGE sql STABLE
AS $$
  SELECT committee_id FROM committee_reach(viewer_committee)
$$;
