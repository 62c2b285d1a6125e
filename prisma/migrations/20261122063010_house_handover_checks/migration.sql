-- The database refuses what the house forms refuse.

-- Programme names sort in Vietnamese order.
ALTER TABLE "housing_programmes" ALTER COLUMN "name" TYPE TEXT COLLATE "vi_icu";

ALTER TABLE "housing_programmes" ADD CONSTRAINT "housing_programmes_name_not_blank"
  CHECK (btrim(name) <> '');

-- A house is handed over exactly when it has its handover date.
ALTER TABLE "house_handovers" ADD CONSTRAINT "house_handovers_handed_over_has_date"
  CHECK ((status = 'HANDED_OVER') = (handed_over_on IS NOT NULL));

-- Handed over on or after the day the work started.
ALTER TABLE "house_handovers" ADD CONSTRAINT "house_handovers_handed_over_on_after_started_on"
  CHECK (handed_over_on >= started_on);

ALTER TABLE "house_handovers" ADD CONSTRAINT "house_handovers_household_name_not_blank"
  CHECK (btrim(household_name) <> '');

-- A contribution comes from exactly one of: a committee, a partner, a named other donor.
ALTER TABLE "house_fundings" ADD CONSTRAINT "house_fundings_one_contributor"
  CHECK (num_nonnulls(contributor_committee_id, contributor_partner_id, contributor_name) = 1);

ALTER TABLE "house_fundings" ADD CONSTRAINT "house_fundings_contributor_name_not_blank"
  CHECK (btrim(contributor_name) <> '');

-- The houses list sorted by handover date, planned houses (no date yet) last.
CREATE INDEX "house_handovers_handed_over_sort" ON "house_handovers" ((coalesce(handed_over_on, '9999-12-31'::date)), id);

-- A handed-over house's contributions add up to its value. Checked at commit
-- (a deferred constraint trigger), so one transaction may write the house and
-- then its contributions in any order.
CREATE FUNCTION "house_fundings_add_up"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  houses text[];
  bad record;
BEGIN
  IF TG_TABLE_NAME = 'house_handovers' THEN
    houses := ARRAY[NEW.id];
  ELSIF TG_OP = 'DELETE' THEN
    houses := ARRAY[OLD.house_id];
  ELSIF TG_OP = 'UPDATE' THEN
    houses := ARRAY[NEW.house_id, OLD.house_id];
  ELSE
    houses := ARRAY[NEW.house_id];
  END IF;
  SELECT h.id, h.value_vnd, coalesce(sum(f.amount_vnd), 0) AS funded INTO bad
    FROM house_handovers h LEFT JOIN house_fundings f ON f.house_id = h.id
   WHERE h.id = ANY (houses) AND h.status = 'HANDED_OVER'
   GROUP BY h.id, h.value_vnd
  HAVING coalesce(sum(f.amount_vnd), 0) <> h.value_vnd
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'house % is handed over with a value of % VND, but its fundings add up to % VND', bad.id, bad.value_vnd, bad.funded
      USING ERRCODE = 'check_violation', CONSTRAINT = 'house_fundings_add_up';
  END IF;
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER "house_handovers_fundings_add_up"
  AFTER INSERT OR UPDATE ON "house_handovers"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "house_fundings_add_up"();

CREATE CONSTRAINT TRIGGER "house_fundings_add_up"
  AFTER INSERT OR UPDATE OR DELETE ON "house_fundings"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "house_fundings_add_up"();
