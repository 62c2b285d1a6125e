import ExcelJS from "exceljs";
import sharp from "sharp";
import { expect, test } from "@playwright/test";
import { e2eQuery } from "./database";
import { expectImageLoaded, signedInAs } from "./support";

// House handovers on a phone: canbo.angiang, 375 px wide, records a house
// typed as "950 triệu" with two contributions and a photo; the amount reads
// back in words, the house appears in the list and its totals, the photo on
// its page.
const tag = `n${Date.now().toString(36)}`;
const commune = `Xã Châu Lăng ${tag}`;
const household = `Hộ bà Néang Sa ${tag}`;

test.use({ ...signedInAs("staff"), viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

test("a staff member records a house handover on a phone, and finds it in the list and its totals", async ({ page }) => {
  test.setTimeout(90_000);
  // The staff member's committee (Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang, since 1/7/2025).
  const [anGiang] = await e2eQuery<{ id: string }>(`select committee_id as id from users where email = 'canbo.angiang@danvan.demo'`);
  const photo = await sharp({ create: { width: 1200, height: 900, channels: 3, background: "#2f6b3a" } }).jpeg().toBuffer();

  await page.goto("/ho-so/nha");
  await page.getByRole("link", { name: "Thêm nhà bàn giao" }).click();
  await expect(page).toHaveURL(/\/ho-so\/nha\/moi$/);
  // Committee and date come from the viewer.
  await expect(page.getByLabel("Đơn vị bàn giao")).toHaveValue(anGiang!.id);
  await expect(page.getByLabel("Ngày bàn giao")).not.toHaveValue("");

  await page.getByLabel("Chương trình nhà").selectOption({ label: "Nhà “Nghĩa tình Dân vận”" });
  await page.getByLabel("Chủ hộ").fill(household);
  await page.getByLabel("Diện hộ").selectOption("ETHNIC_MINORITY");
  await page.getByLabel("Địa bàn (xã, phường)").fill(commune);
  await page.getByLabel("Giá trị căn nhà").fill("950 triệu");
  await expect(page.locator("#value-reading")).toContainText("Chín trăm năm mươi triệu đồng");

  await page.locator("#fundings-0-contributor").selectOption(`committee:${anGiang!.id}`);
  await page.locator("#fundings-0-amount").fill("500tr");
  await page.locator("#fundings-1-contributor").selectOption("other");
  await page.locator("#fundings-1-name").fill(`Doanh nghiệp Phúc An ${tag}`);
  // First a sum that falls short: refused at the contributions, every row kept.
  await page.locator("#fundings-1-amount").fill("400tr");
  await page.getByRole("button", { name: "Lưu hồ sơ nhà" }).click();
  await expect(page.locator("#fundings-error")).toHaveText("Khi nhà đã bàn giao, tổng các khoản đóng góp phải bằng đúng giá trị căn nhà.");
  await expect(page.locator("#fundings-1-name")).toHaveValue(`Doanh nghiệp Phúc An ${tag}`);
  await expect(page.getByLabel("Chủ hộ")).toHaveValue(household);

  await page.locator("#fundings-1-amount").fill("450 triệu");
  await expect(page.getByText("Tổng đóng góp: 950.000.000 đ trên giá trị 950.000.000 đ")).toBeVisible();
  await page.locator("#photos").setInputFiles({ name: "nha-moi.jpg", mimeType: "image/jpeg", buffer: photo });
  await expect(page.getByText("Đã chọn 1 ảnh")).toBeVisible();
  await page.getByRole("button", { name: "Lưu hồ sơ nhà" }).click();

  await expect(page.getByText("Đã lưu hồ sơ nhà.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Nhà “Nghĩa tình Dân vận” · ${commune}`);
  await expect(page.getByText("Bằng chữ: Chín trăm năm mươi triệu đồng")).toBeVisible();
  await expect(page.getByText(household)).toBeVisible();
  const image = page.getByRole("img", { name: `Ảnh 1 của căn nhà ở ${commune}` });
  await expect(image).toBeVisible();
  await expectImageLoaded(image);
  await page.screenshot({ path: "test-results/houses-detail-375.png", fullPage: true });

  await page.goto(`/ho-so/nha?q=${encodeURIComponent(tag)}`);
  await expect(page.getByText("1 kết quả")).toBeVisible();
  const table = page.getByRole("table", { name: "Danh sách nhà bàn giao" });
  await expect(table.getByRole("link", { name: household })).toBeVisible();
  await expect(table.getByRole("row").last()).toContainText("1 căn · 1 căn đã bàn giao");
  await expect(table.getByRole("row").last()).toContainText("950.000.000 đ");
  await page.screenshot({ path: "test-results/houses-list-375.png", fullPage: true });
});

test("the Excel template, filled and uploaded, names a bad row and writes nothing; fixed, it writes both houses", async ({ page }) => {
  test.setTimeout(90_000);
  const commune = `Xã Lương An Trà ${tag}`;
  await page.goto("/ho-so/nha");
  await page.getByRole("link", { name: "Nhập từ Excel", exact: true }).click();
  await expect(page).toHaveURL(/\/ho-so\/nha\/nhap$/);
  // The template as downloaded, filled in from row 3 (row 2 holds the hints).
  const template = await page.request.get("/ho-so/nha/nhap/mau");
  expect(template.status()).toBe(200);
  const fill = async (secondValue: string) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await template.body()).buffer as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? "").replace(" *", ""));
    const put = (row: number, column: string, value: string | number) => sheet.getRow(row).getCell(header.indexOf(column)).value = value;
    for (const [row, value] of [[3, "950 triệu"], [4, secondValue]] as const) {
      put(row, "Chương trình nhà", "Nhà “Nghĩa tình Dân vận”");
      put(row, "Hạng mục", "Xây mới");
      put(row, "Chủ hộ", `Hộ số ${row} ${tag}`);
      put(row, "Diện hộ", "Hộ nghèo");
      put(row, "Địa bàn (xã, phường)", commune);
      put(row, "Giá trị căn nhà", value);
      put(row, "Trạng thái", "Đã bàn giao");
      put(row, "Ngày bàn giao", "10/10/2025");
      put(row, "Người đóng góp 1", "Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang");
      put(row, "Số tiền đóng góp 1", "500 triệu");
      put(row, "Người đóng góp 2", "Công ty TNHH Minh Phát");
      put(row, "Số tiền đóng góp 2", "450 triệu");
    }
    return Buffer.from(await book.xlsx.writeBuffer());
  };
  const upload = async (file: Buffer, button: string) => {
    await page.getByLabel("Tệp Excel đã điền (.xlsx)").setInputFiles({ name: "nha.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: file });
    await page.getByRole("button", { name: button }).click();
  };
  const written = async () => Number((await e2eQuery<{ n: string }>("select count(*) as n from house_handovers where commune = $1", [commune]))[0]!.n);

  await upload(await fill("900 triệu"), "Tải lên và kiểm tra");
  await expect(page.getByText("1 dòng có lỗi nên chưa dòng nào được ghi.")).toBeVisible();
  const errors = page.getByRole("table", { name: "Các lỗi của tệp, theo dòng" });
  await expect(errors.getByRole("row").nth(1)).toContainText("Giá trị căn nhà");
  await expect(errors.getByRole("row").nth(1)).toContainText("tổng các khoản đóng góp phải bằng đúng giá trị căn nhà");
  expect(await written()).toBe(0);

  await upload(await fill("950.000.000"), "Tải lên tệp đã sửa");
  await expect(page.getByText("Mọi dòng đều hợp lệ. Bấm “Ghi tất cả” để ghi 2 dòng cùng một lần.")).toBeVisible();
  await page.getByRole("button", { name: "Ghi tất cả" }).click();
  await expect(page.getByText("Đã ghi 2 căn nhà từ tệp nha.xlsx.")).toBeVisible();
  expect(await written()).toBe(2);
  await page.goto(`/ho-so/nha?q=${encodeURIComponent(commune)}`);
  await expect(page.locator("tfoot")).toContainText("1.900.000.000 đ");
});

test.describe("another province", () => {
  test.use({ ...signedInAs("canGio"), viewport: { width: 375, height: 812 } });

  test("a house of An Giang is a real 404 for Cần Giờ's staff, and so is its photo", async ({ page }) => {
    expect((await page.goto("/ho-so/nha/seed-house-01"))?.status()).toBe(404);
    expect((await page.goto("/ho-so/nha/seed-house-01/sua"))?.status()).toBe(404);
    expect((await page.goto("/ho-so/nha/khong-co-nha-nay"))?.status()).toBe(404);
    expect((await page.request.get("/ho-so/nha/seed-house-01/anh/khong-co")).status()).toBe(404);
    await page.goto("/ho-so/nha");
    await expect(page.getByText("Không có căn nhà nào phù hợp.")).toBeVisible();
  });
});
