// URL prefixes of the signed-in workspace. The proxy sends visitors without a
// session to sign in; the real check is requireViewer() and the data layer.
export const WORKSPACE_PREFIXES = ["/bang-dieu-khien", "/co-quan", "/ho-so", "/chi-tieu", "/bao-cao", "/bien-tap", "/quan-tri", "/tai-khoan"] as const;

export const SIGN_IN_PATH = "/dang-nhap";
export const HOME_AFTER_SIGN_IN = "/bang-dieu-khien";

export function isWorkspacePath(pathname: string): boolean {
  return WORKSPACE_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

const PROBE_ORIGIN = "http://portal.invalid";

/**
 * Only paths of this site are followed after sign-in (no open redirect).
 * Browsers drop tabs and newlines and read "\\" as "/", so "/\t/evil.example"
 * would leave the site: such values, and anything that resolves to another
 * origin, fall back to the workspace home. So does the sign-in page itself.
 */
export function safeCallbackPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(value)) return HOME_AFTER_SIGN_IN;
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return HOME_AFTER_SIGN_IN;
  }
  if (url.origin !== PROBE_ORIGIN || url.pathname === SIGN_IN_PATH) return HOME_AFTER_SIGN_IN;
  return url.pathname + url.search + url.hash;
}

/** next-auth's session cookie names (the __Secure- one over https). */
export const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"] as const;
