// URL prefixes of the signed-in workspace. The proxy sends visitors without a
// session to sign in; the real check is requireViewer() and the data layer.
export const WORKSPACE_PREFIXES = ["/bang-dieu-khien", "/co-quan", "/ho-so", "/chi-tieu", "/bao-cao", "/bien-tap", "/quan-tri", "/tai-khoan"] as const;

export const SIGN_IN_PATH = "/dang-nhap";
export const HOME_AFTER_SIGN_IN = "/bang-dieu-khien";

export function isWorkspacePath(pathname: string): boolean {
  return WORKSPACE_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/** Only same-site paths are followed after sign-in (no open redirect). */
export function safeCallbackPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return HOME_AFTER_SIGN_IN;
  return value;
}

/** next-auth's session cookie names (the __Secure- one over https). */
export const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"] as const;
