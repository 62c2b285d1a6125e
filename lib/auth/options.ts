import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate, recordSignOut } from "@/lib/data/sign-in";
import { loadActiveViewer } from "@/lib/data/users";
import { signInSchema } from "@/lib/validation/user";
import { clientIp } from "./client-ip";
import { safeRedirectUrl } from "./routes";
import { liveSessionClaims, SESSION_MAX_AGE_SECONDS, SessionEndedError, sessionEndsAt } from "./session-lifetime";

export { SESSION_MAX_AGE_SECONDS } from "./session-lifetime";

/** Error codes the sign-in form turns into messages (lib/i18n: signIn.errors). */
export type SignInError = "invalid" | "throttled";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  // next-auth's own default for the token is 30 days: the token ends with the session.
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/dang-nhap", error: "/dang-nhap" },
  providers: [
    CredentialsProvider({
      name: "email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) throw new Error("invalid" satisfies SignInError);
        const outcome = await authenticate({ ...parsed.data, ip: clientIp(req?.headers ?? {}) });
        if (!outcome.ok) throw new Error(outcome.reason satisfies SignInError);
        const { viewer } = outcome;
        return {
          id: viewer.id,
          email: viewer.email,
          name: viewer.name,
          role: viewer.role,
          committeeId: viewer.committeeId,
          epoch: outcome.sessionEpoch,
          sessionId: outcome.sessionId,
        };
      },
    }),
  ],
  callbacks: {
    // Every next-auth endpoint and every page (getServerSession) passes the
    // token through here, so this is the one place a session is checked: its
    // absolute lifetime from sign-in, then in the database whether it was
    // signed out, the account disabled, or its password or role changed
    // since. A dead session throws: next-auth then answers without a user and
    // clears the cookie instead of renewing it.
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.committeeId = user.committeeId ?? null;
        token.epoch = user.epoch;
        token.sid = user.sessionId;
        token.authTime = Math.floor(Date.now() / 1000);
        return token;
      }
      const claims = liveSessionClaims(token);
      const viewer = claims ? await loadActiveViewer(claims.uid, claims.epoch, claims.sid) : null;
      if (!viewer) throw new SessionEndedError();
      // Role, committee and name as they are now, not as they were at sign-in.
      token.role = viewer.role;
      token.committeeId = viewer.committeeId;
      token.committeeLevel = viewer.committeeLevel ?? null;
      token.mustChangePassword = viewer.mustChangePassword;
      token.name = viewer.name;
      token.email = viewer.email;
      return token;
    },
    async session({ session, token }) {
      session.user = {
        id: String(token.uid ?? ""),
        epoch: Number(token.epoch ?? 0),
        sessionId: token.sid ?? null,
        name: token.name ?? "",
        email: token.email ?? "",
        role: token.role ?? null,
        committeeId: token.committeeId ?? null,
        committeeLevel: token.committeeLevel ?? null,
        mustChangePassword: token.mustChangePassword ?? false,
      };
      return session;
    },
    // Only paths of this site, whatever callbackUrl a request carries.
    redirect({ url, baseUrl }) {
      return safeRedirectUrl(url, baseUrl);
    },
  },
  events: {
    async signOut({ token }) {
      if (!token?.uid || !token.email) return;
      // The revocation is kept until the session could have ended anyway.
      const authTime = typeof token.authTime === "number" ? token.authTime : Math.floor(Date.now() / 1000);
      await recordSignOut({ userId: String(token.uid), email: token.email, sessionId: token.sid ?? null, expiresAt: sessionEndsAt(authTime) });
    },
  },
  logger: {
    // A dead session is an expected answer, not a server error.
    error(code, metadata) {
      const error = metadata instanceof Error ? metadata : (metadata as { error?: unknown } | undefined)?.error;
      if (error instanceof SessionEndedError) return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
    warn(code) {
      console.warn(`[next-auth][warn][${code}]`);
    },
    debug() {},
  },
};
