import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { SEED_TITLES } from "./support";

// Issue 11: axe finds no serious or critical violation on any public page,
// on a phone and on a desktop.

const PUBLIC_PAGES = [
  "/",
  "/tin-tuc",
  "/tin-tuc?chuyen_muc=hoi-nghi-su-kien",
  "/so-lieu",
  "/so-lieu?don_vi=tuyen-giao-dan-van-an-giang&nam=2022",
  "/phong-trao/dan-van-kheo",
  "/don-vi/tuyen-giao-dan-van-an-giang",
  "/tim-kiem?q=dan+van",
  "/dang-nhap",
  "/trang-khong-co-that",
];

for (const viewport of [
  { width: 375, height: 812 },
  { width: 1280, height: 900 },
]) {
  test(`axe finds no serious or critical violation on the public pages at ${viewport.width} px`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    await page.goto("/tin-tuc");
    const article = await page.getByRole("link", { name: SEED_TITLES[0]! }).first().getAttribute("href");
    for (const path of [...PUBLIC_PAGES, article!]) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).analyze();
      const grave = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(grave.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), path).toEqual([]);
    }
  });
}
