import { expect, test } from "@playwright/test";
import { e2eQuery } from "./database";

// Issue 11: public key figures (home, /so-lieu, a committee's page), campaign
// pages and the news list filtered by committee, as a reader who is not
// signed in gets them, on a phone.

const PHONE = { width: 375, height: 812 };
const AN_GIANG = "tuyen-giao-dan-van-an-giang";

async function fitsPhone(page: import("@playwright/test").Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

test("the home page leads to the public figures; An Giang's 2022 figures are the 19 houses worth 950 million đồng, provisional", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/");
  const figures = page.getByRole("region", { name: /^Kết quả công tác dân vận năm \d{4}$/ });
  await expect(figures).toBeVisible();
  await expect(figures.getByText("Số liệu tạm tính")).toBeVisible();
  await figures.getByRole("link", { name: /Xem số liệu chi tiết/ }).click();
  await expect(page).toHaveURL(/\/so-lieu$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Số liệu công khai");

  // Article 000: 19 houses "Nghĩa tình Dân vận" worth 950 million đồng, recorded by An Giang's former committee.
  await page.goto(`/so-lieu?don_vi=${AN_GIANG}&nam=2022`);
  await expect(page.getByRole("heading", { level: 2, name: /Năm 2022/ })).toContainText("Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang");
  await expect(page.getByTestId("figure-HOUSES")).toHaveText("19");
  await expect(page.getByTestId("figure-HOUSE_VALUE")).toHaveText("950 triệu đồng");
  await expect(page.getByTestId("figure-row-HOUSE_VALUE")).toHaveText("950.000.000 đ");
  await expect(page.getByText("Số liệu tạm tính")).toBeVisible();
  await fitsPhone(page);
  // Nothing personal: no household of the seed's houses appears.
  const households = await e2eQuery<{ household_name: string }>("select distinct household_name from house_handovers where deleted_at is null limit 20");
  const text = await page.locator("main").innerText();
  for (const { household_name } of households) expect(text).not.toContain(household_name);

  // Year by year; the ended committee's old link leads to its successor's figures.
  await page.getByRole("link", { name: "Năm trước" }).click();
  await expect(page).toHaveURL(new RegExp(`don_vi=${AN_GIANG}&nam=2021$`));
  await expect(page.getByTestId("figure-HOUSES")).toHaveText("0");
  await page.goto("/so-lieu?don_vi=an-giang&nam=2022");
  await expect(page).toHaveURL(new RegExp(`don_vi=${AN_GIANG}&nam=2022$`));
  expect((await page.goto("/so-lieu?don_vi=khong-co-don-vi-nay"))?.status()).toBe(404);
});

test("a committee's page shows its key figures; the news list filters by committee and topic", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(`/don-vi/${AN_GIANG}`);
  await expect(page.getByRole("region", { name: /^Kết quả năm \d{4}$/ })).toBeVisible();
  await page.getByRole("link", { name: /Xem tất cả tin của đơn vị/ }).click();
  await expect(page).toHaveURL(new RegExp(`/tin-tuc\\?don_vi=${AN_GIANG}$`));
  await expect(page.getByLabel("Đơn vị")).toHaveValue(AN_GIANG);
  // Cần Giờ's article is not An Giang's news.
  await expect(page.getByRole("link", { name: /^Cần Giờ:/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "An Giang giao ban tổng kết công tác dân vận năm 2023" })).toBeVisible();
  await fitsPhone(page);
  // Every committee again: Cần Giờ's article is back.
  await page.getByLabel("Đơn vị").selectOption("");
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page.getByRole("link", { name: /^Cần Giờ:/ })).toBeVisible();
  expect((await page.goto("/tin-tuc?don_vi=khong-co-don-vi-nay"))?.status()).toBe(404);
  expect((await page.goto("/tin-tuc?chuyen_muc=khong-co-chuyen-muc-nay"))?.status()).toBe(404);
});

test("a campaign's page shows its phases with what each delivered, its models and its news", async ({ page }) => {
  await page.setViewportSize(PHONE);
  const [phase] = await e2eQuery<{ slug: string; name: string }>(
    "select c.slug, p.name from campaign_phases p join campaigns c on c.id = p.campaign_id where c.deleted_at is null order by p.starts_on limit 1",
  );
  await page.goto(`/phong-trao/${phase!.slug}`);
  await expect(page.getByRole("heading", { level: 3, name: phase!.name, exact: true })).toBeVisible();
  await expect(page.getByText("Kết quả trong đợt")).toBeVisible();
  await fitsPhone(page);
  await page.goto("/phong-trao/dan-van-kheo");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Phong trào thi đua “Dân vận khéo”");
  await expect(page.getByRole("complementary", { name: /Mô hình “Dân vận khéo” của phong trào/ })).toContainText("được công nhận");
  await fitsPhone(page);
  expect((await page.goto("/phong-trao/khong-co-phong-trao-nay"))?.status()).toBe(404);
  const sitemap = await (await page.request.get("/sitemap.xml")).text();
  expect(sitemap).toContain("/phong-trao/dan-van-kheo");
  expect(sitemap).toContain("/so-lieu");
});
