// The audit list at scale: 100,000 events. A deep page is one index range
// scan that reads no earlier rows, and downloading every event streams it
// without growing the heap. No timing here: that belongs to the benchmark
// (scripts/bench-list-pages.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEventsSource, auditQueryOf, exportAuditEvents, listAuditEvents, AUDIT_PAGE_SIZE } from "@/lib/data/audit-log";
import { keysetSql } from "@/lib/data/list/keyset";
import { Prisma } from "@/lib/db";
import { csvStream } from "@/lib/export/csv";
import { xlsxStream } from "@/lib/export/xlsx";
import { vi as messages } from "@/lib/i18n/messages/vi";
import { auditListExport } from "@/lib/lists/audit-list-export";
import { auditListSchema } from "@/lib/validation/audit-list";
import { deleteAuditRows, insertAuditRows } from "@/tests/support/audit-rows";
import { makeTree, testDb, type Users } from "./support/fixtures";

const db = testDb();
const DOMAIN = "scale.test";
const ROWS = 100_000;
let users: Users;

beforeAll(async () => {
  users = (await makeTree(db)).users;
  await insertAuditRows(db, { count: ROWS, domain: DOMAIN });
}, 120_000);
afterAll(async () => {
  await deleteAuditRows(db, DOMAIN);
  await db.$disconnect();
});

type PlanNode = { "Node Type": string; "Index Name"?: string; "Actual Rows": number; "Actual Loops": number; "Rows Removed by Filter"?: number; Plans?: PlanNode[] };

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

describe("the audit list over 100,000 events", () => {
  it("reaches page 500 through its cursor with one index scan that reads about a page of rows", async () => {
    const params = auditListSchema.parse({});
    const query = auditQueryOf(params);
    // The cursor page 499 hands to page 500: its last row (found here by OFFSET, which the portal never uses).
    const [boundary] = await db.$queryRaw<{ at: Date; id: bigint }[]>`
      select at, id from audit_events order by at desc, id desc offset ${499 * AUDIT_PAGE_SIZE - 1} limit 1`;
    const sql = keysetSql(auditEventsSource, query, { seek: [boundary!.at, boundary!.id], limit: AUDIT_PAGE_SIZE + 1 });
    const [{ "QUERY PLAN": explained }] = (await db.$queryRaw(Prisma.sql`explain (analyze, format json) ${sql}`)) as [{ "QUERY PLAN": [{ Plan: PlanNode }] }];
    const all = nodes(explained[0].Plan);
    const scan = all.find((node) => node["Node Type"] === "Index Scan");
    expect(scan?.["Index Name"]).toBe("audit_events_at_id_idx");
    expect(scan!["Actual Rows"]).toBeLessThanOrEqual(AUDIT_PAGE_SIZE + 1);
    expect(scan!["Rows Removed by Filter"] ?? 0).toBe(0);
    expect(all.some((node) => node["Node Type"] === "Sort" || node["Node Type"].startsWith("Seq Scan"))).toBe(false);

    // The page itself: the 50 events after the boundary, as OFFSET would have them.
    const expected = await db.$queryRaw<{ id: bigint }[]>`
      select id from audit_events order by at desc, id desc offset ${499 * AUDIT_PAGE_SIZE} limit ${AUDIT_PAGE_SIZE}`;
    const cursor = Buffer.from(JSON.stringify([boundary!.at.toISOString(), String(boundary!.id)])).toString("base64url");
    const page = await listAuditEvents(users.admin, auditListSchema.parse({ trang: "500", sau: cursor }));
    expect(page.rows.map((row) => row.id)).toEqual(expected.map((row) => row.id));
    expect(page.page).toBe(500);
    expect(page.count).toEqual({ count: 10_000, capped: true });
  });

  it("reaches the last page by reversing the sort, and pages back from it", async () => {
    const params = auditListSchema.parse({ nguoi: `nguoi7@${DOMAIN}` }); // 2,500 events
    const last = await listAuditEvents(users.admin, { ...params, cuoi: "1", trang: 50 });
    expect(last.count).toEqual({ count: 2500, capped: false });
    expect(last.page).toBe(50);
    expect(last.hasNext).toBe(false);
    const oldest = await db.auditEvent.findMany({ where: { actorEmail: `nguoi7@${DOMAIN}` }, orderBy: [{ at: "asc" }, { id: "asc" }], take: 50, select: { id: true } });
    expect(last.rows.map((row) => row.id)).toEqual(oldest.map((row) => row.id).reverse());
    const before = await listAuditEvents(users.admin, { ...params, trang: 49, truoc: last.firstCursor! });
    expect(before.page).toBe(49);
    expect(before.rows[before.rows.length - 1]!.at.getTime()).toBeGreaterThan(last.rows[0]!.at.getTime());
  });

  it("streams all 100,000 events to Excel and CSV with heap growth under 50 MB", async () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    expect(gc, "run vitest with --expose-gc (vitest.config.ts sets it)").toBeTypeOf("function");
    const params = auditListSchema.parse({ nguoi: `@${DOMAIN}` });
    for (const write of [xlsxStream, csvStream]) {
      gc!();
      const before = process.memoryUsage().heapUsed;
      let peak = before;
      let bytes = 0;
      const table = auditListExport(messages, await exportAuditEvents(users.admin, params));
      expect(table.totals).toEqual([[messages.list.totals, BigInt(ROWS)]]);
      const reader = write(table).getReader();
      for (let chunk = await reader.read(), n = 0; !chunk.done; chunk = await reader.read(), n++) {
        bytes += chunk.value.byteLength;
        if (n % 50 === 0) {
          gc!();
          peak = Math.max(peak, process.memoryUsage().heapUsed);
        }
      }
      gc!();
      const growth = Math.max(peak, process.memoryUsage().heapUsed) - before;
      console.log(`${write.name}: ${(bytes / 1e6).toFixed(1)} MB written, heap growth ${(growth / 1e6).toFixed(1)} MB`);
      expect(bytes).toBeGreaterThan(ROWS * 50);
      expect(growth).toBeLessThan(50 * 1024 * 1024);
    }
  }, 180_000);
});
