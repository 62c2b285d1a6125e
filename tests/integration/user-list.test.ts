// The users list: admins only, filters in SQL, totals over everything the
// filters select (not the page), keyset pages in every sort.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportUsers, listUsers, USER_PAGE_SIZE } from "@/lib/data/user-list";
import { NotFoundError } from "@/lib/data/errors";
import { userListSchema } from "@/lib/validation/user-list";
import { makeTree, testDb, type Users } from "./support/fixtures";

const db = testDb();
let users: Users;
let tag: string;

beforeAll(async () => {
  ({ users, tag } = await makeTree(db));
  // 45 more users of this file, a third of them disabled.
  await db.$executeRaw`
    insert into users (id, email, name, password_hash, role, updated_at, created_at, disabled_at)
    select ${tag} || '-' || g, 'more' || g || '-' || ${tag} || '@test.vn', 'Lê Thị ' || ${tag} || ' ' || lpad(g::text, 2, '0'), 'x',
           (array['STAFF', 'LEADER', 'EDITOR'])[g % 3 + 1]::role, now(), timestamptz '2024-01-01' + g * interval '1 hour',
           case when g % 3 = 0 then now() end
      from generate_series(1, 45) as g`;
});
afterAll(() => db.$disconnect());

describe("listUsers", () => {
  it("is for admins only", async () => {
    await expect(listUsers(users.leader, userListSchema.parse({}))).rejects.toBeInstanceOf(NotFoundError);
    await expect(exportUsers(users.staff, userListSchema.parse({}))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("totals count every user the filters select, per role and disabled, not the visible page", async () => {
    const list = await listUsers(users.admin, userListSchema.parse({ q: tag }));
    expect(list.count).toEqual({ count: 50, capped: false });
    expect(list.rows).toHaveLength(USER_PAGE_SIZE);
    expect(list.totals).toEqual({ users: 50n, disabled: 15n, ADMIN: 1n, LEADER: 16n, STAFF: 17n, EDITOR: 16n });
    const staff = await listUsers(users.admin, userListSchema.parse({ q: tag, vai_tro: "STAFF", trang_thai: "da_khoa" }));
    expect(staff.totals.users).toBe(BigInt(await db.user.count({ where: { email: { contains: tag }, role: "STAFF", disabledAt: { not: null } } })));
  });

  it("walks every sort forwards through cursors and back from the last page, matching the database order", async () => {
    for (const [sort, orderBy] of [
      ["ten", { name: "asc" }],
      ["-email", { email: "desc" }],
      ["-ngay_tao", { createdAt: "desc" }],
    ] as const) {
      const expected = (await db.user.findMany({ where: { email: { contains: tag } }, orderBy: [orderBy, { id: orderBy[Object.keys(orderBy)[0] as keyof typeof orderBy] }], select: { id: true } })).map((u) => u.id);
      const base = userListSchema.parse({ q: tag, sap_xep: sort });
      const seen: string[] = [];
      let page = await listUsers(users.admin, base);
      seen.push(...page.rows.map((r) => r.id));
      while (page.hasNext) {
        page = await listUsers(users.admin, { ...base, trang: page.page + 1, sau: page.lastCursor! });
        seen.push(...page.rows.map((r) => r.id));
      }
      expect(seen).toEqual(expected);
      expect(page.page).toBe(3);

      const last = await listUsers(users.admin, { ...base, trang: 3, cuoi: "1" });
      expect(last.rows.map((r) => r.id)).toEqual(expected.slice(40));
      const back = await listUsers(users.admin, { ...base, trang: 2, truoc: last.firstCursor! });
      expect(back.rows.map((r) => r.id)).toEqual(expected.slice(20, 40));
      expect([back.page, back.hasPrevious, back.hasNext]).toEqual([2, true, true]);
    }
  });

  it("reads an edited cursor as the first page", async () => {
    const page = await listUsers(users.admin, userListSchema.parse({ q: tag, trang: "7", sau: "AAAA" }));
    expect([page.page, page.hasPrevious]).toEqual([1, false]);
  });

  it("exports every selected user in batches, with the same totals", async () => {
    const { totals, batches } = await exportUsers(users.admin, userListSchema.parse({ q: tag, vai_tro: "LEADER" }));
    const rows = [];
    for await (const batch of batches) rows.push(...batch);
    expect(rows).toHaveLength(Number(totals.users));
    expect(rows.every((row) => row.role === "LEADER")).toBe(true);
  });
});
