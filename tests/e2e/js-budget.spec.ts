import { gzipSync } from "node:zlib";
import { expect, test, type Page } from "@playwright/test";
import { SEED_TITLES } from "./support";

// Issue 11: an article page ships at most 20 kB more compressed JavaScript
// than an empty page (the 404 page) of the same build, both measured here.

const BUDGET_BYTES = 20 * 1024;

/** The gzip size of every script a page loads until the network is idle. */
async function scriptBytes(page: Page, path: string): Promise<{ total: number; urls: string[] }> {
  const scripts = new Map<string, number>();
  const pending: Promise<void>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    pending.push(
      response
        .body()
        .then((body) => void scripts.set(response.url(), gzipSync(body).length))
        .catch(() => undefined),
    );
  });
  await page.goto(path, { waitUntil: "networkidle" });
  await Promise.all(pending);
  return { total: [...scripts.values()].reduce((a, b) => a + b, 0), urls: [...scripts.keys()] };
}

test("an article page ships at most 20 kB more compressed JavaScript than an empty page", async ({ browser }) => {
  const empty = await scriptBytes(await (await browser.newContext()).newPage(), "/trang-khong-co-that");
  const articlePage = await (await browser.newContext()).newPage();
  await articlePage.goto("/tin-tuc");
  const href = await articlePage.getByRole("link", { name: SEED_TITLES[2]! }).first().getAttribute("href");
  const article = await scriptBytes(await (await browser.newContext()).newPage(), href!);
  const extra = article.total - empty.total;
  test.info().annotations.push({ type: "js-bytes", description: `article ${article.total} B, empty ${empty.total} B, extra ${extra} B (gzip)` });
  expect(empty.total).toBeGreaterThan(0);
  expect(extra, `extra scripts: ${article.urls.filter((u) => !empty.urls.includes(u)).join(", ")}`).toBeLessThanOrEqual(BUDGET_BYTES);
});
