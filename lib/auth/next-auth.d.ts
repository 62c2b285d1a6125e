import "next-auth";
import "next-auth/jwt";
import type { CommitteeLevel, Role } from "./policy";

declare module "next-auth" {
  interface User {
    epoch?: number;
    sessionId?: string;
    role?: Role;
    committeeId?: string | null;
  }
  interface Session {
    user: {
      id: string;
      epoch: number;
      sessionId: string | null;
      name: string;
      email: string;
      role: Role | null;
      committeeId: string | null;
      committeeLevel: CommitteeLevel | null;
      mustChangePassword: boolean;
    };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    committeeId?: string | null;
    committeeLevel?: CommitteeLevel | null;
    /** The password was reset: the user chooses a new one before anything else. */
    mustChangePassword?: boolean;
    epoch?: number;
    sid?: string;
    /** When the session signed in (seconds): it ends SESSION_MAX_AGE_SECONDS later. */
    authTime?: number;
  }
}
