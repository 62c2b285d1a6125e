import { expect, test } from "@playwright/test";
import { expectSignedIn, signedInAs, signIn } from "./support";

test("an admin creates a user, who signs in; disabling them ends their session at once", async ({ browser }) => {
  test.setTimeout(60_000);
  const admin = await (await browser.newContext(signedInAs("admin"))).newPage();
  await admin.goto("/quan-tri/nguoi-dung/moi");
  const email = `canbo.moi.${Date.now()}@danvan.demo`;
  const password = "Mat-khau-moi-2026";

  // Bad input first: answered next to the fields, nothing created.
  await admin.getByLabel("Thư điện tử").fill(email);
  await admin.getByLabel("Mật khẩu ban đầu").fill("ngan");
  await admin.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(admin.locator("#name-error")).toHaveText("Vui lòng nhập mục này.");
  await expect(admin.locator("#committeeId-error")).toHaveText("Vui lòng chọn một đơn vị có trong danh mục.");
  await expect(admin.locator("#password-error")).toHaveText("Mật khẩu cần ít nhất 10 ký tự.");
  await expect(admin.getByLabel("Thư điện tử")).toHaveValue(email);

  await admin.getByLabel("Họ và tên").fill("Nguyễn Thị Mới");
  await admin.getByLabel("Vai trò").selectOption({ label: "Cán bộ" });
  await admin.getByLabel("Đơn vị").selectOption({ label: "Khối Dân vận xã Cần Giờ" });
  await admin.getByLabel("Mật khẩu ban đầu").fill(password);
  await admin.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Nguyễn Thị Mới" })).toBeVisible();

  // The new user signs in for real and first replaces the password the admin typed.
  const user = await (await browser.newContext()).newPage();
  await signIn(user, email, password);
  await expect(user).toHaveURL(/\/tai-khoan\/mat-khau/);
  await expect(user.getByText("Mật khẩu này do người quản lý tài khoản cấp cho bạn.", { exact: false })).toBeVisible();
  const own = "Mat-khau-cua-toi-2026";
  await user.getByLabel("Mật khẩu hiện tại").fill(password);
  await user.getByRole("textbox", { name: "Mật khẩu mới (bắt buộc)", exact: true }).fill(own);
  await user.getByLabel("Nhập lại mật khẩu mới").fill(own);
  await user.getByRole("main").getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(user).toHaveURL(/\/dang-nhap\?changed=1/);
  // Their own session is the one disabling ends.
  await signIn(user, email, own);
  await expectSignedIn(user);
  await expect(user.getByRole("complementary")).toContainText("Khối Dân vận xã Cần Giờ");

  // The password change bumped the account's version: the admin's open page is stale, so reload it first.
  await admin.reload();
  await admin.getByRole("button", { name: "Khóa tài khoản" }).click();
  await expect(admin.getByText("Đã khóa").first()).toBeVisible();

  await user.goto("/bang-dieu-khien");
  await expect(user).toHaveURL(/\/dang-nhap/);
  await signIn(user, email, own);
  // The same answer as a wrong password: it must not confirm the password.
  await expect(user.locator("#sign-in-error")).toContainText("Thư điện tử hoặc mật khẩu không đúng");
});
