import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { e2eQuery } from "./database";
import { expectImageLoaded, signedInAs } from "./support";

// Conferences end to end, on a phone: An Giang's staff member records a
// conference with a co-host and a photo taken for the test; it shows in the
// list with its totals, and its photo on its page. Two people editing one
// conference: the second save is refused naming the first editor, and neither
// change is lost.
const tag = `hn${Date.now().toString(36)}`;
const PHONE = { width: 375, height: 812 };
const STAFF_NAME = "Lê Văn Phúc";
const CO_HOST = "Ban Tuyên giáo và Dân vận Thành ủy TP. Hồ Chí Minh";

/** A small JPEG made for the test (a red and white flag-like pattern). */
async function photoFile() {
  const buffer = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 200, g: 20, b: 30 } } })
    .composite([{ input: { create: { width: 600, height: 400, channels: 3, background: { r: 255, g: 220, b: 0 } } }, left: 300, top: 200 }])
    .jpeg({ quality: 80 })
    .toBuffer();
  return { name: "hoi-nghi.jpg", mimeType: "image/jpeg", buffer };
}

test.describe("on a phone", () => {
  test.use({ ...signedInAs("staff"), viewport: PHONE });

  test("staff record a conference with a co-host and a photo; it shows in the list with its totals, the photo on its page", async ({ page }) => {
    const title = `Hội nghị giao ban công tác dân vận quý IV ${tag}`;
    await page.goto("/ho-so/hoi-nghi");
    await page.getByRole("link", { name: "Thêm hội nghị" }).click();
    await expect(page).toHaveURL(/\/ho-so\/hoi-nghi\/moi$/);

    // Committee and date come from the viewer; bad input gets its message at the field and what was typed stays.
    await expect(page.getByLabel("Đơn vị chủ trì")).toHaveValue(/.+/);
    await expect(page.getByLabel("Ngày họp")).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
    await page.getByLabel("Địa điểm").fill("Hội trường Ban Tuyên giáo và Dân vận Tỉnh ủy");
    await page.getByLabel("Số người dự").fill("-30");
    await page.getByRole("button", { name: "Lưu hội nghị" }).click();
    await expect(page.locator("#title-error")).toHaveText("Vui lòng nhập mục này.");
    await expect(page.locator("#kind-error")).toHaveText("Vui lòng chọn loại hội nghị.");
    await expect(page.locator("#attendance-error")).toHaveText("Số này không được nhỏ hơn 0.");
    await expect(page.getByLabel("Địa điểm")).toHaveValue("Hội trường Ban Tuyên giáo và Dân vận Tỉnh ủy");

    await page.getByLabel("Loại hội nghị").selectOption({ label: "Giao ban" });
    await page.getByLabel("Tên hội nghị").fill(title);
    await page.getByLabel("Giờ bắt đầu").fill("08:00");
    await page.getByLabel("Đồng tổ chức thứ 1", { exact: true }).selectOption({ label: CO_HOST });
    await page.getByLabel("Người chủ trì", { exact: true }).fill("Võ Nguyên Nam");
    await page.getByLabel("Số người dự").fill("120");
    await page.getByLabel("Kết quả, kết luận").fill("Các chỉ tiêu quý IV cơ bản hoàn thành.");
    await page.locator('input[type="file"][name="photos"]:not([capture])').setInputFiles(await photoFile());
    // The picker shrinks it in the browser and shows it before upload.
    await expect(page.getByText("Đã chọn 1 ảnh")).toBeVisible();
    await page.getByRole("button", { name: "Lưu hội nghị" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByText("Đã lưu hội nghị.")).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: CO_HOST })).toBeVisible();
    await expect(page.getByText(`Người nhập: ${STAFF_NAME}`)).toBeVisible();
    const photo = page.getByRole("img", { name: "Ảnh 1 của hội nghị" });
    await expect(photo).toBeVisible();
    await expectImageLoaded(page.locator('img[alt="Ảnh 1 của hội nghị"]').first());
    // The full photo opens from its link, re-encoded (WebP) and private.
    const href = await page.getByRole("link").filter({ has: photo }).getAttribute("href");
    const full = await page.request.get(href!);
    expect(full.status()).toBe(200);
    expect(full.headers()["content-type"]).toBe("image/webp");
    expect(full.headers()["cache-control"]).toMatch(/^private/);

    // In the list, with its totals (SQL): one conference, 120 attending.
    await page.goto(`/ho-so/hoi-nghi?q=${encodeURIComponent(tag)}`);
    await expect(page.getByText("1 kết quả")).toBeVisible();
    const table = page.getByRole("table", { name: "Danh sách hội nghị" });
    await expect(table.getByRole("link", { name: title })).toBeVisible();
    await expect(table.getByRole("cell", { name: CO_HOST })).toBeVisible();
    const totals = table.locator("tfoot");
    await expect(totals).toContainText("1 hội nghị");
    await expect(totals).toContainText("Giao ban: 1");
    await expect(totals).toContainText("120 lượt người dự");
    // The page fits the phone: nothing scrolls sideways but the table's own box.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });
});

test("two browsers edit one conference: the second save is refused with the first editor's name, and neither change is lost", async ({ browser }) => {
  const [committee] = await e2eQuery<{ id: string }>("select id from committees where slug = 'tuyen-giao-dan-van-an-giang'");
  const id = `e2e-${tag}`;
  await e2eQuery(
    `insert into conferences (id, committee_id, kind, title, held_on, place, version, updated_at) values ($1, $2, 'BRIEFING', $3, current_date, 'Hội trường A', 1, now())`,
    [id, committee!.id, `Giao ban hai người sửa ${tag}`],
  );
  const staff = await browser.newContext({ ...signedInAs("staff"), viewport: PHONE });
  const leader = await browser.newContext({ ...signedInAs("leader"), viewport: PHONE });
  try {
    const first = await staff.newPage();
    const second = await leader.newPage();
    await first.goto(`/ho-so/hoi-nghi/${id}/sua`);
    await second.goto(`/ho-so/hoi-nghi/${id}/sua`);

    // The staff member saves first: the place changes.
    await first.getByLabel("Địa điểm").fill("Hội trường B");
    await first.getByRole("button", { name: "Lưu", exact: true }).click();
    await expect(first.getByText("Đã lưu hội nghị.")).toBeVisible();

    // The leader saves a form loaded before: refused, naming who saved first; their text stays in the form.
    const conclusions = "Kết luận của lãnh đạo, viết trong lúc cán bộ đang sửa.";
    await second.getByLabel("Kết quả, kết luận").fill(conclusions);
    await second.getByRole("button", { name: "Lưu", exact: true }).click();
    await expect(second.getByRole("alert").filter({ hasText: `${STAFF_NAME} đã sửa bản ghi này lúc` })).toBeVisible();
    await expect(second.getByLabel("Kết quả, kết luận")).toHaveValue(conclusions);
    expect((await e2eQuery<{ place: string; conclusions: string | null }>("select place, conclusions from conferences where id = $1", [id]))[0]).toEqual({ place: "Hội trường B", conclusions: null });

    // As the message says, the leader opens the latest version in another tab, puts their text in and saves: both changes are kept.
    const kept = await second.getByLabel("Kết quả, kết luận").inputValue();
    const fresh = await leader.newPage();
    await fresh.goto(`/ho-so/hoi-nghi/${id}/sua`);
    await expect(fresh.getByLabel("Địa điểm")).toHaveValue("Hội trường B");
    await fresh.getByLabel("Kết quả, kết luận").fill(kept);
    await fresh.getByRole("button", { name: "Lưu", exact: true }).click();
    await expect(fresh.getByText("Đã lưu hội nghị.")).toBeVisible();
    expect((await e2eQuery<{ place: string; conclusions: string | null }>("select place, conclusions from conferences where id = $1", [id]))[0]).toEqual({ place: "Hội trường B", conclusions });
  } finally {
    await staff.close();
    await leader.close();
  }
});
