import { expect, test } from "@playwright/test";
import { e2eQuery } from "./database";
import { signedInAs } from "./support";

// Issue 11, the newsroom: the editor writes an article on a phone in the rich
// text editor and sends it for review; An Giang's leader publishes it; the
// public page shows it with its formatting, date and time, social cards and
// JSON-LD. "Viết tin từ hồ sơ" prefills a draft from a house without its
// household.

const PHONE = { width: 375, height: 800 };

test("an editor writes and submits an article on a phone; the leader publishes it; the public reads it", async ({ browser }) => {
  test.setTimeout(90_000);
  const title = `Ra quân Dân vận khéo ${Date.now()}`;
  const editor = await (await browser.newContext({ ...signedInAs("editor"), viewport: PHONE })).newPage();
  await editor.goto("/bien-tap");
  await editor.getByRole("link", { name: "Viết tin mới" }).click();
  await editor.getByLabel(/^Tiêu đề tin/).fill(title);
  await editor.getByLabel(/^Sapo/).fill("Đoàn viên thanh niên ra quân giúp dân sửa đường, trao quà.");
  const body = editor.getByRole("textbox", { name: /^Nội dung tin/ });
  await body.click();
  await editor.keyboard.type("Sáng nay, ");
  await editor.getByRole("button", { name: "Chữ đậm" }).click();
  await editor.keyboard.type("120 đoàn viên");
  await editor.getByRole("button", { name: "Chữ đậm" }).click();
  await editor.keyboard.type(" đã ra quân.");
  await editor.getByLabel("Dân vận khéo").check();
  expect(await editor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await editor.getByRole("button", { name: "Lưu tin" }).click();
  await expect(editor.getByText("Đã lưu tin.")).toBeVisible();
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText(title);
  // An editor of An Giang cannot publish: the committee leaves that to its leaders.
  await expect(editor.getByRole("button", { name: "Đăng ngay" })).toHaveCount(0);
  await editor.getByRole("button", { name: "Gửi lãnh đạo duyệt" }).click();
  await expect(editor.getByText("Đã gửi tin để lãnh đạo duyệt.")).toBeVisible();
  expect(await editor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

  const leader = await (await browser.newContext(signedInAs("leader"))).newPage();
  await leader.goto("/bien-tap?trang_thai=cho-duyet");
  await leader.getByRole("link", { name: title }).click();
  await leader.getByRole("button", { name: "Đăng ngay" }).click();
  await expect(leader.getByText("Đã đăng tin lên cổng.")).toBeVisible();
  await leader.getByRole("link", { name: "Xem tin trên cổng" }).click();
  await leader.waitForURL(/\/tin-tuc\/[a-z0-9-]+$/);

  // The public page, as a reader who is not signed in would get it.
  const url = new URL(leader.url());
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(url.pathname);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(reader.locator(".article-body strong")).toHaveText("120 đoàn viên");
  await expect(reader.getByText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/)).toBeVisible();
  await expect(reader.getByText("Dân vận khéo", { exact: true })).toBeVisible();
  await expect(reader.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${url.pathname}$`));
  await expect(reader.locator('meta[property="og:title"]')).toHaveAttribute("content", title);
  const jsonLd = JSON.parse((await reader.locator('script[type="application/ld+json"]').textContent()) ?? "{}") as { "@type"?: string; headline?: string };
  expect(jsonLd).toMatchObject({ "@type": "NewsArticle", headline: title });
  await expect(reader.getByRole("link", { name: "Facebook" })).toHaveAttribute("href", /facebook\.com\/sharer/);

  // It is on the home page, in the news list, the RSS feed and the sitemap at once.
  // The home page is cached on the server: every server drops it within a second of the change.
  await expect(async () => {
    await reader.goto("/");
    await expect(reader.getByRole("link", { name: title })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await reader.goto("/tin-tuc");
  await expect(reader.getByRole("link", { name: title })).toBeVisible();
  expect(await (await reader.request.get("/rss.xml")).text()).toContain(title);
  expect(await (await reader.request.get("/sitemap.xml")).text()).toContain(url.pathname);
  // Search finds it typed without diacritics and with one typo ("vna" for "van").
  const typed = title.normalize("NFD").replace(/\p{M}/gu, "").replace("Dan van", "Dan vna").toLowerCase();
  await reader.goto(`/tim-kiem?q=${encodeURIComponent(typed)}`);
  await expect(reader.getByRole("link", { name: title })).toBeVisible();
});

test("'Viết tin từ hồ sơ' on a house prefills a draft without the household", async ({ browser }) => {
  const [house] = await e2eQuery<{ id: string; household_name: string }>(
    "select h.id, h.household_name from house_handovers h join committees c on c.id = h.committee_id where c.slug = 'an-giang' and h.deleted_at is null order by h.id limit 1",
  );
  const editor = await (await browser.newContext({ ...signedInAs("editor"), viewport: PHONE })).newPage();
  await editor.goto(`/ho-so/nha/${house!.id}`);
  // Editors read the committee's records, never households.
  await expect(editor.getByText(house!.household_name)).toHaveCount(0);
  await editor.getByRole("link", { name: "Viết tin từ hồ sơ" }).click();
  await expect(editor.getByLabel(/^Tiêu đề tin/)).toHaveValue(/bàn giao nhà/);
  const prefilled = [await editor.getByLabel(/^Tiêu đề tin/).inputValue(), await editor.getByLabel(/^Sapo/).inputValue(), await editor.locator("textarea#body").inputValue()].join("\n");
  expect(prefilled).not.toContain(house!.household_name);
  expect(await editor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
});
