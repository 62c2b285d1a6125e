import { expect, test, type Page } from "@playwright/test";
import { SEED_TITLES } from "./support";

// The public search (/tim-kiem): typed without diacritics, or with a typo, a
// query finds the seed article; campaigns and committees are found too. Other
// tests publish articles meanwhile: these look for the seed ones among them.

const GIAO_BAN = SEED_TITLES[1]!;

/** The search form of the page (the header has its own from a small screen up). */
const pageBox = (page: Page) => page.getByRole("main").getByRole("searchbox", { name: "Từ khóa" });
const pageButton = (page: Page) => page.getByRole("main").getByRole("button", { name: "Tìm", exact: true });

const newsResults = (page: Page) => page.getByRole("region", { name: /^Tin tức \(\d+\)$/ });

async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

test.describe("on a 375 px phone", () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test("the header leads to the search, which finds the article typed without diacritics and with a typo", async ({ page }) => {
    await page.goto("/tin-tuc");
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Tìm kiếm" }).click();
    await expect(page).toHaveURL(/\/tim-kiem$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tìm kiếm");
    await expect(page.getByText("Nhập từ khóa vào ô trên để tìm tin tức, phong trào và đơn vị.")).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
    await expectNoSidewaysScroll(page);

    const box = pageBox(page);
    await box.fill("an giang giao ban tong ket");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/tim-kiem\?q=an\+giang\+giao\+ban\+tong\+ket$/);
    await expect(newsResults(page).getByRole("heading", { level: 3 }).first()).toHaveText(GIAO_BAN);
    await expect(pageBox(page)).toHaveValue("an giang giao ban tong ket");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expectNoSidewaysScroll(page);

    // One letter swapped ("bna" for "ban").
    await pageBox(page).fill("an giang giao bna tong ket");
    await pageButton(page).click();
    await expect(page).toHaveURL(/q=an\+giang\+giao\+bna\+tong\+ket$/);
    await expect(newsResults(page).getByRole("heading", { level: 3 }).first()).toHaveText(GIAO_BAN);
    await expectNoSidewaysScroll(page);

    await newsResults(page).getByRole("link", { name: GIAO_BAN }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(GIAO_BAN);
  });

  test("campaigns and committees are found, and a query that matches nothing says so", async ({ page }) => {
    await page.goto("/tim-kiem?q=dan+van+kheo");
    const campaigns = page.getByRole("region", { name: /^Phong trào \(\d+\)$/ });
    await expect(campaigns.getByRole("link", { name: "Phong trào thi đua “Dân vận khéo”", exact: true })).toHaveAttribute("href", "/phong-trao/dan-van-kheo");
    await expectNoSidewaysScroll(page);

    await page.goto("/tim-kiem?q=tuyen+giao+va+dan+van+an+giang");
    const committees = page.getByRole("region", { name: /^Đơn vị \(\d+\)$/ });
    await committees.getByRole("link", { name: "Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang", exact: true }).click();
    await expect(page).toHaveURL(/\/don-vi\/tuyen-giao-dan-van-an-giang$/);

    await page.goto("/tim-kiem?q=zzqxwv");
    await expect(page.getByText("Không tìm thấy kết quả nào cho “zzqxwv”.")).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search form still searches", async ({ page }) => {
    await page.goto("/tim-kiem");
    await pageBox(page).fill("An Giang giao ban tổng kết");
    await pageButton(page).click();
    await expect(page).toHaveURL(/\/tim-kiem\?q=/);
    await expect(newsResults(page).getByRole("link", { name: GIAO_BAN })).toBeVisible();
  });

  test("the header's search box searches from any page on a wider screen", async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.goto("/tin-tuc");
    const header = page.getByRole("search", { name: "Tìm kiếm" });
    await header.getByRole("searchbox", { name: "Tìm kiếm" }).fill("dan van kheo");
    await header.getByRole("button", { name: "Tìm", exact: true }).click();
    await expect(page).toHaveURL(/\/tim-kiem\?q=dan\+van\+kheo$/);
    await expect(page.getByRole("region", { name: /^Phong trào \(\d+\)$/ })).toBeVisible();
  });
});
