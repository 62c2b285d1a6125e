import { expect, test } from "@playwright/test";
import { SEED_TITLES } from "./support";

// Other tests publish articles while these run (the newsroom's), so these
// check the seed articles among whatever else is published, never a total.
test("the news list shows the five seed articles, newest first", async ({ page }) => {
  await page.goto("/tin-tuc");
  for (const title of SEED_TITLES) await expect(page.getByRole("link", { name: title }).first()).toBeVisible();
  const headings = await page.getByRole("article").getByRole("heading").allTextContents();
  const seedOrder = headings.map((text) => text.trim()).filter((text) => SEED_TITLES.includes(text));
  // 06/06/2024 (published 13/07/2024) is the newest seed article.
  expect(seedOrder[0]).toBe(SEED_TITLES[3]);
  expect(seedOrder).toHaveLength(SEED_TITLES.length);
});

test("the home page shows the latest news", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("link", { name: SEED_TITLES[1]! }).first()).toBeVisible();
});

test("an article reads with its date, byline and body", async ({ page }) => {
  await page.goto("/tin-tuc");
  await page.getByRole("link", { name: SEED_TITLES[2]! }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLES[2]!);
  await expect(page.getByText("05/07/2022").first()).toBeVisible();
  await expect(page.getByText("THI PHONG").first()).toBeVisible();
  await expect(page.getByText("đối thoại 9 vụ khiếu nại")).toBeVisible();
});

test("an unknown article answers 404", async ({ page }) => {
  const response = await page.goto("/tin-tuc/khong-co-bai-nay");
  expect(response?.status()).toBe(404);
});

test("a committee's page shows its profile and the news of its reach; an ended committee's old link leads to its successor's page", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  const response = await page.goto("/don-vi/an-giang");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/don-vi\/tuyen-giao-dan-van-an-giang$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang");
  await expect(page.getByRole("region", { name: "Đơn vị tiền thân" })).toContainText("Ban Dân vận Tỉnh ủy An Giang");
  // The former An Giang committee's seed articles are the merged committee's news.
  await expect(page.getByRole("region", { name: "Tin hoạt động" }).getByRole("link").first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  expect((await page.goto("/don-vi/khong-co-don-vi-nay"))?.status()).toBe(404);
});

test("the favicon, robots.txt, the sitemap and the RSS feed are served, and every page links the feed", async ({ page, request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect((await favicon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /ho-so");
  expect(robots).toMatch(/Sitemap: https?:\/\/[^\s]+\/sitemap\.xml/);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain("/tin-tuc/");
  expect(sitemap).toContain("/don-vi/tuyen-giao-dan-van-an-giang");
  expect(sitemap).not.toContain("/don-vi/an-giang<");
  const feed = await request.get("/rss.xml");
  expect(feed.headers()["content-type"]).toContain("application/rss+xml");
  const xml = await feed.text();
  expect(xml.match(/<item>/g)?.length).toBeGreaterThanOrEqual(SEED_TITLES.length);
  const text = xml.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  for (const title of SEED_TITLES) expect(text).toContain(title);
  await page.goto("/tin-tuc");
  await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", "/rss.xml");
  // Canonical links are absolute (search engines ignore relative ones).
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /^https?:\/\/[^/]+\/tin-tuc$/);
  await page.goto("/don-vi/tuyen-giao-dan-van-an-giang");
  await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveCount(1);
});

test("pages fit a 375 px phone without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of ["/", "/tin-tuc", "/dang-nhap"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("the language switch turns the page to English and back", async ({ page }) => {
  await page.goto("/tin-tuc");
  await page.getByRole("button", { name: /English|EN/ }).first().click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: /Tiếng Việt|VI/ }).first().click();
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the language switch still works, and English reads in English", async ({ page }) => {
    await page.goto("/tin-tuc?trang=1");
    await page.getByRole("button", { name: "English" }).first().click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page).toHaveURL(/\/tin-tuc\?trang=1$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("News");
    await expect(page.getByText(/^\d+ articles$/)).toBeVisible();
    await page.getByRole("button", { name: "Tiếng Việt" }).first().click();
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.getByText(/^\d+ tin bài$/)).toBeVisible();
  });
});
