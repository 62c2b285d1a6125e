-- Hand-written (listed in prisma/hand-written-sql.ts): the reporting settings'
-- rules, the unique key of shared periods, and THE one definition of what a
-- committee delivered in a period, which the dashboard, the agreement pages,
-- the period reports and the record lists behind every figure all read.

-- One settings row; deadlines are whole working days.
ALTER TABLE "reporting_settings" ADD CONSTRAINT "reporting_settings_single_row" CHECK ("id" = 1);
ALTER TABLE "reporting_settings" ADD CONSTRAINT "reporting_settings_deadlines_range"
  CHECK ("deadline_commune" BETWEEN 0 AND 60 AND "deadline_district" BETWEEN 0 AND 60 AND "deadline_province" BETWEEN 0 AND 60 AND "deadline_central" BETWEEN 0 AND 60);
INSERT INTO "reporting_settings" ("id", "updated_at") VALUES (1, now()) ON CONFLICT DO NOTHING;
ALTER TABLE "committee_calendars" ADD CONSTRAINT "committee_calendars_from_year_range" CHECK ("from_year" BETWEEN 1900 AND 9999);
ALTER TABLE "holidays" ADD CONSTRAINT "holidays_name_not_blank" CHECK (btrim("name") <> '');

-- A shared period (no committee) exists once: NULLs do not make rows distinct.
CREATE UNIQUE INDEX "reporting_periods_unique_key" ON "reporting_periods" ("calendar", "kind", "year", "sequence", "committee_id") NULLS NOT DISTINCT;

-- Whose records a committee's figures of a period hold, and under which group
-- (the committee itself, a child, or a primary predecessor) each is shown:
-- the tree as it was, day by day. A committee's own records count over the
-- whole period; a child's while it sat under it (its dated parent link); a
-- primary predecessor's (transitively) until the day before the succession,
-- with that predecessor's subtree as it was. Non-primary successions carry
-- no figures. A record of committee_id dated within [starts_on, ends_on]
-- belongs to the figures.
CREATE FUNCTION "period_reach"(committee text, starts date, ends date)
RETURNS TABLE (committee_id text, starts_on date, ends_on date, group_id text, group_relation text)
LANGUAGE sql STABLE
AS $$
  WITH RECURSIVE walk(id, f, t, group_id, group_relation) AS (
    SELECT c.id, starts, ends, c.id, 'own'::text
      FROM committees c
     WHERE c.id = committee AND starts <= ends
    UNION -- not ALL: a node seen twice with the same span ends there, so a bad loop cannot run forever
    SELECT next.id, next.f, next.t,
           CASE WHEN w.group_relation = 'own' THEN next.id ELSE w.group_id END,
           CASE WHEN w.group_relation = 'own' THEN next.relation ELSE w.group_relation END
      FROM walk w
     CROSS JOIN LATERAL (
        SELECT p.committee_id, greatest(w.f, p.valid_from), least(w.t, coalesce(p.valid_to, 'infinity'::date)), 'child'::text
          FROM committee_parents p
         WHERE p.parent_id = w.id AND p.valid_from <= w.t AND coalesce(p.valid_to, 'infinity'::date) >= w.f
        UNION ALL
        SELECT s.predecessor_id, w.f, least(w.t, s.effective_on - 1), 'predecessor'::text
          FROM committee_successions s
         WHERE s.successor_id = w.id AND s.is_primary AND s.effective_on - 1 >= w.f
     ) AS next(id, f, t, relation)
  )
  SELECT id, f, t, group_id, group_relation FROM walk
$$;

-- Where a committee's records live today: itself while it exists; an ended
-- committee's go to its primary successor, or, without one, to the parent it
-- had on its last day, until a committee that exists today.
CREATE FUNCTION "committee_today"(committee text)
RETURNS text
LANGUAGE sql STABLE
AS $$
  WITH RECURSIVE hop(id, depth) AS (
    SELECT committee, 0
    UNION ALL
    SELECT coalesce(
             (SELECT s.successor_id FROM committee_successions s WHERE s.predecessor_id = c.id AND s.is_primary),
             (SELECT p.parent_id FROM committee_parents p
               WHERE p.committee_id = c.id AND p.valid_from <= c.valid_to AND coalesce(p.valid_to, 'infinity'::date) >= c.valid_to
               ORDER BY p.valid_from DESC LIMIT 1)),
           h.depth + 1
      FROM hop h JOIN committees c ON c.id = h.id
     WHERE c.valid_to IS NOT NULL AND c.valid_to < (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AND h.depth < 32
  )
  SELECT id FROM hop WHERE id IS NOT NULL ORDER BY depth DESC LIMIT 1
$$;

-- The same, regrouped under today's committees: every committee whose
-- records live today (committee_today) in the committee's subtree as it
-- stands today, grouped under the child of today it lies in, over the whole
-- period. Each record still counts once. A committee that no longer exists
-- has no today: its figures stay as the tree was.
CREATE FUNCTION "figure_reach"(committee text, starts date, ends date, regroup boolean)
RETURNS TABLE (committee_id text, starts_on date, ends_on date, group_id text, group_relation text)
LANGUAGE sql STABLE
AS $$
  WITH today AS (SELECT (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS d),
  alive AS (
    SELECT regroup AND EXISTS (SELECT 1 FROM committees c, today WHERE c.id = committee AND (c.valid_to IS NULL OR c.valid_to >= today.d)) AS yes
  ),
  subtree AS (
    WITH RECURSIVE down(id, group_id, group_relation) AS (
      SELECT committee, committee, 'own'::text
      UNION
      SELECT p.committee_id, CASE WHEN d.group_relation = 'own' THEN p.committee_id ELSE d.group_id END, 'child'::text
        FROM down d JOIN committee_parents p ON p.parent_id = d.id, today
       WHERE p.valid_from <= today.d AND (p.valid_to IS NULL OR p.valid_to >= today.d)
    )
    SELECT * FROM down
  )
  SELECT r.committee_id, r.starts_on, r.ends_on, r.group_id, r.group_relation
    FROM period_reach(committee, starts, ends) r, alive
   WHERE NOT alive.yes
  UNION ALL
  SELECT c.id, starts, ends, s.group_id, s.group_relation
    FROM committees c
    JOIN subtree s ON s.id = committee_today(c.id), alive
   WHERE alive.yes AND starts <= ends
$$;

-- Every contribution of a record to an indicator, dated within [starts, ends],
-- whoever the committee: what the indicator's source counts (one per record)
-- or adds up (quantity, value, a funder's contribution), by the committee the
-- record is filed under and the date it falls into periods by. Deleted
-- records never count; houses count once handed over.
--   ACTIVITY_QUANTITY / ACTIVITY_VALUE  activities of the indicator
--   HOUSE_COUNT / HOUSE_VALUE           houses of the indicator's programme (any when null),
--                                       by the committee that handed them over, or by each
--                                       committee that funded them with its contribution
--   CONFERENCE_COUNT                    conferences held (of the indicator's kind when set)
--   AGREEMENT_COUNT                     agreements signed
CREATE FUNCTION "indicator_contributions"(starts date, ends date)
RETURNS TABLE (indicator_id text, record_kind text, record_id text, contribution_id text, committee_id text, on_date date, amount numeric, is_count boolean, agreement_id text)
LANGUAGE sql STABLE
AS $$
  SELECT i.id, 'activity', a.id, a.id, a.committee_id, a.occurred_on,
         CASE WHEN i.source = 'ACTIVITY_QUANTITY' THEN a.quantity ELSE coalesce(a.value_vnd, 0)::numeric END,
         false, a.agreement_id
    FROM indicators i JOIN activities a ON a.indicator_id = i.id
   WHERE i.source IN ('ACTIVITY_QUANTITY', 'ACTIVITY_VALUE') AND a.deleted_at IS NULL AND a.occurred_on BETWEEN starts AND ends
  UNION ALL
  SELECT i.id, 'house', h.id, h.id, h.committee_id, h.handed_over_on,
         CASE WHEN i.source = 'HOUSE_COUNT' THEN 1 ELSE h.value_vnd::numeric END,
         i.source = 'HOUSE_COUNT', h.agreement_id
    FROM indicators i JOIN house_handovers h ON i.housing_programme_id IS NULL OR h.programme_id = i.housing_programme_id
   WHERE i.source IN ('HOUSE_COUNT', 'HOUSE_VALUE') AND i.house_attribution = 'HANDED_OVER_BY'
     AND h.deleted_at IS NULL AND h.status = 'HANDED_OVER' AND h.handed_over_on BETWEEN starts AND ends
  UNION ALL
  SELECT i.id, 'house', h.id, f.id, f.contributor_committee_id, h.handed_over_on,
         CASE WHEN i.source = 'HOUSE_COUNT' THEN 1 ELSE f.amount_vnd::numeric END,
         i.source = 'HOUSE_COUNT', h.agreement_id
    FROM indicators i JOIN house_handovers h ON i.housing_programme_id IS NULL OR h.programme_id = i.housing_programme_id
    JOIN house_fundings f ON f.house_id = h.id AND f.contributor_committee_id IS NOT NULL
   WHERE i.source IN ('HOUSE_COUNT', 'HOUSE_VALUE') AND i.house_attribution = 'FUNDED_BY'
     AND h.deleted_at IS NULL AND h.status = 'HANDED_OVER' AND h.handed_over_on BETWEEN starts AND ends
  UNION ALL
  SELECT i.id, 'conference', c.id, c.id, c.committee_id, c.held_on, 1, true, c.agreement_id
    FROM indicators i JOIN conferences c ON i.conference_kind IS NULL OR c.kind = i.conference_kind
   WHERE i.source = 'CONFERENCE_COUNT' AND c.deleted_at IS NULL AND c.held_on BETWEEN starts AND ends
  UNION ALL
  SELECT i.id, 'agreement', a.id, a.id, a.committee_id, a.signed_on, 1, true, a.id
    FROM indicators i CROSS JOIN agreements a
   WHERE i.source = 'AGREEMENT_COUNT' AND a.deleted_at IS NULL AND a.signed_on BETWEEN starts AND ends
$$;

-- The records behind a committee's figures of a period: each contribution
-- once, under the group it is shown in.
CREATE FUNCTION "figure_records"(committee text, starts date, ends date, regroup boolean DEFAULT false)
RETURNS TABLE (indicator_id text, record_kind text, record_id text, group_id text, group_relation text, amount numeric, is_count boolean)
LANGUAGE sql STABLE
AS $$
  SELECT DISTINCT ON (x.indicator_id, x.contribution_id)
         x.indicator_id, x.record_kind, x.record_id, r.group_id, r.group_relation, x.amount, x.is_count
    FROM indicator_contributions(starts, ends) x
    JOIN figure_reach(committee, starts, ends, regroup) r
      ON r.committee_id = x.committee_id AND x.on_date BETWEEN r.starts_on AND r.ends_on
   ORDER BY x.indicator_id, x.contribution_id, array_position(ARRAY['own', 'child', 'predecessor'], r.group_relation), r.group_id
$$;

-- THE definition of delivered: per indicator with records, the count of
-- distinct records (count sources) or the sum of their contributions, and
-- how many records. Indicators without records have no row (delivered 0).
CREATE FUNCTION "delivered_by_indicator"(committee text, starts date, ends date, regroup boolean DEFAULT false)
RETURNS TABLE (indicator_id text, delivered numeric, records bigint)
LANGUAGE sql STABLE
AS $$
  SELECT f.indicator_id,
         CASE WHEN bool_or(f.is_count) THEN count(DISTINCT f.record_id)::numeric ELSE sum(f.amount) END,
         count(DISTINCT f.record_id)
    FROM figure_records(committee, starts, ends, regroup) f
   GROUP BY f.indicator_id
$$;

-- The same, per group (the committee itself, each child, each primary
-- predecessor; or today's children when regrouped).
CREATE FUNCTION "delivered_by_group"(committee text, starts date, ends date, regroup boolean DEFAULT false)
RETURNS TABLE (indicator_id text, group_id text, group_relation text, delivered numeric, records bigint)
LANGUAGE sql STABLE
AS $$
  SELECT f.indicator_id, f.group_id, min(f.group_relation),
         CASE WHEN bool_or(f.is_count) THEN count(DISTINCT f.record_id)::numeric ELSE sum(f.amount) END,
         count(DISTINCT f.record_id)
    FROM figure_records(committee, starts, ends, regroup) f
   GROUP BY f.indicator_id, f.group_id
$$;
