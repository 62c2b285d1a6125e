// The list pattern end to end: sort, filter, page to the last page and back,
// download the Excel and the CSV and read them back against the database.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import type pg from "pg";
import { e2eDatabase } from "./database";
import { ACCOUNTS, expectSignedIn, signIn } from "./support";

const tag = `l${Date.now().toString(36)}`;
const domain = `${tag}.e2e.test`;
const ROLE_NAMES = { ADMIN: "Quản trị viên", LEADER: "Lãnh đạo ban", STAFF: "Cán bộ", EDITOR: "Biên tập viên" } as const;
let db: pg.Client;

// Two downloads read back per test: more than the default 30 s on a busy 2-core machine.
test.setTimeout(60_000);

test.beforeAll(async () => {
  db = await e2eDatabase();
  // 130 audit events, one minute apart: three pages of 50.
  await db.query(
    `insert into audit_events (at, actor_email, action, entity, entity_id, ip, after)
     select timestamptz '2024-03-01 08:00+07' + g * interval '1 minute', 'nguoi' || (g % 5) || '@' || $1,
            (array['create', 'update', 'sign_in', 'delete'])[g % 4 + 1], 'user', 'u' || g, '10.0.0.' || g,
            jsonb_build_object('name', 'Nguyễn Thị Ánh ' || g)
       from generate_series(1, 130) as g`,
    [domain],
  );
  // 25 users with Vietnamese names, roles in turn, every fifth disabled, on a
  // committee of today (one that ended would list them as waiting to move).
  await db.query(
    `insert into users (id, email, name, password_hash, role, committee_id, disabled_at, updated_at, created_at)
     select $1 || g, 'thu' || g || '@' || $2, 'Đặng Thị Ngọc Ánh ' || $1 || ' ' || lpad(g::text, 2, '0'), 'x',
            (array['ADMIN', 'LEADER', 'STAFF', 'EDITOR'])[g % 4 + 1]::role,
            (select id from committees where slug = 'tuyen-giao-dan-van-an-giang'), case when g % 5 = 0 then now() end, now(),
            timestamptz '2025-01-01 09:00+07' + g * interval '1 day'
       from generate_series(1, 25) as g`,
    [tag, domain],
  );
});
test.afterAll(async () => {
  await db.query(`delete from audit_events where actor_email like $1`, [`%@${domain}`]);
  await db.query(`delete from users where email like $1`, [`%@${domain}`]);
  await db.end();
});

async function download(page: Page, label: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: label }).click()]);
  return file.path();
}

async function readXlsx(path: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

/** RFC 4180 CSV, after its byte-order mark. */
function readCsv(path: string): string[][] {
  const text = readFileSync(path, "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (c !== "\r") field += c;
  }
  return rows;
}

const vietnamWallClock = (at: Date) => new Date(at.getTime() + 7 * 3600 * 1000);
const csvTime = (at: Date) => vietnamWallClock(at).toISOString().slice(0, 19).replace("T", " ");

test("the audit list sorts, filters, pages to the last page and back, and downloads what it selects", async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  await expectSignedIn(page);
  await page.goto(`/quan-tri/nhat-ky?nguoi=${domain}`);
  await expect(page.getByText("130 kết quả")).toBeVisible();
  const rowsOf = () => page.locator("table tbody tr");
  const firstCells = () => rowsOf().locator("td:first-child").allTextContents();

  // Sort: oldest first.
  const header = page.getByRole("columnheader", { name: /Thời điểm/ });
  await expect(header).toHaveAttribute("aria-sort", "descending");
  await header.getByRole("link").click();
  await expect(page.getByRole("columnheader", { name: /Thời điểm/ })).toHaveAttribute("aria-sort", "ascending");
  await expect(page).toHaveURL(/sap_xep=thoi_diem/);
  const ascending = (await db.query(`select id, at from audit_events where actor_email like $1 order by at, id`, [`%@${domain}`])).rows as { id: string; at: Date }[];
  await expect(rowsOf()).toHaveCount(50);
  expect((await firstCells())[0]).toBe("01/03/2024 08:01");

  // Pages: next, last (30 rows), previous, first.
  await page.getByRole("link", { name: "Trang sau" }).click();
  await expect(page.getByText("Trang 2 / 3")).toBeVisible();
  await page.getByRole("link", { name: "Trang cuối" }).click();
  await expect(page.getByText("Trang 3 / 3")).toBeVisible();
  await expect(rowsOf()).toHaveCount(30);
  expect((await firstCells())[29]).toBe("01/03/2024 10:10");
  await expect(page.getByText("Trang sau", { exact: true })).toHaveAttribute("aria-disabled", "true");
  await page.getByRole("link", { name: "Trang trước" }).click();
  await expect(page.getByText("Trang 2 / 3")).toBeVisible();
  await expect(rowsOf()).toHaveCount(50);
  expect((await firstCells())[0]).toBe("01/03/2024 08:51");
  await page.getByRole("link", { name: "Trang đầu" }).click();
  await expect(page.getByText("Trang 1 / 3")).toBeVisible();
  expect(ascending).toHaveLength(130);

  // Filter: updates only (g % 4 = 1: 33 events), kept with the sort.
  await page.getByLabel("Hành động").selectOption({ label: "Cập nhật" });
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page.getByText("33 kết quả")).toBeVisible();
  await expect(page).toHaveURL(/hanh_dong=update/);
  await expect(page).toHaveURL(/sap_xep=thoi_diem/);
  const selected = (
    await db.query(`select id, at, actor_email, entity_id, ip, after from audit_events where actor_email like $1 and action = 'update' order by at, id`, [`%@${domain}`])
  ).rows as { id: string; at: Date; actor_email: string; entity_id: string; ip: string; after: { name: string } }[];
  expect(selected).toHaveLength(33);

  const sheet = await readXlsx(await download(page, "Tải Excel"));
  expect(sheet[0]).toEqual(["Thời điểm", "Người thực hiện", "Hành động", "Đối tượng", "Mã đối tượng", "Địa chỉ IP", "Thay đổi", "Mã sự kiện"]);
  const body = sheet.slice(1, -1);
  expect(body).toHaveLength(33);
  body.forEach((row, i) => {
    const event = selected[i]!;
    expect(row[0]).toBeInstanceOf(Date);
    expect((row[0] as Date).getTime()).toBe(vietnamWallClock(event.at).getTime());
    expect(row.slice(1, 6)).toEqual([event.actor_email, "Cập nhật", "Tài khoản", event.entity_id, event.ip]);
    expect(JSON.parse(row[6] as string).after.name).toBe(event.after.name);
    expect(event.after.name).toMatch(/^Nguyễn Thị Ánh \d+$/);
    expect(row[7]).toBe(Number(event.id));
  });
  expect(sheet.at(-1)).toEqual(["Tổng cộng", 33]);

  const csv = readCsv(await download(page, "Tải CSV"));
  expect(csv[0]![0]).toBe("Thời điểm");
  expect(csv.slice(1, -1).map((row) => [row[0], row[1], row[2], JSON.parse(row[6]!).after.name, row[7]])).toEqual(
    selected.map((event) => [csvTime(event.at), event.actor_email, "Cập nhật", event.after.name, String(event.id)]),
  );
  expect(csv.at(-1)).toEqual(["Tổng cộng", "33"]);
});

test("the users list sorts, filters and downloads with its totals per role from SQL", async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  await expectSignedIn(page);
  await page.goto(`/quan-tri/nguoi-dung?q=${tag}`);
  await expect(page.getByText("25 kết quả")).toBeVisible();
  const names = () => page.locator("table tbody tr td:first-child").allTextContents();
  await expect(page.locator("table tbody tr")).toHaveCount(20);
  expect((await names())[0]).toBe(`Đặng Thị Ngọc Ánh ${tag} 01`);
  await expect(page.locator("tfoot")).toContainText("Tổng cộng25");
  await expect(page.locator("tfoot")).toContainText("Cán bộ: 6");

  // Newest first by creation date, then the last page and back.
  await page.getByRole("columnheader", { name: /Ngày tạo/ }).getByRole("link").click();
  await expect(page.getByRole("columnheader", { name: /Ngày tạo/ })).toHaveAttribute("aria-sort", "ascending");
  await page.getByRole("columnheader", { name: /Ngày tạo/ }).getByRole("link").click();
  await expect(page.getByRole("columnheader", { name: /Ngày tạo/ })).toHaveAttribute("aria-sort", "descending");
  expect((await names())[0]).toBe(`Đặng Thị Ngọc Ánh ${tag} 25`);
  await page.getByRole("link", { name: "Trang cuối" }).click();
  await expect(page.getByText("Trang 2 / 2")).toBeVisible();
  expect(await names()).toEqual([5, 4, 3, 2, 1].map((n) => `Đặng Thị Ngọc Ánh ${tag} 0${n}`));
  await page.getByRole("link", { name: "Trang trước" }).click();
  await expect(page.getByText("Trang 1 / 2")).toBeVisible();

  // Filter: the staff among them (g % 4 = 2: 6 users).
  await page.getByLabel("Vai trò").selectOption({ label: "Cán bộ" });
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page.getByText("6 kết quả")).toBeVisible();
  const selected = (
    await db.query(`select u.name, u.email, u.disabled_at, u.created_at, c.name as committee from users u join committees c on c.id = u.committee_id
                     where u.email like $1 and u.role = 'STAFF' order by u.created_at desc, u.id desc`, [`%@${domain}`])
  ).rows as { name: string; email: string; disabled_at: Date | null; created_at: Date; committee: string }[];
  const [totals] = (
    await db.query(`select count(*)::int as users, count(*) filter (where disabled_at is not null)::int as disabled from users where email like $1 and role = 'STAFF'`, [`%@${domain}`])
  ).rows as { users: number; disabled: number }[];
  expect(selected).toHaveLength(6);

  const sheet = await readXlsx(await download(page, "Tải Excel"));
  expect(sheet[0]).toEqual(["Họ và tên", "Thư điện tử", "Vai trò", "Đơn vị", "Trạng thái", "Ngày tạo"]);
  const body = sheet.slice(1, 7);
  body.forEach((row, i) => {
    const user = selected[i]!;
    expect(row.slice(0, 5)).toEqual([user.name, user.email, "Cán bộ", user.committee, user.disabled_at ? "Đã khóa" : "Đang hoạt động"]);
    expect(row[5]).toBeInstanceOf(Date);
    expect((row[5] as Date).getTime()).toBe(vietnamWallClock(user.created_at).getTime());
  });
  expect(sheet.slice(7)).toEqual([
    ["Tổng cộng", totals!.users],
    [ROLE_NAMES.ADMIN, 0],
    [ROLE_NAMES.LEADER, 0],
    [ROLE_NAMES.STAFF, totals!.users],
    [ROLE_NAMES.EDITOR, 0],
    ["Đã khóa", totals!.disabled],
  ]);

  const csvPath = await download(page, "Tải CSV");
  const csv = readCsv(csvPath);
  expect(csv.slice(1, 7).map((row) => row.slice(0, 2))).toEqual(selected.map((user) => [user.name, user.email]));
  expect(csv.slice(1, 7).map((row) => row[5])).toEqual(selected.map((user) => csvTime(user.created_at)));
  expect(csv.at(-1)).toEqual(["Đã khóa", String(totals!.disabled)]);

  // The download keeps the security headers and names the file twice (ASCII and UTF-8).
  const href = await page.getByRole("link", { name: "Tải CSV" }).getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.headers()["x-frame-options"]).toBe("DENY");
  expect(response.headers()["content-security-policy"]).toContain("default-src 'self'");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="Danh sach nguoi dung \d{4}-\d{2}-\d{2}\.csv"; filename\*=UTF-8''Danh%20s%C3%A1ch%20ng%C6%B0%E1%BB%9Di%20d%C3%B9ng%20/);
});
