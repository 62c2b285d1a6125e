import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate, recordSignOut } from "@/lib/data/sign-in";
import { signInSchema } from "@/lib/validation/user";
import { clientIp } from "./client-ip";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60; // one working day

/** Error codes the sign-in form turns into messages (lib/i18n: signIn.errors). */
export type SignInError = "invalid" | "throttled" | "disabled";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
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
    // The token carries the user, role, committee and session epoch. The
    // server still re-reads role and committee on every request
    // (lib/auth/viewer.ts), so a change or a disabled account takes effect at
    // once rather than when the token expires.
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.committeeId = user.committeeId ?? null;
        token.epoch = user.epoch;
        token.sid = user.sessionId;
      }
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
      };
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (!token?.uid || !token.email) return;
      const expiresAt = new Date(typeof token.exp === "number" ? token.exp * 1000 : Date.now() + SESSION_MAX_AGE_SECONDS * 1000);
      await recordSignOut({ userId: String(token.uid), email: token.email, sessionId: token.sid ?? null, expiresAt });
    },
  },
};
