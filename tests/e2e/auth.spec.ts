import { expect, test } from "@playwright/test";
import { ACCOUNTS, expectSignedIn, signedInAs, signIn, type Role } from "./support";

// The menu each demo account sees: every page in it opens.
const MENUS: Record<Role, string[]> = {
  admin: ["Bảng điều khiển", "Chỉ tiêu", "Báo cáo", "Hồ sơ đơn vị", "Cơ cấu tổ chức", "Đối tác", "Chương trình, quy chế phối hợp", "Hội nghị", "Phong trào", "Mô hình", "Nhà bàn giao", "Hoạt động khác", "Biên tập tin", "Quản lý người dùng", "Nhật ký", "Bản ghi đã xóa", "Danh mục chương trình nhà", "Danh mục chỉ số", "Lịch báo cáo", "Đổi mật khẩu"],
  // A province committee's leader keeps the accounts of its subtree.
  leader: ["Bảng điều khiển", "Chỉ tiêu", "Báo cáo", "Hồ sơ đơn vị", "Cơ cấu tổ chức", "Đối tác", "Chương trình, quy chế phối hợp", "Hội nghị", "Phong trào", "Mô hình", "Nhà bàn giao", "Hoạt động khác", "Biên tập tin", "Quản lý người dùng", "Đổi mật khẩu"],
  staff: ["Bảng điều khiển", "Chỉ tiêu", "Báo cáo", "Hồ sơ đơn vị", "Cơ cấu tổ chức", "Đối tác", "Chương trình, quy chế phối hợp", "Hội nghị", "Phong trào", "Mô hình", "Nhà bàn giao", "Hoạt động khác", "Đổi mật khẩu"],
  canGio: ["Bảng điều khiển", "Chỉ tiêu", "Báo cáo", "Hồ sơ đơn vị", "Cơ cấu tổ chức", "Đối tác", "Chương trình, quy chế phối hợp", "Hội nghị", "Phong trào", "Mô hình", "Nhà bàn giao", "Hoạt động khác", "Đổi mật khẩu"],
  // Editors read the committee's records (news is written from them), never households.
  editor: ["Bảng điều khiển", "Hồ sơ đơn vị", "Cơ cấu tổ chức", "Chương trình, quy chế phối hợp", "Hội nghị", "Phong trào", "Mô hình", "Nhà bàn giao", "Hoạt động khác", "Biên tập tin", "Đổi mật khẩu"],
};

// Cần Giờ's staff have the same menu as An Giang's, whose walk opens every
// page: theirs opens only the pages whose content follows their committee,
// to keep the suite's time in bounds.
// The editor's record pages are the staff's, read only: theirs opens the house list (no household there) and the newsroom.
const WALK: Partial<Record<Role, string[]>> = { canGio: ["Bảng điều khiển", "Hồ sơ đơn vị", "Báo cáo", "Nhà bàn giao"], editor: ["Bảng điều khiển", "Nhà bàn giao", "Biên tập tin"] };

// Every demo account signing in through the form is tested by the setup
// project (auth.setup.ts), which stores their sessions for the tests below.
test.describe("signed-in roles", () => {
  for (const role of Object.keys(ACCOUNTS) as Role[]) {
    test.describe(role, () => {
      test.use(signedInAs(role));

      test(`${role} reaches each page of their menu`, async ({ page }) => {
        // One page load per menu item: the budget grows with the menu.
        const walk = WALK[role] ?? MENUS[role];
        test.setTimeout(15_000 * walk.length);
        await page.goto("/bang-dieu-khien");
        await expectSignedIn(page);
        const menu = page.getByRole("complementary").getByRole("navigation", { name: "Điều hướng khu làm việc" });
        await expect(menu.getByRole("link")).toHaveText(MENUS[role]);
        for (const item of walk) {
          const href = await menu.getByRole("link", { name: item, exact: true }).getAttribute("href");
          const response = await page.goto(href!);
          expect(response?.status(), `${role} ${href}`).toBe(200);
          await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        }
      });

      if (role !== "admin") {
        test(`the admin pages do not exist for ${role}`, async ({ page }) => {
          // The users' pages are the province leader's too, for the accounts of their subtree (never an admin's).
          const accounts = role === "leader" ? [] : ["/quan-tri/nguoi-dung", "/quan-tri/nguoi-dung/moi"];
          const adminOnly = ["/quan-tri/nhat-ky", "/quan-tri/nguoi-dung/seed-user-admin", "/quan-tri/nguoi-dung/cho-chuyen", "/co-quan/moi", "/co-quan/seed-committee-tuyen-giao-dan-van-an-giang/chuyen", "/quan-tri/chuong-trinh-nha", "/quan-tri/chi-so", "/quan-tri/lich-bao-cao", "/co-quan/nhap"];
          for (const path of [...accounts, ...adminOnly]) {
            expect((await page.goto(path))?.status(), path).toBe(404);
          }
        });
      }
    });
  }

  test.describe("editor", () => {
    test.use(signedInAs("editor"));

    test("a signed-in visitor to the public site is offered the workspace", async ({ page }) => {
      await page.goto("/");
      await page.getByRole("banner").getByRole("link", { name: "Khu làm việc" }).click();
      await expectSignedIn(page);
    });
  });
});

test.describe("sign-in", () => {
  test("a callback to another site is not followed after sign-in", async ({ page }) => {
    await signIn(page, ACCOUNTS.staff, undefined, "/dang-nhap?callbackUrl=%2F%09%2Fevil.example");
    await expectSignedIn(page);
  });

  test("a wrong password is refused with a message, in Vietnamese", async ({ page }) => {
    await signIn(page, ACCOUNTS.editor, "sai-mat-khau-roi");
    await expect(page.locator("#sign-in-error")).toContainText("Thư điện tử hoặc mật khẩu không đúng");
    await expect(page).toHaveURL(/\/dang-nhap/);
  });

  test("an empty form is answered next to its fields", async ({ page }) => {
    await page.goto("/dang-nhap");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByText("Vui lòng nhập thư điện tử.")).toBeVisible();
    await expect(page.getByText("Vui lòng nhập mật khẩu.")).toBeVisible();
  });

  test("a signed-out visitor to a workspace page is sent to sign in and back", async ({ page }) => {
    await page.goto("/quan-tri/nhat-ky?trang=1");
    await expect(page).toHaveURL(/\/dang-nhap\?callbackUrl=/);
    await page.getByLabel("Thư điện tử").fill(ACCOUNTS.admin);
    await page.getByLabel("Mật khẩu").fill("DanVan@2026");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page).toHaveURL(/\/quan-tri\/nhat-ky\?trang=1$/);
    await expect(page.getByRole("heading", { level: 1, name: "Nhật ký" })).toBeVisible();
  });

  test("signing out ends the session", async ({ page, browser }) => {
    // A fresh session of its own: signing out revokes it, and the stored ones must stay valid.
    await signIn(page, ACCOUNTS.staff);
    await expectSignedIn(page);
    await page.getByRole("button", { name: "Đăng xuất" }).first().click();
    await expect(page).toHaveURL((url) => url.pathname === "/");
    await page.goto("/bang-dieu-khien");
    await expect(page).toHaveURL(/\/dang-nhap/);
    // The sign-out is in the audit trail.
    const admin = await browser.newContext(signedInAs("admin"));
    const audit = await admin.newPage();
    await audit.goto(`/quan-tri/nhat-ky?hanh_dong=sign_out&nguoi=${ACCOUNTS.staff}`);
    await expect(audit.getByRole("cell", { name: ACCOUNTS.staff }).first()).toBeVisible();
    await admin.close();
  });
});

test.describe("committee scope", () => {
  test.use(signedInAs("canGio"));

  test("staff edit their own committee's profile", async ({ page }) => {
    await page.goto("/bang-dieu-khien");
    await page.getByRole("link", { name: "Hồ sơ đơn vị" }).first().click();
    await page.getByRole("link", { name: "Sửa hồ sơ" }).click();
    const address = `Khu phố Miễu Ba, thị trấn Cần Thạnh ${Date.now()}`;
    await page.getByLabel("Địa chỉ").fill(address);
    await page.getByRole("button", { name: "Lưu" }).click();
    await expect(page.getByText("Đã lưu hồ sơ đơn vị.")).toBeVisible();
    await expect(page.getByText(address)).toBeVisible();
  });

  test("a bad email is answered next to the field and nothing is saved", async ({ page }) => {
    await page.goto("/bang-dieu-khien");
    await page.getByRole("link", { name: "Hồ sơ đơn vị" }).first().click();
    await page.getByRole("link", { name: "Sửa hồ sơ" }).click();
    await page.getByLabel("Thư điện tử").fill("khong-phai-email");
    await page.getByRole("button", { name: "Lưu" }).click();
    await expect(page.getByText("Thư điện tử không đúng định dạng.")).toBeVisible();
    await expect(page.getByLabel("Thư điện tử")).toHaveValue("khong-phai-email");
  });

  test("Cần Giờ staff get 404 for An Giang's edit page and for a forged post, and nothing changes", async ({ browser }) => {
    // Find An Giang's committee page as An Giang's own staff.
    const anGiangContext = await browser.newContext(signedInAs("staff"));
    const anGiang = await anGiangContext.newPage();
    await anGiang.goto("/bang-dieu-khien");
    await anGiang.getByRole("link", { name: "Hồ sơ đơn vị" }).first().click();
    await anGiang.waitForURL(/\/co-quan\//);
    const anGiangUrl = new URL(anGiang.url());
    const anGiangId = anGiangUrl.pathname.split("/")[2]!;
    const profile = anGiang.locator("main dl");
    const before = await profile.innerText();

    const context = await browser.newContext(signedInAs("canGio"));
    const page = await context.newPage();
    for (const path of [`/co-quan/${anGiangId}`, `/co-quan/${anGiangId}/sua`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }

    // A forged post: his own edit form, pointed at An Giang's committee. Without
    // JavaScript the form posts as plain HTML, so the status code is visible.
    const noScript = await browser.newContext({ javaScriptEnabled: false, ...signedInAs("canGio") });
    const forger = await noScript.newPage();
    await forger.goto("/bang-dieu-khien");
    await forger.getByRole("link", { name: "Hồ sơ đơn vị" }).first().click();
    await forger.getByRole("link", { name: "Sửa hồ sơ" }).click();
    await forger.locator('input[name="id"]').evaluate((input, id) => ((input as HTMLInputElement).value = id), anGiangId);
    await forger.getByLabel("Địa chỉ").fill("Địa chỉ giả mạo");
    const [response] = await Promise.all([forger.waitForResponse((r) => r.request().method() === "POST"), forger.getByRole("button", { name: "Lưu" }).click()]);
    expect(response.status()).toBe(404);

    await anGiang.reload();
    expect(await profile.innerText()).toBe(before);
    await Promise.all([context.close(), noScript.close(), anGiangContext.close()]);
  });
});

test("a cross-origin post is refused", async ({ request, baseURL }) => {
  const response = await request.post(`${baseURL}/co-quan/x/sua`, { headers: { Origin: "https://evil.example" }, form: { a: "1" } });
  expect(response.status()).toBe(403);
});
