import { expect, test } from "@playwright/test";
import { e2eQuery } from "./database";
import { signedInAs } from "./support";

// Issue 11, readers' comments held for moderation: a reader without an
// account comments on a seed article from a phone and is told it waits for an
// editor; An Giang's editor finds it on the to-do list, approves it on the
// moderation page; the reader then sees it under the article. The form
// refuses posts sooner than 3 s after the page loads, so the reader takes
// their time, as people do. It works without JavaScript too.

const PHONE = { width: 375, height: 800 };
const PENDING = "Bình luận của bạn đang chờ biên tập viên duyệt.";

/** A seed article of the former Ban Dân vận An Giang: the editor's committee succeeds it and moderates its news' comments. */
async function seedArticle() {
  const [article] = await e2eQuery<{ slug: string; title: string }>(
    "select a.slug, a.title from articles a join committees c on c.id = a.committee_id where c.slug = 'an-giang' and a.status = 'PUBLISHED' order by a.published_at desc, a.id limit 1",
  );
  return article!;
}

test("a reader comments on a phone; the editor approves it from the to-do list; the reader sees it under the article", async ({ browser }) => {
  test.setTimeout(90_000);
  const article = await seedArticle();
  const text = `Mô hình rất thiết thực, mong được nhân rộng ${Date.now()}`;
  const reader = await (await browser.newContext({ viewport: PHONE })).newPage();
  await reader.goto(`/tin-tuc/${article.slug}`);
  const comments = reader.getByRole("region", { name: /^Ý kiến bạn đọc/ });
  const form = reader.getByRole("form", { name: "Gửi bình luận" });
  await form.getByLabel(/^Họ và tên/).fill("Lê Thị Bạn Đọc");
  await form.getByLabel(/^Nội dung bình luận/).fill(text);
  await reader.waitForTimeout(3_500);
  await form.getByRole("button", { name: "Gửi bình luận" }).click();
  await expect(form.getByText(PENDING)).toBeVisible();
  // The form is emptied, and nothing shows before an editor approves it.
  await expect(form.getByLabel(/^Nội dung bình luận/)).toHaveValue("");
  await expect(comments.getByText(text)).toHaveCount(0);
  expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

  const editor = await (await browser.newContext(signedInAs("editor"))).newPage();
  await editor.goto("/bang-dieu-khien");
  await editor.getByRole("link", { name: /\d+ bình luận chờ duyệt/ }).click();
  await expect(editor).toHaveURL(/\/bien-tap\/binh-luan$/);
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText("Duyệt bình luận");
  const item = editor.getByRole("listitem").filter({ hasText: text });
  await expect(item.getByText(`Về tin: ${article.title}`)).toBeVisible();
  await expect(item.getByText("Lê Thị Bạn Đọc")).toBeVisible();
  await item.getByRole("button", { name: "Duyệt", exact: true }).click();
  await expect(editor.getByText("Đã duyệt: bình luận đã hiện trên trang tin.")).toBeVisible();
  await expect(editor.getByRole("listitem").filter({ hasText: text })).toHaveCount(0);
  // The newsroom links here too.
  await editor.goto("/bien-tap");
  await expect(editor.getByRole("link", { name: "Duyệt bình luận" })).toHaveAttribute("href", "/bien-tap/binh-luan");

  // The article page is cached on the server: every server drops it within a second of the approval.
  const shown = comments.getByRole("listitem").filter({ hasText: text });
  await expect(async () => {
    await reader.reload();
    await expect(shown).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await expect(shown.getByText("Lê Thị Bạn Đọc")).toBeVisible();
  await expect(shown.locator("time")).toHaveText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  await expect(comments.getByRole("heading", { level: 2 })).toContainText(/\(\d+ bình luận\)/);
});

test("the comment form works without JavaScript and refuses an empty name at its field", async ({ browser }) => {
  test.setTimeout(60_000);
  const article = await seedArticle();
  const reader = await (await browser.newContext({ viewport: PHONE, javaScriptEnabled: false })).newPage();
  await reader.goto(`/tin-tuc/${article.slug}`);
  const form = reader.getByRole("form", { name: "Gửi bình luận" });
  await form.getByLabel(/^Nội dung bình luận/).fill("Góp ý không có tên");
  await reader.waitForTimeout(3_500);
  await form.getByRole("button", { name: "Gửi bình luận" }).click();
  await expect(form.getByText("Vui lòng nhập họ tên.")).toBeVisible();
  await expect(form.getByLabel(/^Nội dung bình luận/)).toHaveValue("Góp ý không có tên");
  await form.getByLabel(/^Họ và tên/).fill("Phạm Văn Không Dùng Script");
  // The page came back with a form signed anew: again a person's few seconds.
  await reader.waitForTimeout(3_500);
  await form.getByRole("button", { name: "Gửi bình luận" }).click();
  await expect(form.getByText(PENDING)).toBeVisible();
});
