import { join } from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "DanVan@2026";

export const ACCOUNTS = {
  admin: "admin@danvan.demo",
  leader: "lanhdao.angiang@danvan.demo",
  staff: "canbo.angiang@danvan.demo",
  canGio: "canbo.cangio@danvan.demo",
  editor: "bientap@danvan.demo",
} as const;

export type Role = keyof typeof ACCOUNTS;

/** Where the setup project (auth.setup.ts) keeps a role's signed-in session. */
export function storageStatePath(role: Role): string {
  return join(import.meta.dirname, ".auth", `${role}.json`);
}

/**
 * Options for `test.use(...)` or `browser.newContext(...)`: start signed in as
 * a role, with the session the setup project stored. Never sign such a
 * session out: tests that sign out sign in afresh with `signIn`.
 */
export function signedInAs(role: Role) {
  return { storageState: storageStatePath(role) };
}

export const SEED_TITLES = [
  "An Giang và TP. Hồ Chí Minh tiếp tục tăng cường công tác phối hợp nâng cao hiệu quả công tác dân vận",
  "An Giang giao ban tổng kết công tác dân vận năm 2023",
  "Phát huy sức mạnh tổng hợp trong công tác dân vận",
  "Cần Giờ: Nâng cao chất lượng hoạt động khối Dân vận xã, thị trấn và tổ Dân vận ấp, khu phố",
  "Phường Hiệp Ninh: Hội nghị triển khai Kế hoạch phối hợp liên ngành làm công tác dân vận đợt 1 năm 2023",
];

/** Signs in through the real form and waits for the page it leads to. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, from = "/dang-nhap") {
  await page.goto(from);
  await page.getByLabel("Thư điện tử").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

export async function expectSignedIn(page: Page, path = "/bang-dieu-khien") {
  await expect(page).toHaveURL((url) => url.pathname === path);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

/**
 * An image the browser fetched and decoded. Photos load lazily, so it is
 * scrolled into view first; a loaded machine gets time to serve it.
 */
export async function expectImageLoaded(image: Locator) {
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 20_000 }).toBe(true);
}
