// npm test: type check and lint, then unit, integration (real PostgreSQL)
// and end-to-end (real Chromium) tests, then one closing line with the
// totals of all three.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { stopEmbeddedPostgres } from "./lib/embedded-postgres";
import { TEST_DATA_DIR } from "@/tests/support/test-database";

const results = "test-results";
mkdirSync(results, { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

type Tally = { passed: number; failed: number; skipped: number };
// The parts of Vitest's and Playwright's JSON reports that we count.
type Report = {
  numPassedTests?: number;
  numFailedTests?: number;
  numFailedTestSuites?: number;
  numPendingTests?: number;
  numTodoTests?: number;
  stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
  errors?: unknown[];
};
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
let failedSuites = 0;

function run(name: string, args: string[], report: string, count: (json: Report) => Tally) {
  rmSync(report, { force: true });
  console.log(`\n━━ ${name} ━━`);
  const status = spawnSync("npx", args, { stdio: "inherit", env }).status;
  const tally = existsSync(report) ? count(JSON.parse(readFileSync(report, "utf8"))) : { passed: 0, failed: 1, skipped: 0 };
  if (status !== 0 && tally.failed === 0) tally.failed = 1; // crashed before reporting
  if (status !== 0) failedSuites++;
  total.passed += tally.passed;
  total.failed += tally.failed;
  total.skipped += tally.skipped;
}

const vitestCount = (json: Report): Tally => ({
  passed: json.numPassedTests ?? 0,
  // A suite counts on its own only when it failed without a failing test (an import error).
  failed: json.numFailedTests || json.numFailedTestSuites || 0,
  skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0),
});
const playwrightCount = (json: Report): Tally => ({
  passed: (json.stats?.expected ?? 0) + (json.stats?.flaky ?? 0),
  failed: (json.stats?.unexpected ?? 0) + (json.errors?.length ?? 0),
  skipped: json.stats?.skipped ?? 0,
});

// Static checks first: types and lint rules (such as "pages never import the
// Prisma client") hold on every change.
for (const [name, args] of [["type check", ["tsc", "--noEmit"]], ["lint", ["eslint", "."]]] as const) {
  console.log(`\n━━ ${name} ━━`);
  if (spawnSync("npx", args, { stdio: "inherit", env }).status !== 0) {
    console.log(`✖ ${name} failed`);
    failedSuites++;
  }
}

for (const project of ["unit", "integration"]) {
  const report = `${results}/${project}.json`;
  run(`${project} tests`, ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile=${report}`], report, vitestCount);
}
run("end-to-end tests", ["playwright", "test"], `${results}/e2e.json`, playwrightCount);
// Playwright kills its web server hard: stop the test cluster it leaves.
await stopEmbeddedPostgres(TEST_DATA_DIR);

console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failedSuites > 0 || total.failed > 0 ? 1 : 0);
