import { expect, test } from "@playwright/test";
import { activityWorkbook, type ActivityCells } from "@/tests/support/activity-workbook";
import { e2eQuery } from "./database";
import { signedInAs } from "./support";

// Activities end to end, as canbo.angiang on a phone (375 px): one recorded
// through the form appears in the list and its totals; an Excel import with
// a bad row is refused naming the row and writes nothing, and once fixed
// writes every row.
const tag = `hd${Date.now().toString(36)}`;

test.use({ ...signedInAs("staff"), viewport: { width: 375, height: 812 } });
test.describe.configure({ timeout: 90_000 });

const countTitled = async (prefix: string) => Number((await e2eQuery<{ n: string }>("select count(*) as n from activities where title like $1 and deleted_at is null", [`${prefix}%`]))[0]!.n);

test("a staff member records an activity on a phone; it appears in the list and its totals", async ({ page }) => {
  const title = `Trao quà cho hộ nghèo xã Mỹ Hòa Hưng ${tag}`;
  await page.goto("/ho-so/hoat-dong");
  await page.getByRole("link", { name: "Thêm hoạt động", exact: true }).click();
  await expect(page).toHaveURL(/\/ho-so\/hoat-dong\/moi$/);

  // Bad input: the messages sit at their fields and what was typed stays.
  await page.getByLabel("Tên hoạt động").fill(title);
  await page.getByLabel(/^Số lượng/).fill("-5");
  await page.getByRole("button", { name: "Ghi hoạt động" }).click();
  await expect(page.locator("#indicatorId-error")).toHaveText("Vui lòng chọn một chỉ số hoạt động có trong danh mục.");
  await expect(page.locator("#quantity-error")).toHaveText("Số này không được nhỏ hơn 0.");
  await expect(page.getByLabel("Tên hoạt động")).toHaveValue(title);

  await page.getByLabel("Chỉ số").selectOption({ label: "Quà tặng (suất)" });
  await page.getByLabel("Ngày thực hiện").fill("2025-09-10");
  await page.getByLabel(/^Số lượng/).fill("25");
  await page.getByLabel("Giá trị").fill("12,5 triệu");
  await expect(page.getByText("Bằng chữ: Mười hai triệu năm trăm nghìn đồng")).toBeVisible();
  await page.getByLabel("Số người được hưởng").fill("25");
  await page.getByLabel("Nơi tổ chức").fill("Nhà văn hóa xã Mỹ Hòa Hưng");
  await page.getByRole("button", { name: "Ghi hoạt động" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("Đã lưu hoạt động.")).toBeVisible();
  await expect(page.getByText("12.500.000 đ")).toBeVisible();

  // An edit: the history shows the amounts as money, before and after.
  await page.getByRole("link", { name: "Sửa hoạt động" }).click();
  await page.getByLabel("Giá trị").fill("15 triệu");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByText("Đã lưu hoạt động.")).toBeVisible();
  const change = page.locator("#record-history + ol li").first();
  await expect(change.locator("del")).toHaveText("12.500.000 đ");
  await expect(change.locator("ins")).toHaveText("15.000.000 đ");

  await page.goto(`/ho-so/hoat-dong?q=${encodeURIComponent(tag)}`);
  await expect(page.getByText("1 kết quả")).toBeVisible();
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  const totals = page.locator("tfoot");
  await expect(totals).toContainText("1 hoạt động");
  await expect(totals).toContainText("15.000.000 đ");
  expect(await countTitled(title)).toBe(1);
});

test("an Excel import with a bad row names it and writes nothing; fixed, it writes every row", async ({ page }) => {
  const prefix = `Khám bệnh nhập từ Excel ${tag}`;
  const rows: ActivityCells[] = Array.from({ length: 5 }, (_, i) => ({
    indicator: "MEDICAL_CHECKUPS",
    title: `${prefix} ${i + 1}`,
    occurredOn: `1${i}/09/2025`,
    quantity: 40 + i,
    valueVnd: "8 triệu",
    beneficiaries: 40 + i,
  }));
  const bad = rows.map((row, i) => (i === 2 ? { ...row, quantity: -4 } : row));
  const upload = async (file: Buffer, button: string) => {
    await page.getByLabel("Tệp Excel đã điền (.xlsx)").setInputFiles({
      name: "kham-benh.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: file,
    });
    await page.getByRole("button", { name: button }).click();
  };

  await page.goto("/ho-so/hoat-dong");
  await page.getByRole("link", { name: "Nhập từ Excel", exact: true }).click();
  await expect(page).toHaveURL(/\/ho-so\/hoat-dong\/nhap$/);
  const template = await page.request.get("/ho-so/hoat-dong/nhap/mau");
  expect(template.status()).toBe(200);
  expect(template.headers()["content-type"]).toContain("spreadsheetml");

  await upload(await activityWorkbook(bad), "Tải lên và kiểm tra");
  await expect(page).toHaveURL(/\/ho-so\/hoat-dong\/nhap\/[A-Za-z0-9_-]+$/);
  await expect(page.getByText("1 dòng có lỗi nên chưa dòng nào được ghi.")).toBeVisible();
  const errors = page.getByRole("table", { name: "Các lỗi của tệp, theo dòng" });
  await expect(errors.getByRole("row")).toHaveCount(2);
  await expect(errors.getByRole("row").nth(1)).toContainText("4");
  await expect(errors.getByRole("row").nth(1)).toContainText("Số lượng");
  await expect(errors.getByRole("row").nth(1)).toContainText("Số này không được nhỏ hơn 0.");
  await expect(page.getByRole("button", { name: "Ghi tất cả" })).toHaveCount(0);
  expect(await countTitled(prefix)).toBe(0);

  await upload(await activityWorkbook(rows), "Tải lên tệp đã sửa");
  await expect(page.getByText("Mọi dòng đều hợp lệ. Bấm “Ghi tất cả” để ghi 5 dòng cùng một lần.")).toBeVisible();
  await page.getByRole("button", { name: "Ghi tất cả" }).click();
  await expect(page).toHaveURL(/\/ho-so\/hoat-dong\?nhap=/);
  await expect(page.getByText("Đã ghi 5 hoạt động từ tệp kham-benh.xlsx.")).toBeVisible();
  expect(await countTitled(prefix)).toBe(5);

  await page.goto(`/ho-so/hoat-dong?q=${encodeURIComponent(prefix)}`);
  await expect(page.getByText("5 kết quả")).toBeVisible();
  await expect(page.locator("tfoot")).toContainText("5 hoạt động");
  await expect(page.locator("tfoot")).toContainText("40.000.000 đ");
});
