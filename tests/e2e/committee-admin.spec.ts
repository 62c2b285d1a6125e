import { expect, test, type Page } from "@playwright/test";
import { e2eQuery } from "./database";
import { ACCOUNTS, expectSignedIn, signedInAs, signIn } from "./support";

// Keeping the committee tree through the UI, each change with its date, and
// the accounts a province's leader keeps. Committees made here sit under
// today's An Giang and Hồ Chí Minh City committees and carry a stamp in
// their names, so they never collide with the seed or another run.
const committee = (slug: string) => `seed-committee-${slug}`;
const AN_GIANG = "Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang";
const HO_CHI_MINH_CITY = "Ban Tuyên giáo và Dân vận Thành ủy TP. Hồ Chí Minh";

async function createCommittee(page: Page, name: string, validFrom: string) {
  await page.goto("/co-quan");
  await page.getByRole("link", { name: "Thêm đơn vị" }).click();
  await page.getByLabel("Tên đơn vị").fill(name);
  await page.getByLabel("Tên viết tắt").fill(name.replace("Khối Dân vận", "Khối DV"));
  await page.getByLabel("Cấp ủy, địa phương").fill(name.replace("Khối Dân vận", "Đảng ủy"));
  await page.locator("#level").selectOption({ label: "Xã, phường" });
  await page.getByLabel("Loại ban").selectOption({ label: "Ban Dân vận" });
  await page.getByLabel("Đơn vị cấp trên").selectOption({ label: AN_GIANG });
  await page.getByLabel("Hoạt động từ ngày").fill(validFrom);
  await page.getByRole("button", { name: "Tạo đơn vị" }).click();
}

/** The id of the committee whose page is open. */
function openCommitteeId(page: Page): string {
  return new URL(page.url()).pathname.split("/")[2]!;
}

// Many pages and server actions in a row on a busy 2-core machine.
test.setTimeout(120_000);

test.describe("an admin keeping the tree", () => {
  test.use(signedInAs("admin"));

  test("creates, moves, merges and ends committees with a date, then moves their users to the successor", async ({ page }) => {
    const stamp = Date.now();
    const nameA = `Khối Dân vận xã Thử A ${stamp}`;
    const nameB = `Khối Dân vận xã Thử B ${stamp}`;
    const nameC = `Khối Dân vận xã Hợp Nhất ${stamp}`;

    // Create, with a refusal first: An Giang's merged committee did not exist on 30/6/2025.
    await createCommittee(page, nameA, "2025-06-30");
    await expect(page.locator("#parentId-error")).toHaveText("Đơn vị cấp trên không hoạt động vào ngày này.");
    await expect(page.getByLabel("Tên đơn vị")).toHaveValue(nameA);
    expect(await e2eQuery("select 1 from committees where name = $1", [nameA])).toHaveLength(0);
    await page.getByLabel("Hoạt động từ ngày").fill("2025-07-01");
    await page.getByRole("button", { name: "Tạo đơn vị" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(nameA);
    await expect(page.getByText("Đã thêm đơn vị.")).toBeVisible();
    const idA = openCommitteeId(page);
    await createCommittee(page, nameB, "2025-07-01");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(nameB);
    const idB = openCommitteeId(page);

    // A user of A, who will have to move with it.
    const email = `nguoi.dung.a.${stamp}@danvan.demo`;
    await e2eQuery(
      `insert into users (id, email, name, password_hash, role, committee_id, updated_at)
       select $1, $2, 'Cán bộ xã Thử A', password_hash, 'STAFF', $3, now() from users where email = $4`,
      [`e2e-move-${stamp}`, email, idA, ACCOUNTS.staff],
    );

    // Move B under the city's committee from 1/1/2026: refused before B began, then done.
    await page.getByRole("link", { name: "Chuyển cấp trên" }).click();
    await expect(page.getByText(`Cấp trên hiện tại: ${AN_GIANG}`)).toBeVisible();
    await page.getByLabel("Đơn vị cấp trên mới").selectOption({ label: HO_CHI_MINH_CITY });
    await page.getByLabel("Ngày hiệu lực").fill("2025-06-01");
    await page.getByRole("button", { name: "Chuyển từ ngày hiệu lực" }).click();
    await expect(page.locator("#effectiveOn-error")).toHaveText("Ngày hiệu lực không được trước ngày đơn vị bắt đầu hoạt động.");
    await page.getByLabel("Ngày hiệu lực").fill("2026-01-01");
    await page.getByRole("button", { name: "Chuyển từ ngày hiệu lực" }).click();
    await expect(page.getByText("Đã chuyển đơn vị sang cấp trên mới từ ngày hiệu lực.")).toBeVisible();
    const parents = page.locator('[data-history="parents"]');
    await expect(parents.getByRole("listitem").first()).toContainText(HO_CHI_MINH_CITY);
    await expect(parents.getByRole("listitem").first()).toContainText("Từ 01/01/2026");
    await expect(parents.getByRole("listitem").nth(1)).toContainText("01/07/2025 – 31/12/2025");

    // Merge A and B into a new committee C under An Giang from 1/3/2026.
    await page.goto(`/co-quan/${idA}`);
    await page.getByRole("link", { name: "Hợp nhất đơn vị" }).click();
    await page.getByLabel("Đơn vị hợp nhất 1").selectOption({ label: nameB });
    await page.getByLabel("Ngày hiệu lực").fill("2025-07-01");
    await page.getByLabel("Tên đơn vị mới").fill(nameC);
    await page.getByLabel("Tên viết tắt").fill(`Khối DV xã Hợp Nhất ${stamp}`);
    await page.getByLabel("Đơn vị cấp trên").selectOption({ label: AN_GIANG });
    await page.getByRole("button", { name: "Hợp nhất từ ngày hiệu lực" }).click();
    await expect(page.locator("#effectiveOn-error")).toHaveText("Ngày hiệu lực phải sau ngày đơn vị tiền thân bắt đầu hoạt động.");
    await expect(page.getByLabel("Tên đơn vị mới")).toHaveValue(nameC);
    await page.getByLabel("Ngày hiệu lực").fill("2026-03-01");
    await page.getByRole("button", { name: "Hợp nhất từ ngày hiệu lực" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(nameC);
    await expect(page.getByText("Đã hợp nhất: đơn vị này tiếp nhận các đơn vị hợp nhất từ ngày hiệu lực.")).toBeVisible();
    const predecessors = page.locator('[data-history="predecessors"]');
    for (const name of [nameA, nameB]) {
      await expect(predecessors.getByRole("listitem").filter({ hasText: name })).toContainText("Hợp nhất, từ 01/03/2026");
      await expect(predecessors.getByRole("listitem").filter({ hasText: name })).toContainText("Kế thừa chính");
    }
    const idC = openCommitteeId(page);

    // End C on 30/6/2026, its duties going back to An Giang's committee; refused first with an end before its start.
    await page.getByRole("link", { name: "Kết thúc hoạt động" }).click();
    await page.getByLabel("Ngày cuối cùng hoạt động").fill("2026-02-01");
    await page.getByRole("button", { name: "Xác nhận kết thúc hoạt động" }).click();
    await expect(page.locator("#validTo-error")).toHaveText("Ngày kết thúc không được trước ngày đơn vị bắt đầu hoạt động.");
    await page.getByLabel("Ngày cuối cùng hoạt động").fill("2026-06-30");
    await page.getByLabel("Đơn vị tiếp nhận nhiệm vụ").selectOption({ label: AN_GIANG });
    await page.getByRole("button", { name: "Xác nhận kết thúc hoạt động" }).click();
    await expect(page.getByText("Đã ghi nhận đơn vị kết thúc hoạt động.")).toBeVisible();
    await expect(page.getByText("Đã kết thúc hoạt động", { exact: true })).toBeVisible();
    await expect(page.locator('[data-history="successors"]')).toContainText(AN_GIANG);

    // The tree on either side of each date.
    const node = (id: string) => page.locator(`li[data-committee="${id}"]`);
    await page.goto("/co-quan?ngay=2025-12-31");
    await expect(node(committee("tuyen-giao-dan-van-an-giang")).locator(`li[data-committee="${idB}"]`)).toBeVisible();
    await page.goto("/co-quan?ngay=2026-02-28");
    await expect(node(committee("tuyen-giao-dan-van-tp-ho-chi-minh")).locator(`li[data-committee="${idB}"]`)).toBeVisible();
    await expect(node(committee("tuyen-giao-dan-van-an-giang")).locator(`li[data-committee="${idA}"]`)).toBeVisible();
    await expect(node(idC)).toHaveCount(0);
    await page.goto("/co-quan?ngay=2026-03-01");
    await expect(node(committee("tuyen-giao-dan-van-an-giang")).locator(`li[data-committee="${idC}"]`)).toBeVisible();
    await expect(node(idA)).toHaveCount(0);
    await expect(node(idB)).toHaveCount(0);
    await page.goto("/co-quan?ngay=2026-07-01");
    await expect(node(idC)).toHaveCount(0);

    // A's user sits on an ended committee: every admin page says so, and one click moves them where A's work went.
    await page.goto("/quan-tri/nguoi-dung");
    const banner = page.locator("[data-pending-moves]");
    await expect(banner).toContainText("đang thuộc đơn vị đã kết thúc hoạt động");
    await banner.getByRole("link", { name: "Xem và chuyển" }).click();
    const row = page.getByRole("row").filter({ hasText: email });
    await expect(row).toContainText(nameA);
    await expect(row).toContainText(AN_GIANG);
    await page.getByRole("button", { name: /^Chuyển \d+ người dùng sang đơn vị kế thừa$/ }).click();
    await expect(page.getByText(/Đã chuyển \d+ người dùng sang đơn vị kế thừa\./)).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: email })).toHaveCount(0);
    const [moved] = await e2eQuery<{ committee_id: string }>("select committee_id from users where email = $1", [email]);
    expect(moved?.committee_id).toBe(committee("tuyen-giao-dan-van-an-giang"));
    expect(await e2eQuery("select 1 from audit_events where entity = 'user' and action = 'move' and entity_id = $1", [`e2e-move-${stamp}`])).toHaveLength(1);
  });
});

test.describe("accounts run by each province", () => {
  test("lanhdao.angiang creates an account in a commune below and cannot in another province; a reset password must be changed", async ({ browser }) => {
    const stamp = Date.now();
    // A commune under An Giang's committee today (the seed has none below it).
    const communeId = `e2e-commune-${stamp}`;
    const communeName = `Khối Dân vận xã Mỹ Thử ${stamp}`;
    await e2eQuery(
      `insert into committees (id, slug, name, short_name, level, kind, locality, valid_from, updated_at)
       values ($1, $1, $2, 'Khối DV xã Mỹ Thử', 'COMMUNE', 'DAN_VAN', 'Đảng ủy xã Mỹ Thử', '2025-07-01', now())`,
      [communeId, communeName],
    );
    await e2eQuery(`insert into committee_parents (id, committee_id, parent_id, valid_from) values ($1, $2, $3, '2025-07-01')`, [
      `e2e-link-${stamp}`,
      communeId,
      committee("tuyen-giao-dan-van-an-giang"),
    ]);

    const leader = await (await browser.newContext(signedInAs("leader"))).newPage();
    await leader.goto("/bang-dieu-khien");
    await leader.getByRole("complementary").getByRole("link", { name: "Quản lý người dùng" }).click();
    await expect(leader.getByRole("heading", { level: 1, name: "Quản lý người dùng" })).toBeVisible();
    // The demo accounts (other tests add many more with other domains).
    await leader.goto("/quan-tri/nguoi-dung?q=danvan.demo");
    // Only the accounts of An Giang's subtree: not xã Cần Giờ's, not the admin's.
    await expect(leader.getByRole("cell", { name: ACCOUNTS.staff })).toBeVisible();
    await expect(leader.getByRole("cell", { name: ACCOUNTS.canGio })).toHaveCount(0);
    await expect(leader.getByRole("cell", { name: ACCOUNTS.admin })).toHaveCount(0);
    expect((await leader.goto("/quan-tri/nguoi-dung/seed-user-canbo-cangio"))?.status()).toBe(404);

    await leader.goto("/quan-tri/nguoi-dung/moi");
    const committeeSelect = leader.getByLabel("Đơn vị");
    await expect(committeeSelect.locator("option", { hasText: communeName })).toHaveCount(1);
    await expect(committeeSelect.locator("option", { hasText: "Khối Dân vận xã Cần Giờ" })).toHaveCount(0);
    await expect(leader.getByLabel("Vai trò").locator("option", { hasText: "Quản trị viên" })).toHaveCount(0);

    // Another province's commune, forced into the form: refused at the field, nothing created.
    const email = `canbo.mythu.${stamp}@danvan.demo`;
    await leader.getByLabel("Thư điện tử").fill(email);
    await leader.getByLabel("Họ và tên").fill("Trần Văn Thử");
    await leader.getByLabel("Vai trò").selectOption({ label: "Cán bộ" });
    await leader.getByLabel("Mật khẩu ban đầu").fill("Mat-khau-ban-dau-2026");
    await committeeSelect.evaluate((select, id) => {
      const option = document.createElement("option");
      option.value = id;
      option.textContent = "Khối Dân vận xã Cần Giờ";
      select.appendChild(option);
      (select as HTMLSelectElement).value = id;
    }, committee("xa-can-gio"));
    await leader.getByRole("button", { name: "Tạo tài khoản" }).click();
    await expect(leader.locator("#committeeId-error")).toHaveText("Bạn chỉ quản lý tài khoản của đơn vị mình và các đơn vị trực thuộc.");
    expect(await e2eQuery("select 1 from users where email = $1", [email])).toHaveLength(0);

    // The commune below: created.
    await committeeSelect.selectOption({ label: communeName });
    await leader.getByLabel("Mật khẩu ban đầu").fill("Mat-khau-ban-dau-2026");
    await leader.getByRole("button", { name: "Tạo tài khoản" }).click();
    await expect(leader.getByRole("heading", { level: 1, name: "Trần Văn Thử" })).toBeVisible();
    const [created] = await e2eQuery<{ committee_id: string }>("select committee_id from users where email = $1", [email]);
    expect(created?.committee_id).toBe(communeId);

    // A reset: a one-time password, shown once, to be changed at sign-in.
    await leader.getByRole("button", { name: "Cấp lại mật khẩu" }).click();
    const shown = leader.getByRole("status").filter({ hasText: "Mật khẩu dùng một lần" }).locator("output");
    await expect(shown).toHaveText(/^\S{4}-\S{4}-\S{4}$/);
    const oneTime = (await shown.textContent())!.trim();
    await expect(leader.getByText("Người dùng phải đổi mật khẩu ở lần đăng nhập tới.")).toBeVisible();
    await leader.reload();
    await expect(leader.getByText(oneTime)).toHaveCount(0);

    const user = await (await browser.newContext()).newPage();
    await signIn(user, email, oneTime);
    await expect(user).toHaveURL(/\/tai-khoan\/mat-khau/);
    await expect(user.getByText("Mật khẩu này do người quản lý tài khoản cấp cho bạn.", { exact: false })).toBeVisible();
    await user.goto("/bang-dieu-khien");
    await expect(user).toHaveURL(/\/tai-khoan\/mat-khau/);
    await user.getByLabel("Mật khẩu hiện tại").fill(oneTime);
    await user.getByRole("textbox", { name: "Mật khẩu mới (bắt buộc)", exact: true }).fill("Mat-khau-rieng-2026");
    await user.getByLabel("Nhập lại mật khẩu mới").fill("Mat-khau-rieng-2026");
    await user.getByRole("main").getByRole("button", { name: "Đổi mật khẩu" }).click();
    await expect(user).toHaveURL(/\/dang-nhap\?changed=1/);
    await signIn(user, email, "Mat-khau-rieng-2026");
    await expectSignedIn(user);
    await expect(user.getByRole("complementary")).toContainText(communeName);
  });
});
