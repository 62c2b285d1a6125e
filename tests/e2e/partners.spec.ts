import { expect, test } from "@playwright/test";
import { signedInAs } from "./support";

// Partners end to end: a leader of An Giang creates one, finds it by a search
// typed without diacritics, edits it; bad input gets its message at the field.
const tag = `p${Date.now().toString(36)}`;
const name = `Hội Cựu chiến binh phường Mỹ Xuyên ${tag}`;

test.use(signedInAs("leader"));

test("a leader creates a partner, finds it without diacritics and edits it", async ({ page }) => {
  await page.goto("/doi-tac");
  await page.getByRole("link", { name: "Thêm đối tác" }).click();
  await expect(page).toHaveURL(/\/doi-tac\/moi$/);

  // Bad input: the message sits at its field and what was typed stays.
  await page.getByLabel("Tên viết tắt").fill("Hội CCB phường");
  await page.getByLabel("Thư điện tử").fill("khong-phai-email");
  await page.getByRole("button", { name: "Tạo đối tác" }).click();
  await expect(page.locator("#name-error")).toHaveText("Vui lòng nhập mục này.");
  await expect(page.locator("#kind-error")).toHaveText("Vui lòng chọn loại tổ chức.");
  await expect(page.locator("#email-error")).toHaveText("Thư điện tử không đúng định dạng.");
  await expect(page.getByLabel("Tên viết tắt")).toHaveValue("Hội CCB phường");

  // A choice made before a refused submit is still chosen after it.
  await page.getByLabel("Loại tổ chức").selectOption("VETERANS_ASSOCIATION");
  await page.getByRole("button", { name: "Tạo đối tác" }).click();
  await expect(page.locator("#kind-error")).toBeEmpty();
  await expect(page.locator("#name-error")).toHaveText("Vui lòng nhập mục này.");
  await expect(page.getByLabel("Loại tổ chức")).toHaveValue("VETERANS_ASSOCIATION");

  await page.getByLabel("Tên tổ chức").fill(name);
  await page.getByLabel("Thư điện tử").fill("ccb.myxuyen@example.vn");
  await page.getByLabel("Điện thoại").fill("0296 3841 234");
  await page.getByRole("button", { name: "Tạo đối tác" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByText("Đã lưu thông tin đối tác.")).toBeVisible();

  // Found by a search without diacritics, in any case.
  await page.goto(`/doi-tac?q=${encodeURIComponent(`HOI cuu chien binh phuong my xuyen ${tag}`)}`);
  await expect(page.getByText("1 kết quả")).toBeVisible();
  await page.getByRole("link", { name }).click();

  await page.getByRole("link", { name: "Sửa đối tác" }).click();
  await page.getByLabel("Địa chỉ").fill("Số 5 đường Hùng Vương, phường Mỹ Xuyên");
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByText("Đã lưu thông tin đối tác.")).toBeVisible();
  await expect(page.getByText("Số 5 đường Hùng Vương, phường Mỹ Xuyên")).toBeVisible();
});
