import { expect, test } from "@playwright/test";
import { signedInAs } from "./support";

// Committees over time, over HTTP: profiles of ended committees for their
// successors, and the tree on either side of the reorganisation of 1/7/2025.
const committee = (slug: string) => `seed-committee-${slug}`;

/** Today in Vietnam, as the date field holds it. */
function vietnamToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

test.describe("the leader of An Giang's merged committee", () => {
  test.use(signedInAs("leader"));

  for (const [slug, name] of [
    ["an-giang", "Ban Dân vận Tỉnh ủy An Giang"],
    ["kien-giang", "Ban Dân vận Tỉnh ủy Kiên Giang"],
  ] as const) {
    test(`opens the profile of the former ${name}, with its history`, async ({ page }) => {
      const response = await page.goto(`/co-quan/${committee(slug)}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
      await expect(page.getByText("Đã kết thúc hoạt động")).toBeVisible();
      const successors = page.locator('[data-history="successors"]');
      await expect(successors.getByRole("link", { name: "Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang" })).toBeVisible();
      await expect(successors.getByText("Kế thừa chính")).toBeVisible();
      await expect(page.locator('[data-history="parents"]')).toContainText("Ban Dân vận Trung ương");
      await expect(page.locator('[data-history="parents"]')).toContainText("01/01/2020 – 30/06/2025");
    });
  }
});

test.describe("Cần Giờ commune's staff", () => {
  test.use(signedInAs("canGio"));

  test("open the former Cần Giờ district's profile and get 404 for An Giang's", async ({ page }) => {
    const response = await page.goto(`/co-quan/${committee("can-gio")}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ban Dân vận Huyện ủy Cần Giờ");
    const successors = page.locator('[data-history="successors"]');
    await expect(successors.getByRole("listitem").first()).toContainText("Kế thừa chính");
    await expect(successors.getByRole("listitem").first()).toContainText("Ban Tuyên giáo và Dân vận Thành ủy TP. Hồ Chí Minh");
    await expect(successors.getByRole("link", { name: "Khối Dân vận xã Cần Giờ" })).toBeVisible();

    expect((await page.goto(`/co-quan/${committee("an-giang")}`))?.status()).toBe(404);
    expect((await page.goto(`/co-quan/${committee("thanh-an")}`))?.status()).toBe(404);
  });

  test("see the tree of 30/6/2025 and of 1/7/2025", async ({ page }) => {
    const node = (slug: string) => page.locator(`li[data-committee="${committee(slug)}"]`);
    expect((await page.goto("/co-quan?ngay=2025-06-30"))?.status()).toBe(200);
    await expect(page.getByLabel("Xem vào ngày")).toHaveValue("2025-06-30");
    await expect(node("can-gio").locator(`li[data-committee="${committee("thanh-an")}"]`)).toBeVisible();
    await expect(node("tp-ho-chi-minh").locator(`li[data-committee="${committee("can-gio")}"]`)).toBeVisible();
    await expect(node("an-giang")).toBeVisible();
    await expect(node("tuyen-giao-dan-van-an-giang")).toHaveCount(0);
    await expect(node("xa-can-gio")).toHaveCount(0);

    expect((await page.goto("/co-quan?ngay=2025-07-01"))?.status()).toBe(200);
    await expect(node("tuyen-giao-dan-van-tp-ho-chi-minh").locator(`li[data-committee="${committee("thanh-an")}"]`)).toBeVisible();
    await expect(node("tuyen-giao-dan-van-tp-ho-chi-minh").locator(`li[data-committee="${committee("xa-can-gio")}"]`)).toBeVisible();
    await expect(node("tuyen-giao-dan-van-an-giang")).toBeVisible();
    await expect(node("can-gio")).toHaveCount(0);
    await expect(node("an-giang")).toHaveCount(0);
    // Readable committees link to their profiles; the others are names only.
    await expect(node("xa-can-gio").getByRole("link", { name: "Khối Dân vận xã Cần Giờ" })).toBeVisible();
    await expect(node("tuyen-giao-dan-van-an-giang").getByRole("link")).toHaveCount(0);
  });

  test("a bad date falls back to today in Vietnam", async ({ page }) => {
    for (const bad of ["2025-02-30", "hom-qua", "2025-13-01", "99999-01-01"]) {
      const response = await page.goto(`/co-quan?ngay=${bad}`);
      expect(response?.status(), bad).toBe(200);
      await expect(page.getByLabel("Xem vào ngày")).toHaveValue(vietnamToday());
      await expect(page.locator(`li[data-committee="${committee("xa-can-gio")}"]`)).toBeVisible();
    }
  });
});
