import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { expectImageLoaded, signedInAs } from "./support";

// Exemplary models end to end, on a phone: An Giang's staff member records a
// "Dân vận khéo" model recognised at province level, with a photo; a missing
// recognition day is answered at its field first. It shows on its page with
// the photo, and in the list with its totals.
const tag = `mh${Date.now().toString(36)}`;
const PHONE = { width: 375, height: 812 };

async function photoFile() {
  const buffer = await sharp({ create: { width: 1000, height: 750, channels: 3, background: { r: 20, g: 110, b: 60 } } })
    .jpeg({ quality: 80 })
    .toBuffer();
  return { name: "mo-hinh.jpg", mimeType: "image/jpeg", buffer };
}

test.use({ ...signedInAs("staff"), viewport: PHONE });

test("staff record a recognised model with a photo; it shows on its page and in the list with its totals", async ({ page }) => {
  const name = `Mô hình “Dân vận khéo” hỗ trợ sinh kế hộ nghèo ${tag}`;
  await page.goto("/ho-so/mo-hinh");
  await page.getByRole("link", { name: "Thêm mô hình" }).click();
  await expect(page).toHaveURL(/\/ho-so\/mo-hinh\/moi$/);
  await expect(page.getByLabel("Đơn vị xây dựng mô hình")).toHaveValue(/.+/);
  await expect(page.getByLabel("Ngày đăng ký")).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);

  await page.getByLabel("Tên mô hình").fill(name);
  await page.getByLabel("Lĩnh vực").selectOption({ label: "Kinh tế" });
  await page.getByLabel("Ngày đăng ký").fill("2025-09-02");
  await page.getByLabel("Tình trạng").selectOption({ label: "Được công nhận có hiệu quả" });
  await page.getByLabel("Cấp công nhận").selectOption({ label: "Cấp tỉnh" });
  await page.getByLabel("Nội dung, cách làm, hiệu quả").fill("Hỗ trợ con giống và vốn vay cho 30 hộ nghèo.");
  await page.getByRole("button", { name: "Lưu mô hình" }).click();
  await expect(page.locator("#recognisedOn-error")).toHaveText("Mô hình được công nhận cần có ngày công nhận.");
  await expect(page.getByLabel("Tên mô hình")).toHaveValue(name);

  await page.getByLabel("Ngày công nhận").fill("2025-12-15");
  await page.locator('input[type="file"][name="photos"]:not([capture])').setInputFiles(await photoFile());
  await expect(page.getByText("Đã chọn 1 ảnh")).toBeVisible();
  await page.getByRole("button", { name: "Lưu mô hình" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByText("Đã lưu mô hình.")).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "Cấp tỉnh" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "15/12/2025" })).toBeVisible();
  await expectImageLoaded(page.locator('img[alt="Ảnh 1 của mô hình"]').first());
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

  await page.goto(`/ho-so/mo-hinh?q=${encodeURIComponent(tag)}`);
  await expect(page.getByText("1 kết quả")).toBeVisible();
  const table = page.getByRole("table", { name: "Danh sách mô hình" });
  await expect(table.getByRole("link", { name })).toBeVisible();
  const totals = table.locator("tfoot");
  await expect(totals).toContainText("1 mô hình");
  await expect(totals).toContainText("Kinh tế: 1");
  await expect(totals).toContainText("1 được công nhận");
  await page.screenshot({ path: "test-results/models-list-phone.png", fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
});
