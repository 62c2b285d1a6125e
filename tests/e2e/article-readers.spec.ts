import { expect, test } from "@playwright/test";
import { SEED_TITLES } from "./support";

// Issue 11: an article's view count and 1–5 star rating, once per browser, as
// a reader without an account gets them on a phone, with and without JavaScript.

const PHONE = { width: 375, height: 812 };

async function openSeedArticle(page: import("@playwright/test").Page, title: string) {
  await page.goto("/tin-tuc");
  await page.getByRole("link", { name: title }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
}

const viewsOf = async (page: import("@playwright/test").Page) => Number((await page.getByTestId("view-count").innerText()).replace(/\D/g, ""));

test("views are counted after each visit, and a browser rates an article once", async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: PHONE })).newPage();
  await openSeedArticle(page, SEED_TITLES[4]!);
  const first = await viewsOf(page);
  // Counted after the response: the next visit sees it.
  await expect.poll(async () => (await page.reload(), viewsOf(page))).toBeGreaterThan(first);

  const rating = page.getByRole("region", { name: "Đánh giá tin" });
  await rating.getByRole("button", { name: "Đánh giá 4 sao" }).click();
  await expect(rating.getByText("Cảm ơn bạn đã đánh giá.")).toBeVisible();
  await expect(rating.getByText("Bạn đã đánh giá tin này 4/5 sao.")).toBeVisible();
  await expect(rating.getByRole("button", { name: /^Đánh giá \d sao$/ })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await page.reload();
  await expect(rating.getByText("Bạn đã đánh giá tin này 4/5 sao.")).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a rating is a plain form post", async ({ page }) => {
    await openSeedArticle(page, SEED_TITLES[3]!);
    const rating = page.getByRole("region", { name: "Đánh giá tin" });
    await rating.getByRole("button", { name: "Đánh giá 2 sao" }).click();
    await expect(page).toHaveURL(/\?danh_gia=cam-on#danh-gia$/);
    await expect(rating.getByText("Bạn đã đánh giá tin này 2/5 sao.")).toBeVisible();
    await expect(rating.getByTestId("rating-summary")).toHaveText(/\/5 · \d+ lượt đánh giá$/);
  });
});
