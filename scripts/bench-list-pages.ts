// npm run bench:lists — times page 1 against page 500 of the audit list on
// generated events (keyset pages: a deep page costs about what the first
// does). Prints both medians and their ratio; the target is ≤ 2.
// Runs on a throwaway database of the test cluster, like the tests.
import { performance } from "node:perf_hooks";
import type { Viewer } from "@/lib/auth/policy";
import { createPrismaClient } from "@/lib/db";
import { createTestDatabase } from "@/tests/support/test-database";
import { insertAuditRows } from "@/tests/support/audit-rows";

const ROWS = Number(process.env.BENCH_AUDIT_ROWS ?? 150_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const DEEP_PAGE = 500;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const database = await createTestDatabase("bench");
try {
  process.env.DATABASE_URL = database.url;
  const db = createPrismaClient(database.url);
  console.log(`generating ${ROWS.toLocaleString("en")} audit events…`);
  await insertAuditRows(db, { count: ROWS, domain: "bench.test" });
  await db.$disconnect();

  const { listAuditEvents } = await import("@/lib/data/audit-log");
  const { auditListSchema } = await import("@/lib/validation/audit-list");
  const admin: Viewer = { id: "bench", email: "bench@bench.test", name: "Bench", role: "ADMIN", committeeId: null };
  const first = auditListSchema.parse({});

  // Walk to page 500 the way a reader does: each next link carries the cursor.
  let deep = first;
  let page = await listAuditEvents(admin, deep);
  for (let n = 2; n <= DEEP_PAGE; n++) {
    deep = { ...first, trang: n, sau: page.lastCursor! };
    page = await listAuditEvents(admin, deep);
  }
  if (page.page !== DEEP_PAGE || page.rows.length === 0) throw new Error(`walked to page ${page.page}, not ${DEEP_PAGE}`);

  const time = async (params: typeof first) => {
    const start = performance.now();
    await listAuditEvents(admin, params);
    return performance.now() - start;
  };
  for (let i = 0; i < 5; i++) await Promise.all([time(first), time(deep)]); // warm-up
  const firstTimes: number[] = [];
  const deepTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    firstTimes.push(await time(first));
    deepTimes.push(await time(deep));
  }
  const ratio = median(deepTimes) / median(firstTimes);
  console.log(`audit list, ${ROWS.toLocaleString("en")} events, ${RUNS} runs each (medians):`);
  console.log(`  page 1:   ${median(firstTimes).toFixed(2)} ms`);
  console.log(`  page ${DEEP_PAGE}: ${median(deepTimes).toFixed(2)} ms`);
  console.log(`  ratio page ${DEEP_PAGE} / page 1: ${ratio.toFixed(2)} (target ≤ 2) ${ratio <= 2 ? "✔" : "✖"}`);
  process.exitCode = ratio <= 2 ? 0 : 1;
} finally {
  await database.drop();
}
