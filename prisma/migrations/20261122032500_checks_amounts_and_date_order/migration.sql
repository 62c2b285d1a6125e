-- Hand-written (listed in prisma/hand-written-sql.ts): Prisma's schema cannot
-- express CHECK constraints. The data layer validates the same rules; these
-- keep any other writer (a script, a console) from storing nonsense.

-- Money and quantities are never negative.
ALTER TABLE "house_handovers" ADD CONSTRAINT "house_handovers_value_vnd_non_negative" CHECK ("value_vnd" >= 0);
ALTER TABLE "house_fundings" ADD CONSTRAINT "house_fundings_amount_vnd_non_negative" CHECK ("amount_vnd" >= 0);
ALTER TABLE "activities"
  ADD CONSTRAINT "activities_quantity_non_negative" CHECK ("quantity" >= 0),
  ADD CONSTRAINT "activities_value_vnd_non_negative" CHECK ("value_vnd" >= 0),
  ADD CONSTRAINT "activities_beneficiaries_non_negative" CHECK ("beneficiaries" >= 0);
ALTER TABLE "conferences" ADD CONSTRAINT "conferences_attendance_non_negative" CHECK ("attendance" >= 0);
ALTER TABLE "targets" ADD CONSTRAINT "targets_planned_value_non_negative" CHECK ("planned_value" >= 0);

-- A span never ends before it starts (an open end, null, passes).
ALTER TABLE "committees" ADD CONSTRAINT "committees_valid_to_after_valid_from" CHECK ("valid_to" >= "valid_from");
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_valid_to_after_valid_from" CHECK ("valid_to" >= "valid_from");
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_ends_on_after_starts_on" CHECK ("ends_on" >= "starts_on");
ALTER TABLE "campaign_phases" ADD CONSTRAINT "campaign_phases_ends_on_after_starts_on" CHECK ("ends_on" >= "starts_on");
ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_ends_on_after_starts_on" CHECK ("ends_on" >= "starts_on");
