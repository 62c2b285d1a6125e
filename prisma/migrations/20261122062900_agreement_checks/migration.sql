-- Hand-written (listed in prisma/hand-written-sql.ts): the database refuses
-- what the agreement form refuses, and indexes what the agreement page counts.

-- A party is a committee or a partner organisation, never both, never neither.
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_one_signatory"
  CHECK (num_nonnulls(committee_id, partner_id) = 1);

-- One lead (chủ trì) per agreement. Existing agreements: the keeper committee leads.
UPDATE "agreement_parties" p SET "is_lead" = true
  FROM "agreements" a
 WHERE a.id = p.agreement_id AND p.committee_id = a.committee_id;
CREATE UNIQUE INDEX "agreement_parties_one_lead" ON "agreement_parties" ("agreement_id") WHERE "is_lead";

-- An agreement ends (chấm dứt) on or after the day it took effect.
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_ended_on_after_valid_from"
  CHECK (ended_on >= valid_from);

-- Planned figures are not negative.
ALTER TABLE "agreement_task_targets" ADD CONSTRAINT "agreement_task_targets_planned_value_non_negative"
  CHECK (planned_value >= 0);

-- Titles sort in Vietnamese order (the list's sort by title).
ALTER TABLE "agreements" ALTER COLUMN "title" TYPE TEXT COLLATE "vi_icu";

-- What the agreement page counts: the records linked to an agreement, by date
-- (partial: most records belong to no agreement).
CREATE INDEX "conferences_agreement_held_on" ON "conferences" ("agreement_id", "held_on") WHERE agreement_id IS NOT NULL;
CREATE INDEX "activities_agreement_occurred_on" ON "activities" ("agreement_id", "indicator_id", "occurred_on") WHERE agreement_id IS NOT NULL;
CREATE INDEX "house_handovers_agreement_handed_over_on" ON "house_handovers" ("agreement_id", "handed_over_on") WHERE agreement_id IS NOT NULL;
