// URL prefixes of the signed-in workspace. The proxy sends visitors without a
// session to sign in; the real check is requireViewer() and the data layer.
export const WORKSPACE_PREFIXES = ["/bang-dieu-khien", "/co-quan", "/ho-so", "/chi-tieu", "/bao-cao", "/bien-tap", "/quan-tri", "/tai-khoan"] as const;

export const SIGN_IN_PATH = "/dang-nhap";
export const HOME_AFTER_SIGN_IN = "/bang-dieu-khien";
export const ACCOUNT_PASSWORD_PATH = "/tai-khoan/mat-khau";
/** Users of ended committees, waiting for an admin to move them to the successor. */
export const USER_MOVES_PATH = "/quan-tri/nguoi-dung/cho-chuyen";

export function isWorkspacePath(pathname: string): boolean {
  return WORKSPACE_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

const PROBE_ORIGIN = "http://portal.invalid";

/**
 * Only paths of this site are followed after sign-in (no open redirect).
 * Browsers drop tabs and newlines and read "\\" as "/", so "/\t/evil.example"
 * would leave the site; "/.//evil.example" normalises to "//evil.example",
 * which a browser reads as another host. So a value is kept only when it is
 * already a plain path of this site, exactly as the URL parser would write
 * it; anything else, and the sign-in page itself, falls back to the
 * workspace home.
 */
export function safeCallbackPath(value: string | null | undefined): string {
  if (!value || !isPlainSitePath(value)) return HOME_AFTER_SIGN_IN;
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return HOME_AFTER_SIGN_IN;
  }
  const normalised = url.pathname + url.search + url.hash;
  if (url.origin !== PROBE_ORIGIN || normalised !== value || !isPlainSitePath(normalised) || url.pathname === SIGN_IN_PATH) {
    return HOME_AFTER_SIGN_IN;
  }
  return normalised;
}

/** One leading slash, then no second slash or backslash, and no control characters. */
function isPlainSitePath(value: string): boolean {
  return value.startsWith("/") && !value.startsWith("//") && !/[\u0000-\u001f\u007f\\]/.test(value);
}

/** An absolute URL of this site (next-auth's redirect callback), reduced to a safe path. */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  if (url.startsWith("/")) return `${baseUrl}${safeCallbackPath(url)}`;
  try {
    const parsed = new URL(url);
    if (parsed.origin === new URL(baseUrl).origin) return `${baseUrl}${safeCallbackPath(parsed.pathname + parsed.search + parsed.hash)}`;
  } catch {
    // not a URL at all
  }
  return `${baseUrl}${HOME_AFTER_SIGN_IN}`;
}

/** next-auth's session cookie names (the __Secure- one over https). */
export const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"] as const;
