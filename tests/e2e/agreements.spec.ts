import { expect, test } from "@playwright/test";
import { e2eQuery } from "./database";
import { signedInAs } from "./support";

// Agreements end to end, on a phone (375 px): the leader of today's Ban Tuyên
// giáo và Dân vận An Giang records, for the former Ban Dân vận Tỉnh ủy An
// Giang it succeeds, an agreement with two committees, a partner and two
// tasks; bad input gets its message at the field. Then they link the seeded
// conference of 24/2/2023 (held by the former An Giang committee, which the
// leader acts for: dated before its end on 30/6/2025) and see it counted
// against its task, and the agreement no longer flagged as unreviewed.
const tag = `a${Date.now().toString(36)}`;
const title = `Chương trình phối hợp công tác dân vận năm 2023 ${tag}`;
const SEED_CONFERENCE = "seed-conference-an-giang-tp-hcm-2023-02-24";
const SEED_AGREEMENT = "seed-agreement-an-giang-tp-hcm";
const PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";

test.use({ ...signedInAs("leader"), viewport: { width: 375, height: 812 } });

test.afterAll(async () => {
  // The seeded conference goes back to the seeded agreement it was held under.
  await e2eQuery("update conferences set agreement_id = $1 where id = $2", [SEED_AGREEMENT, SEED_CONFERENCE]);
});

test("a leader creates an agreement, links the conference of 24/2/2023 and sees it counted against its task", async ({ page, browser }) => {
  test.setTimeout(90_000);
  await page.goto("/ho-so/phoi-hop");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chương trình, quy chế phối hợp");
  await page.getByRole("link", { name: "Thêm chương trình phối hợp" }).click();
  await expect(page).toHaveURL(/\/ho-so\/phoi-hop\/moi$/);

  await page.getByLabel("Tên chương trình").fill(title);
  await page.getByLabel("Số văn bản").fill(`05-CTr/${tag}`);
  await page.getByLabel("Đơn vị lưu hồ sơ").selectOption("seed-committee-an-giang");
  await page.getByLabel("Ngày ký").fill("2022-12-15");
  await page.getByLabel("Hiệu lực từ ngày").fill("2023-01-01");
  // Bad input first: an end before the start.
  await page.getByLabel("Hiệu lực đến ngày").fill("2022-12-31");

  // Two committees (An Giang leads) and a partner.
  await page.locator('[id="parties.0.committeeId"]').selectOption("seed-committee-an-giang");
  await page.locator('[id="parties.1.committeeId"]').selectOption("seed-committee-tp-ho-chi-minh");
  await page.getByRole("button", { name: "Thêm bên ký kết" }).click();
  await page.locator('[id="parties.2.kind"]').selectOption("partner");
  await page.locator('[id="parties.2.partnerId"]').selectOption("seed-partner-ag-mttq");

  // Two tasks: one counted by conferences held, with a plan for 2023.
  await page.locator('[id="tasks.0.content"]').fill("Phối hợp tổ chức hội nghị sơ kết, tổng kết chương trình");
  await page.locator('[id="tasks.0.responsibleParty"]').selectOption("0");
  await page.locator('[id="tasks.0.indicatorId"]').selectOption("seed-indicator-conferences");
  await page.locator('[id="tasks.0.targets.0.period"]').selectOption("2023");
  await page.locator('[id="tasks.0.targets.0.planned"]').fill("1");
  await page.getByRole("button", { name: "Thêm nội dung" }).click();
  await page.locator('[id="tasks.1.content"]').fill("Chia sẻ kinh nghiệm thực hiện Quy chế dân chủ ở cơ sở");
  await page.locator('[id="tasks.1.responsibleParty"]').selectOption("1");

  await page.getByLabel("Văn bản đã ký (PDF)").setInputFiles({ name: `chuong-trinh-${tag}.pdf`, mimeType: "application/pdf", buffer: Buffer.from(PDF) });

  await page.getByRole("button", { name: "Tạo chương trình" }).click();
  await expect(page.locator('[id="validTo-error"]')).toHaveText("Ngày hết hiệu lực phải từ ngày bắt đầu hiệu lực trở về sau.");
  await expect(page.getByLabel("Tên chương trình")).toHaveValue(title);
  await expect(page.locator('[id="parties.2.partnerId"]')).toHaveValue("seed-partner-ag-mttq");
  await expect(page.locator('[id="tasks.1.content"]')).toHaveValue("Chia sẻ kinh nghiệm thực hiện Quy chế dân chủ ở cơ sở");

  await page.getByLabel("Hiệu lực đến ngày").fill("2023-12-31");
  await page.getByRole("button", { name: "Tạo chương trình" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("Đã lưu chương trình phối hợp.")).toBeVisible();
  const parties = page.getByRole("region", { name: "Các bên ký kết" });
  await expect(parties.getByRole("listitem")).toHaveCount(3);
  await expect(parties.getByRole("listitem").first()).toContainText("Bên chủ trì");
  // Past its end (31/12/2023) with no review held yet: flagged.
  await expect(page.getByRole("alert").filter({ hasText: "Chưa sơ kết, tổng kết" })).toBeVisible();
  const task = page.getByRole("listitem", { name: "Nội dung 1" });
  await expect(task.getByRole("row", { name: /Năm 2023/ }).getByRole("cell")).toHaveText(["1", /^0\s*\(0\s*%\)$/]);

  // Link the seeded conference of 24/2/2023.
  const reviews = page.getByRole("region", { name: "Hội nghị sơ kết, tổng kết" });
  const choice = await reviews.locator("option", { hasText: "24/02/2023 · Hội nghị sơ kết công tác phối hợp" }).getAttribute("value");
  expect(choice).toMatch(new RegExp(`^${SEED_CONFERENCE}\\.\\d+$`));
  await reviews.getByLabel("Hội nghị", { exact: false }).selectOption(choice!);
  await reviews.getByRole("button", { name: "Gắn hội nghị" }).click();
  await expect(page.getByText("Đã gắn hội nghị vào chương trình.")).toBeVisible();
  await expect(reviews.getByRole("link", { name: /Hội nghị sơ kết công tác phối hợp và triển khai phương hướng công tác năm 2023/ })).toBeVisible();

  // Counted against its task, in its planned year and in all; no longer flagged.
  await expect(task.getByRole("row", { name: /Năm 2023/ }).getByRole("cell")).toHaveText(["1", /^1\s*\(100\s*%\)$/]);
  await expect(task.getByRole("row", { name: /Tất cả hồ sơ đã gắn/ }).getByRole("cell").nth(1)).toHaveText("1");
  await expect(page.getByRole("alert").filter({ hasText: "Chưa sơ kết, tổng kết" })).toHaveCount(0);

  // The signed document is served to the leader; xã Cần Giờ, which signed nothing, gets 404 for the page and the file.
  const documentUrl = await page.getByRole("link", { name: /Xem văn bản đã ký/ }).getAttribute("href");
  const download = await page.request.get(documentUrl!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect((await download.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const agreementUrl = new URL(page.url()).pathname;
  const other = await browser.newContext(signedInAs("canGio"));
  const otherPage = await other.newPage();
  expect((await otherPage.goto(agreementUrl))?.status()).toBe(404);
  expect((await otherPage.request.get(documentUrl!)).status()).toBe(404);
  await other.close();

  // The list finds it without diacritics.
  await page.goto(`/ho-so/phoi-hop?q=${encodeURIComponent(`chuong trinh phoi hop cong tac dan van nam 2023 ${tag}`)}`);
  await expect(page.getByText("1 kết quả")).toBeVisible();
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  const csv = await page.request.get(`/api/xuat/phoi-hop?dinh_dang=csv&q=${encodeURIComponent(tag)}`);
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text).toContain(title);
  expect(text).toContain("Ủy ban MTTQ Việt Nam tỉnh An Giang");
});

test("the seeded agreement: its signatories' successor reads it, another committee gets 404", async ({ page, browser }) => {
  // lanhdao.angiang's committee succeeds Ban Dân vận Tỉnh ủy An Giang, which signed it.
  expect((await page.goto(`/ho-so/phoi-hop/${SEED_AGREEMENT}`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Chương trình phối hợp công tác dân vận giữa Ban Dân vận Tỉnh ủy An Giang");
  // canbo.cangio works for xã Cần Giờ, which signed nothing.
  const other = await browser.newContext(signedInAs("canGio"));
  const otherPage = await other.newPage();
  expect((await otherPage.goto(`/ho-so/phoi-hop/${SEED_AGREEMENT}`))?.status()).toBe(404);
  await other.close();
});
