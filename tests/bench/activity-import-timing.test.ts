// A timing measurement, so not part of `npm test` (a busy machine makes it
// flaky): run with `npm run test:bench`. Issue 9: an Excel import of 1,000
// activities writes all of them in under 10 s: reading the file, checking
// every row and writing them in one transaction.
import { afterAll, beforeAll, expect, it } from "vitest";
import { commitActivityImport, previewActivityImport, uploadActivityImport } from "@/lib/data/activity-import";
import { activityRows, activityWorkbook } from "@/tests/support/activity-workbook";
import { makeTree, testDb, type Users } from "@/tests/integration/support/fixtures";

const db = testDb();
let users: Users;
let code: string;
let tag: string;

beforeAll(async () => {
  ({ users, tag } = await makeTree(db));
  code = `BENCH-${tag}`;
  await db.indicator.create({ data: { code, name: `Đo thời gian ${tag}`, unit: "suất", source: "ACTIVITY_QUANTITY" } });
});
afterAll(() => db.$disconnect());

it("imports 1,000 activities (upload, preview, commit) in under 10 s", async () => {
  const prefix = `Đo nghìn dòng ${tag}`;
  const bytes = new Uint8Array(await activityWorkbook(activityRows(1000, code, prefix)));
  const started = performance.now();
  const uploaded = await uploadActivityImport(users.staff, { name: "nghin-dong.xlsx", bytes });
  if (!uploaded.ok) throw new Error(uploaded.issue.message);
  const read = performance.now();
  const preview = await previewActivityImport(users.staff, uploaded.id);
  const checked = performance.now();
  expect(preview.validCount).toBe(1000);
  expect(await commitActivityImport(users.staff, uploaded.id)).toMatchObject({ count: 1000 });
  const written = performance.now();
  console.log(`1,000 activities: upload ${Math.round(read - started)} ms, preview ${Math.round(checked - read)} ms, commit ${Math.round(written - checked)} ms`);
  expect(await db.activity.count({ where: { title: { startsWith: prefix } } })).toBe(1000);
  expect(written - started).toBeLessThan(10_000);
}, 60_000);
