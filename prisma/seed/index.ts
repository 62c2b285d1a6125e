// Demo data built from the five real articles in ./articles: the committee
// tree before and after 1/7/2025, partners, the An Giang – TP. Hồ Chí Minh
// coordination programme, conferences, campaigns, the 19 houses "Nghĩa tình
// Dân vận", activities, indicators, periods, targets, news and demo accounts.
//
// Idempotent: every row is found by a natural key (slug, code, email, unique
// composite) or by a stable `seed-…` id, then updated to the seed's values,
// so running it again changes nothing and adds nothing. Demo accounts are
// only created when missing. What the articles do not state is said in each
// record's `illustrative_note` (util.illustrative).
import type { PrismaClient } from "@/lib/db";
import { seedActivities } from "./activities";
import { seedAgreement } from "./agreement";
import { seedArticles } from "./articles";
import { seedCampaigns } from "./campaigns";
import { seedCommittees, seedSuccessions } from "./committees";
import { seedConferences } from "./conferences";
import { seedHouses } from "./houses";
import { seedHousingProgrammes } from "./housing-programmes";
import { seedIndicators } from "./indicators";
import { seedModels } from "./models";
import { seedPartners } from "./partners";
import { seedPeriods } from "./periods";
import { seedTargets } from "./targets";
import { seedUsers } from "./users";
import type { Log } from "./util";

export { DEMO_COMMITTEE_SLUGS, REORGANISED_ON } from "./committees";
export { DEMO_PASSWORD, DEMO_USERS } from "./users";
export { INDICATORS, type IndicatorCode } from "./indicators";
export { ARTICLES, parseArticle } from "./articles";
export { AGREEMENT_ID } from "./agreement";
export { COMPLAINT_DIALOGUES_H1_2022 } from "./activities";
export { HOUSE_COUNT_2022, HOUSE_TOTAL_2022 } from "./houses";
export { HOUSING_PROGRAMMES } from "./housing-programmes";

/** Serialises concurrent seeds (several servers starting on one database). */
const SEED_LOCK = 7_261_600; // any constant, the same for every seeder

export async function isDatabaseEmpty(db: PrismaClient): Promise<boolean> {
  return (await db.committee.findFirst({ select: { id: true } })) === null;
}

export async function seedDemo(db: PrismaClient, log: Log = () => {}): Promise<void> {
  const started = Date.now();
  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`select pg_advisory_xact_lock(${SEED_LOCK}::bigint)`;
      const committees = await seedCommittees(tx);
      log(`  committees: ${committees.size}, successions: ${await seedSuccessions(tx, committees)}`);
      const partners = await seedPartners(tx, committees);
      log(`  partners: ${Object.keys(partners).length}`);
      const programmes = await seedHousingProgrammes(tx);
      const indicators = await seedIndicators(tx, programmes);
      const periods = await seedPeriods(tx);
      log(`  indicators: ${Object.keys(indicators).length}, reporting periods: ${periods.size}`);
      const { campaigns, phase } = await seedCampaigns(tx, committees);
      log(`  campaigns: ${Object.keys(campaigns).length} (1 phase)`);
      const agreementId = await seedAgreement(tx, committees, indicators);
      log("  agreements: 1");
      const conferences = await seedConferences(tx, { committees, partners, periods, phase, agreementId, campaigns });
      log(`  conferences: ${Object.keys(conferences).length}`);
      log(`  housing programmes: ${Object.keys(programmes).length}, houses: ${await seedHouses(tx, { committees, programmes, agreementId })}`);
      log(`  activities: ${await seedActivities(tx, { committees, indicators, partners, campaigns, agreementId })}`);
      log(`  exemplary models: ${await seedModels(tx, { committees, campaigns })}`);
      log(`  targets: ${await seedTargets(tx, { committees, periods, phase, indicators })}`);
      log(`  articles: ${await seedArticles(tx, { committees, campaigns })}`);
      log(`  demo accounts created: ${await seedUsers(tx, committees)}`);
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  log(`  demo data ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
