import { expect, test, type Page } from "@playwright/test";
import { e2eQuery } from "./database";
import { signedInAs } from "./support";

// Issue 10's Done-when: the leader sets targets, staff submit the half-year
// report with explanations, the leader approves it, a later write in that
// period is refused with the lock message, and reopening with a reason
// allows it again.

const KY = "2026-H2";
const AN_GIANG = "Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang";
const INDICATOR = "Đối thoại giải quyết khiếu nại (cuộc)";

async function anGiangId(): Promise<string> {
  const [row] = await e2eQuery<{ id: string }>("select id from committees where name = $1 and valid_to is null", [AN_GIANG]);
  return row!.id;
}

/** Staff record an activity dated in the period: the answer is either saved or refused with the lock. */
async function recordActivity(page: Page, title: string) {
  await page.goto("/ho-so/hoat-dong/moi");
  await page.getByLabel("Tên hoạt động").fill(title);
  await page.getByLabel("Chỉ số").selectOption({ label: "Quà tặng (suất)" });
  await page.getByLabel("Ngày thực hiện").fill("2026-10-15");
  await page.getByLabel(/^Số lượng/).fill("10");
  await page.getByRole("button", { name: "Ghi hoạt động" }).click();
}

test("targets, a submitted half-year report, approval that locks the period, and reopening", async ({ browser }) => {
  test.setTimeout(120_000);
  const committeeId = await anGiangId();
  // A rerun on the same database starts from no report for the period.
  await e2eQuery("delete from period_reports where committee_id = $1 and period_id in (select id from reporting_periods where kind = 'HALF_YEAR' and year = 2026 and sequence = 2)", [committeeId]);
  const leader = await (await browser.newContext(signedInAs("leader"))).newPage();
  const staff = await (await browser.newContext({ ...signedInAs("staff"), viewport: { width: 375, height: 800 } })).newPage();

  // The leader sets a target of 20 dialogues for the committee.
  await leader.goto(`/chi-tieu?ky=${KY}`);
  const own = leader.locator(`fieldset[data-committee="${AN_GIANG}"]`);
  await own.getByLabel(INDICATOR).fill("abc");
  await leader.getByRole("button", { name: "Lưu chỉ tiêu" }).click();
  await expect(own.getByText("Vui lòng nhập một số, ví dụ 12 hoặc 2,5.")).toBeVisible();
  await own.getByLabel(INDICATOR).fill("20");
  await leader.getByRole("button", { name: "Lưu chỉ tiêu" }).click();
  await expect(leader.getByText("Đã lưu chỉ tiêu.")).toBeVisible();
  await expect(leader.locator(`fieldset[data-committee="${AN_GIANG}"]`).getByLabel(INDICATOR)).toHaveValue("20");

  // Staff start the report; submitting without explaining the shortfall is refused at the indicator.
  await staff.goto(`/bao-cao?ky=${KY}`);
  await staff.getByRole("button", { name: "Lập báo cáo kỳ này" }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Báo cáo 6 tháng cuối năm 2026");
  const reportUrl = staff.url().replace(/\?.*$/, "");
  await staff.getByLabel("Kết quả thực hiện").fill("Tổ chức các cuộc đối thoại với Nhân dân tại xã, phường.");
  await staff.getByRole("button", { name: "Gửi báo cáo" }).click();
  const explanation = staff.getByLabel(`Giải trình: Đối thoại giải quyết khiếu nại`);
  await expect(staff.getByText("Chỉ số chưa đạt chỉ tiêu: vui lòng giải trình trước khi gửi.")).toBeVisible();
  await expect(staff.getByLabel("Kết quả thực hiện")).toHaveValue("Tổ chức các cuộc đối thoại với Nhân dân tại xã, phường.");
  await explanation.fill("Các xã mới sắp xếp, lịch đối thoại dời sang tháng 12.");
  await staff.getByRole("button", { name: "Gửi báo cáo" }).click();
  await expect(staff.getByText("Đã gửi báo cáo để lãnh đạo duyệt.")).toBeVisible();
  await expect(staff.getByText("Đã gửi, chờ duyệt")).toBeVisible();

  // The leader approves it: the period locks.
  await leader.goto(reportUrl);
  await expect(leader.getByText("Các xã mới sắp xếp, lịch đối thoại dời sang tháng 12.")).toBeVisible();
  await leader.getByRole("button", { name: "Duyệt báo cáo" }).click();
  await expect(leader.getByText("Đã duyệt báo cáo; hồ sơ của kỳ đã khóa sổ.")).toBeVisible();

  const title = `Trao quà sau khóa sổ ${Date.now()}`;
  await recordActivity(staff, title);
  await expect(staff.getByText(/6 tháng cuối năm 2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang đã khóa sổ/)).toBeVisible();
  expect(await e2eQuery("select 1 from activities where title = $1", [title])).toHaveLength(0);

  // Reopening needs a reason; then the same write goes through.
  await leader.getByRole("button", { name: "Mở lại và mở khóa sổ" }).click();
  await expect(leader.locator("#reason-error")).toHaveText("Vui lòng nhập mục này.");
  await leader.getByLabel("Lý do").fill("Bổ sung kết quả đối thoại tháng 12.");
  await leader.getByRole("button", { name: "Mở lại và mở khóa sổ" }).click();
  await expect(leader.getByText("Đã mở lại báo cáo; hồ sơ của kỳ đã mở khóa.")).toBeVisible();

  await staff.getByRole("button", { name: "Ghi hoạt động" }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(title);
  expect(await e2eQuery("select 1 from activities where title = $1", [title])).toHaveLength(1);
  await staff.goto(reportUrl);
  await expect(staff.getByText("Báo cáo bị trả lại: Bổ sung kết quả đối thoại tháng 12.")).toBeVisible();
  await staff.screenshot({ path: "test-results/report-375.png", fullPage: true });
  await leader.screenshot({ path: "test-results/report-1280.png", fullPage: true });
});
