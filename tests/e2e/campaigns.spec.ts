import { expect, test } from "@playwright/test";
import { signedInAs } from "./support";

// Campaigns end to end, on a phone: An Giang's leader launches a campaign,
// adds its first phase (a bad end date is answered at its field first), and
// opens the phase's targets, which are set for the phase as for any period.
const tag = `pt${Date.now().toString(36)}`;
const PHONE = { width: 375, height: 812 };

test.use({ ...signedInAs("leader"), viewport: PHONE });

test("a leader launches a campaign, adds a phase and reaches the phase's targets", async ({ page }) => {
  const name = `Phong trào thi đua “Dân vận khéo” năm 2026 ${tag}`;
  await page.goto("/ho-so/phong-trao");
  await page.getByRole("link", { name: "Thêm phong trào" }).click();
  await page.getByLabel("Tên phong trào, cuộc vận động").fill(name);
  await page.getByLabel("Ngày bắt đầu").fill("2026-01-01");
  await page.getByLabel("Ngày kết thúc").fill("2025-12-31");
  await page.getByRole("button", { name: "Lưu phong trào" }).click();
  await expect(page.locator("#endsOn-error")).toHaveText("Ngày kết thúc không được trước ngày bắt đầu.");
  await page.getByLabel("Ngày kết thúc").fill("2026-12-31");
  await page.getByRole("button", { name: "Lưu phong trào" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByText("Đã lưu phong trào.")).toBeVisible();
  await expect(page.getByText("Phong trào chưa có đợt nào.")).toBeVisible();

  // The add-phase form is open while there is no phase.
  await page.getByLabel("Tên đợt").fill(`Đợt 1 ${tag}`);
  await page.locator("#phase-startsOn").fill("2026-03-01");
  await page.locator("#phase-endsOn").fill("2026-05-31");
  await page.getByRole("button", { name: "Lưu đợt" }).click();
  await expect(page.getByText("Đã thêm đợt.")).toBeVisible();
  const phases = page.getByRole("region", { name: "Các đợt" });
  await expect(phases.getByText(`Đợt 1 ${tag}`)).toBeVisible();
  await expect(phases.getByText("01/03/2026 – 31/05/2026")).toBeVisible();
  await page.screenshot({ path: "test-results/campaign-phone.png", fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

  await phases.getByRole("link", { name: "Chỉ tiêu" }).click();
  await expect(page).toHaveURL(/\/chi-tieu\?ban=.+&ky=dot-/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(`Đợt 1 ${tag}`).first()).toBeVisible();

  // In the list, with its one phase counted.
  await page.goto(`/ho-so/phong-trao?q=${encodeURIComponent(tag)}`);
  const table = page.getByRole("table", { name: "Danh sách phong trào" });
  await expect(table.getByRole("link", { name })).toBeVisible();
  await expect(table.locator("tfoot")).toContainText("1 phong trào");
  await expect(table.locator("tfoot")).toContainText("1 đợt");
});
