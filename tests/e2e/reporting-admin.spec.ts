// The admin pages of issue 10: the indicator catalog (/quan-tri/chi-so) and
// the reporting calendar (/quan-tri/lich-bao-cao), on a phone. Bad input is
// answered next to its field and nothing is written.
import { expect, test } from "@playwright/test";
import { e2eQuery } from "./database";
import { signedInAs } from "./support";

const SHOTS = process.env.DASHBOARD_SHOTS_DIR ?? "test-results";

test.use({ ...signedInAs("admin"), viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

test("the admin adds an indicator; a bad code is answered at its field", async ({ page }) => {
  await page.goto("/quan-tri/chi-so");
  await expect(page.getByRole("heading", { level: 1, name: "Danh mục chỉ số" })).toBeVisible();
  const form = page.locator("section", { has: page.getByRole("heading", { name: "Thêm chỉ số" }) });
  await form.getByLabel("Mã").fill("1 sai");
  await form.getByLabel("Tên chỉ số").fill("Hội nghị giao ban thử");
  await form.getByLabel("Đơn vị tính").fill("hội nghị");
  await form.getByLabel("Cách tính số thực hiện").selectOption("CONFERENCE_COUNT");
  await form.getByRole("button", { name: "Thêm chỉ số" }).click();
  await expect(form.getByText("Mã gồm chữ in hoa không dấu")).toBeVisible();
  await expect(form.getByLabel("Tên chỉ số")).toHaveValue("Hội nghị giao ban thử");
  const code = `GIAO_BAN_${Date.now()}`;
  await form.getByLabel("Mã").fill(code);
  await form.getByLabel("Loại hội nghị").selectOption("BRIEFING");
  await form.getByRole("button", { name: "Thêm chỉ số" }).click();
  await expect(page.getByText("Đã lưu danh mục chỉ số.")).toBeVisible();
  const [row] = await e2eQuery<{ source: string; conference_kind: string }>("select source::text, conference_kind::text from indicators where code = $1", [code]);
  expect(row).toEqual({ source: "CONFERENCE_COUNT", conference_kind: "BRIEFING" });
  await page.screenshot({ path: `${SHOTS}/indicators-375.png` });
  // Retired again so that dashboards stay as the seed has them.
  await e2eQuery("update indicators set active = false where code = $1", [code]);
});

test("a committee calendar cannot start in a past year; holidays are kept", async ({ page }) => {
  await page.goto("/quan-tri/lich-bao-cao");
  await expect(page.getByRole("heading", { level: 1, name: "Lịch báo cáo" })).toBeVisible();
  const overrides = page.locator("section", { has: page.getByRole("heading", { name: /Lịch riêng của đơn vị/ }) });
  await overrides.getByLabel("Đơn vị").selectOption({ label: "Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang" });
  await overrides.getByLabel("Từ ngày 01/01 của năm").fill("2020");
  await overrides.getByRole("button", { name: "Thêm lịch riêng" }).click();
  await expect(overrides.getByText("Không thể đổi lịch cho năm đã qua")).toBeVisible();
  expect(await e2eQuery("select 1 from committee_calendars")).toHaveLength(0);

  const holidays = page.locator("section", { has: page.getByRole("heading", { name: "Ngày nghỉ lễ" }) });
  await holidays.getByLabel("Ngày", { exact: true }).fill("2099-09-02");
  await holidays.getByLabel("Tên ngày nghỉ").fill("Quốc khánh");
  await holidays.getByRole("button", { name: "Thêm ngày nghỉ" }).click();
  await expect(page.getByText("Đã lưu lịch báo cáo.")).toBeVisible();
  await expect(page.getByText("02/09/2099")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/calendar-375.png`, fullPage: true });
  await page.locator("li", { hasText: "02/09/2099" }).getByRole("button", { name: "Bỏ" }).click();
  await expect(page.getByText("02/09/2099")).toHaveCount(0);
});
