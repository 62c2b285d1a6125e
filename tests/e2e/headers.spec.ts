import { expect, test, type APIResponse } from "@playwright/test";
import { signedInAs } from "./support";

function expectSecurityHeaders(response: APIResponse | { headers(): Record<string, string> }, what: string) {
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  const scriptSrc = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";
  expect(scriptSrc, what).toMatch(/'nonce-[^']+'/);
  expect(scriptSrc, what).not.toContain("unsafe-inline");
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["permissions-policy"], what).toContain("camera=()");
}

test("a public page carries the security headers", async ({ page }) => {
  const response = await page.goto("/tin-tuc");
  expectSecurityHeaders(response!, "public page");
});

test.describe("signed in", () => {
  test.use(signedInAs("leader"));

  test("a workspace page carries the security headers and a hardened session cookie", async ({ page, context }) => {
    const response = await page.goto("/bang-dieu-khien");
    expectSecurityHeaders(response!, "workspace page");
    const cookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
  });
});

test("an API response carries the security headers", async ({ request }) => {
  const response = await request.get("/api/auth/csrf");
  expect(response.ok()).toBe(true);
  expectSecurityHeaders(response, "API response");
});

test("pages run with the strict CSP: no script is blocked", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
  });
  await page.goto("/dang-nhap");
  await page.getByRole("button", { name: "Đăng nhập" }).click(); // hydrated: the client-side check answers
  await expect(page.getByText("Vui lòng nhập mật khẩu.")).toBeVisible();
  expect(violations).toEqual([]);
});
