import { NextResponse, type NextRequest } from "next/server";
import { isWorkspacePath, SESSION_COOKIES, SIGN_IN_PATH } from "@/lib/auth/routes";
import { contentSecurityPolicy, isHttps, staticSecurityHeaders } from "@/lib/security-headers";

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** A write whose Origin is another site is refused (server actions, API routes). */
function isCrossOriginWrite(request: NextRequest): boolean {
  if (!UNSAFE_METHODS.has(request.method)) return false;
  const origin = request.headers.get("origin");
  if (!origin) return false; // same-origin navigations and non-browser clients
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

// A path no route answers: requests rewritten here get the portal's own 404
// page, rendered with the nonce and every header below.
const NOT_FOUND_PATH = "/khong-tim-thay";

/**
 * Requests no page could answer well: a NUL byte anywhere in the URL, a path
 * that is not valid UTF-8 once decoded (/tin-tuc/%C3%28: Next answers a bare
 * 500 without headers), or a next-auth error code that is not a plain word
 * (next-auth copies it into a Location header and fails).
 */
function isMalformed(request: NextRequest): boolean {
  const { pathname, search, searchParams } = request.nextUrl;
  if (/%00/i.test(pathname + search)) return true;
  try {
    decodeURIComponent(pathname);
  } catch {
    return true;
  }
  const authError = pathname === "/api/auth/error" ? searchParams.get("error") : null;
  return authError !== null && !/^[A-Za-z]{1,64}$/.test(authError);
}

export function proxy(request: NextRequest) {
  const https = isHttps();
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV !== "production", https });
  const finish = (response: NextResponse) => {
    response.headers.set("Content-Security-Policy", csp);
    for (const [name, value] of Object.entries(staticSecurityHeaders(https))) response.headers.set(name, value);
    return response;
  };

  if (isCrossOriginWrite(request)) return finish(new NextResponse("Cross-origin request refused", { status: 403 }));

  const { pathname, search } = request.nextUrl;
  // Next reads the nonce from the request's CSP header and puts it on its scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);

  if (isMalformed(request)) {
    return finish(NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url), { request: { headers: requestHeaders } }));
  }

  if (isWorkspacePath(pathname) && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const url = request.nextUrl.clone();
    url.pathname = SIGN_IN_PATH;
    url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    return finish(NextResponse.redirect(url));
  }

  requestHeaders.set("x-pathname", pathname + search);
  return finish(NextResponse.next({ request: { headers: requestHeaders } }));
}

// Every path, static files included, so each response carries the headers.
export const config = {
  matcher: [{ source: "/:path*" }],
};
