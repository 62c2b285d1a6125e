// The attacks of issue 6, replayed over HTTP against the production build:
// open redirects after sign-in, sessions that outlive sign-out or their
// lifetime, and bad input that used to answer a bare 500.
import { expect, request as pwRequest, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { decode, encode } from "next-auth/jwt";
import { HOSTILE_CALLBACKS, SITE_CALLBACKS } from "./callback-corpus";
import { E2E_AUTH_SECRET, e2eQuery } from "./database";
import { ACCOUNTS, DEMO_PASSWORD, expectSignedIn, signedInAs, signIn } from "./support";

const SESSION_COOKIE = "next-auth.session-token";
const EIGHT_HOURS = 8 * 60 * 60;

/** Signs in through next-auth's own endpoints, as a script would. */
async function signInOverHttp(request: APIRequestContext, email: string, extra: Record<string, string> = {}): Promise<APIResponse> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: DEMO_PASSWORD, ...extra },
    maxRedirects: 0,
  });
}

async function sessionCookie(request: APIRequestContext): Promise<string> {
  const cookie = (await request.storageState()).cookies.find((c) => c.name === SESSION_COOKIE);
  expect(cookie, "session cookie").toBeTruthy();
  return cookie!.value;
}

/** GET /api/auth/session with exactly this cookie, from a client that keeps no other. */
async function sessionWith(token: string) {
  const { baseURL } = test.info().project.use;
  const client = await pwRequest.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const response = await client.get("/api/auth/session", { headers: { cookie: `${SESSION_COOKIE}=${token}` } });
  const renewed = response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith(`${SESSION_COOKIE}=`))
    .map((h) => h.value.slice(SESSION_COOKIE.length + 1).split(";")[0])
    .filter((value) => value !== "");
  const result = { status: response.status(), body: (await response.json()) as { user?: { email?: string } }, renewed };
  await client.dispose();
  return result;
}

function expectStaysOnSite(location: string | undefined, baseURL: string, what: string) {
  expect(location, what).toBeTruthy();
  expect(location!.startsWith("//") || location!.startsWith("/\\"), `${what} → ${location}`).toBe(false);
  expect(new URL(location!, baseURL).origin, `${what} → ${location}`).toBe(new URL(baseURL).origin);
}

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  expect(headers["content-security-policy"], what).toMatch(/script-src 'self' 'nonce-[^']+'/);
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"], what).toBe("DENY");
}

test.describe("no redirect leaves the site", () => {
  test(`signed in, /dang-nhap?callbackUrl= redirects only within the site (${HOSTILE_CALLBACKS.length} payloads)`, async ({ playwright, baseURL }) => {
    expect(HOSTILE_CALLBACKS.length).toBeGreaterThanOrEqual(50);
    const request = await playwright.request.newContext({ baseURL });
    expect((await signInOverHttp(request, ACCOUNTS.staff)).status()).toBeLessThan(400);
    for (const payload of HOSTILE_CALLBACKS) {
      const response = await request.get(`/dang-nhap?${new URLSearchParams({ callbackUrl: payload })}`, { maxRedirects: 0 });
      // A NUL byte anywhere in a URL is refused outright (404): no redirect at all.
      expect([307, 404], JSON.stringify(payload)).toContain(response.status());
      if (response.status() === 307) expectStaysOnSite(response.headers().location, baseURL!, JSON.stringify(payload));
    }
    // The raw forms of the report, percent-encoding and all.
    for (const raw of ["/.//evil.example/path", "/%2e%2e//evil.example", "/..%2f..%2f/evil.example"]) {
      const response = await request.get(`/dang-nhap?callbackUrl=${raw}`, { maxRedirects: 0 });
      expect(response.headers().location, raw).toBe("/bang-dieu-khien");
    }
    // Paths of the site itself are still followed.
    for (const path of SITE_CALLBACKS) {
      const response = await request.get(`/dang-nhap?${new URLSearchParams({ callbackUrl: path })}`, { maxRedirects: 0 });
      expect(response.headers().location).toBe(path);
    }
    await request.dispose();
  });

  test("signed out, the sign-in form is only ever handed a path of the site", async ({ request, baseURL }) => {
    for (const payload of HOSTILE_CALLBACKS) {
      const response = await request.get(`/dang-nhap?${new URLSearchParams({ callbackUrl: payload })}`);
      expect([200, 404], JSON.stringify(payload)).toContain(response.status());
      if (response.status() === 404) continue;
      const value = /name="callbackUrl" value="([^"]*)"/.exec(await response.text())?.[1];
      expectStaysOnSite(value?.replaceAll("&amp;", "&"), baseURL!, JSON.stringify(payload));
    }
  });

  test("next-auth's own callback never redirects off the site", async ({ playwright, baseURL }) => {
    // Absolute URLs and scheme-relative ones: what next-auth itself compares with the site's origin.
    const absolute = HOSTILE_CALLBACKS.filter((payload) => /^[a-z]+:|^\/\/|localhost/i.test(payload));
    expect(absolute).toContain("http://localhost:3000.evil.example");
    for (const payload of absolute) {
      const request = await playwright.request.newContext({ baseURL });
      const response = await signInOverHttp(request, ACCOUNTS.editor, { callbackUrl: payload });
      expect(response.status(), JSON.stringify(payload)).toBe(302);
      expectStaysOnSite(response.headers().location, baseURL!, JSON.stringify(payload));
      await request.dispose();
    }
  });

  test("in the browser, signing in from a hostile link lands in the workspace", async ({ browser }) => {
    for (const payload of ["/.//evil.example/path", "//evil.example", "/\\evil.example"]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await signIn(page, ACCOUNTS.staff, DEMO_PASSWORD, `/dang-nhap?${new URLSearchParams({ callbackUrl: payload })}`);
      await expectSignedIn(page);
      await context.close();
    }
  });
});

test.describe("sessions end when they should", () => {
  test("the token lives 8 hours, not next-auth's 30 days", async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL });
    await signInOverHttp(request, ACCOUNTS.leader);
    const token = await decode({ token: await sessionCookie(request), secret: E2E_AUTH_SECRET });
    expect(Number(token?.exp) - Number(token?.iat)).toBe(EIGHT_HOURS);
    await request.dispose();
  });

  test("after sign-out the old cookie gets no user and no fresh cookie; the revocation outlives the token", async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL });
    await signInOverHttp(request, ACCOUNTS.canGio);
    const token = await sessionCookie(request);
    const live = await sessionWith(token);
    expect(live.body.user?.email).toBe(ACCOUNTS.canGio);
    expect(live.renewed).toHaveLength(1);

    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    await request.post("/api/auth/signout", { form: { csrfToken }, maxRedirects: 0 });
    const dead = await sessionWith(token);
    expect(dead.status).toBe(200);
    expect(dead.body).toEqual({});
    expect(dead.renewed).toEqual([]);

    const claims = await decode({ token, secret: E2E_AUTH_SECRET });
    const [row] = await e2eQuery<{ expires_at: Date }>("select expires_at from revoked_sessions where session_id = $1", [claims?.sid]);
    expect(row!.expires_at.getTime()).toBeGreaterThanOrEqual((Number(claims?.authTime) + EIGHT_HOURS) * 1000);
    await request.dispose();
  });

  test("a disabled account's session gets no user and no fresh cookie", async ({ playwright, baseURL }) => {
    // A throwaway account with the demo password, so no demo account is disabled.
    const email = `tam-thoi.${Date.now()}@danvan.demo`;
    await e2eQuery(
      `insert into users (id, email, name, password_hash, role, committee_id, updated_at)
       select $1, $2, 'Tài khoản tạm', password_hash, role, committee_id, now() from users where email = $3`,
      [`e2e-${Date.now()}`, email, ACCOUNTS.staff],
    );
    const request = await playwright.request.newContext({ baseURL });
    await signInOverHttp(request, email);
    const token = await sessionCookie(request);
    expect((await sessionWith(token)).body.user?.email).toBe(email);

    await e2eQuery("update users set disabled_at = now() where email = $1", [email]);
    const dead = await sessionWith(token);
    expect(dead.body).toEqual({});
    expect(dead.renewed).toEqual([]);
    expect((await request.get("/bang-dieu-khien", { maxRedirects: 0 })).headers().location).toMatch(/^\/dang-nhap/);
    await request.dispose();
  });

  test("a token older than its lifetime is refused though no revocation row names it", async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL });
    await signInOverHttp(request, ACCOUNTS.editor);
    const claims = (await decode({ token: await sessionCookie(request), secret: E2E_AUTH_SECRET }))!;
    const now = Math.floor(Date.now() / 1000);
    // Kept alive by refreshing: the token itself is fresh, the sign-in is not.
    const forge = (authTime: number) => encode({ token: { ...claims, authTime }, secret: E2E_AUTH_SECRET, maxAge: EIGHT_HOURS });

    const young = await sessionWith(await forge(now - EIGHT_HOURS + 600));
    expect(young.body.user?.email).toBe(ACCOUNTS.editor);

    const [revoked] = await e2eQuery<{ n: number }>("select count(*)::int as n from revoked_sessions where session_id = $1", [claims.sid]);
    expect(revoked!.n).toBe(0);
    const old = await sessionWith(await forge(now - EIGHT_HOURS - 60));
    expect(old.body).toEqual({});
    expect(old.renewed).toEqual([]);
    // A token without a sign-in time at all (issued before this rule) is refused too.
    const withoutAuthTime = { ...claims };
    delete withoutAuthTime.authTime;
    const legacy = await sessionWith(await encode({ token: withoutAuthTime, secret: E2E_AUTH_SECRET, maxAge: EIGHT_HOURS }));
    expect(legacy.body).toEqual({});
    await request.dispose();
  });
});

test.describe("bad input answers 400 or 404 with the portal's page and every header", () => {
  const BAD_PATHS = [
    "/tin-tuc/%C3%28",
    "/tin-tuc/%80",
    "/co-quan/%C3%28",
    "/co-quan/%C3%28/sua",
    "/quan-tri/nguoi-dung/%C3%28",
    "/api/auth/error?error=%E1%BB%87",
    "/api/auth/error?error=Default%0d%0aSet-Cookie:%20x=1",
    "/quan-tri/nguoi-dung?q=%00",
    "/quan-tri/nhat-ky?nguoi=%00",
    "/tin-tuc/%00",
  ];

  for (const signedIn of [false, true]) {
    test(`malformed URLs, ${signedIn ? "signed in as admin" : "signed out"}`, async ({ playwright, baseURL }) => {
      const request = await playwright.request.newContext({ baseURL });
      if (signedIn) await signInOverHttp(request, ACCOUNTS.admin);
      for (const path of BAD_PATHS) {
        const response = await request.get(path, { maxRedirects: 0 });
        expect([400, 404], path).toContain(response.status());
        expectSecurityHeaders(response, path);
        expect(response.headers()["content-type"], path).toContain("text/html");
        expect(await response.text(), path).toContain("Cổng Dân vận");
      }
      await request.dispose();
    });
  }

  test.describe("as admin", () => {
    test.use(signedInAs("admin"));

    test("a NUL byte in a bound committee id is answered next to the field, and nothing is created", async ({ page }) => {
      await page.goto("/quan-tri/nguoi-dung/moi");
      const email = `nul.${Date.now()}@danvan.demo`;
      await page.getByLabel("Họ và tên").fill("Người Thử NUL");
      await page.getByLabel("Thư điện tử").fill(email);
      await page.getByLabel("Vai trò").selectOption({ label: "Cán bộ" });
      await page.getByLabel("Mật khẩu ban đầu").fill("Mat-khau-thu-2026");
      await page.getByLabel("Đơn vị").evaluate((select) => {
        const option = document.createElement("option");
        option.value = "seed-committee-long-an\u0000";
        option.textContent = "giả mạo";
        select.appendChild(option);
        (select as HTMLSelectElement).value = option.value;
      });
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === "POST"),
        page.getByRole("button", { name: "Tạo tài khoản" }).click(),
      ]);
      expect(response.status()).toBeLessThan(500);
      await expect(page.locator("#committeeId-error")).toHaveText("Vui lòng chọn một đơn vị có trong danh mục.");
      expect(await e2eQuery("select id from users where email = $1", [email])).toEqual([]);
    });
  });
});

test.describe("smaller fixes", () => {
  test("a disabled account with the right password hears what a wrong password hears", async ({ playwright, baseURL, page }) => {
    const email = `khoa.${Date.now()}@danvan.demo`;
    await e2eQuery(
      `insert into users (id, email, name, password_hash, role, committee_id, disabled_at, updated_at)
       select $1, $2, 'Tài khoản khóa', password_hash, role, committee_id, now(), now() from users where email = $3`,
      [`e2e-khoa-${Date.now()}`, email, ACCOUNTS.staff],
    );
    const request = await playwright.request.newContext({ baseURL });
    const right = await signInOverHttp(request, email);
    const wrong = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken: (await (await request.get("/api/auth/csrf")).json()).csrfToken, email, password: "sai-mat-khau-0" },
      maxRedirects: 0,
    });
    const errorOf = (r: APIResponse) => new URL(r.headers().location!, baseURL).searchParams.get("error");
    expect(errorOf(right)).toBe("invalid");
    expect(errorOf(wrong)).toBe("invalid");
    await request.dispose();

    await signIn(page, email);
    await expect(page.locator("#sign-in-error")).toContainText("Thư điện tử hoặc mật khẩu không đúng");
  });

  test.describe("as admin", () => {
    test.use(signedInAs("admin"));

    test("an admin's own page sends them to change their password, with no reset form", async ({ page }) => {
      await page.goto("/quan-tri/nguoi-dung/seed-user-admin");
      const main = page.getByRole("main");
      await expect(main.getByRole("link", { name: "Đổi mật khẩu" })).toHaveAttribute("href", "/tai-khoan/mat-khau");
      await expect(main.getByLabel("Mật khẩu mới")).toHaveCount(0);
    });
  });
});
