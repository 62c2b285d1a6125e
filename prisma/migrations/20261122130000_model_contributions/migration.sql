-- Exemplary models now have the days they were registered and recognised:
-- the model sources count them, each model once, in the period of its day.
-- The same function as before with the two model branches added.
CREATE OR REPLACE FUNCTION "indicator_contributions"(starts date, ends date)
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
  UNION ALL
  SELECT i.id, 'model', m.id, m.id, m.committee_id, m.registered_on, 1, true, NULL::text
    FROM indicators i CROSS JOIN exemplary_models m
   WHERE i.source = 'MODEL_REGISTERED' AND m.deleted_at IS NULL AND m.registered_on BETWEEN starts AND ends
  UNION ALL
  SELECT i.id, 'model', m.id, m.id, m.committee_id, m.recognised_on, 1, true, NULL::text
    FROM indicators i CROSS JOIN exemplary_models m
   WHERE i.source = 'MODEL_RECOGNISED' AND m.deleted_at IS NULL AND m.status = 'RECOGNISED' AND m.recognised_on BETWEEN starts AND ends
$$;
