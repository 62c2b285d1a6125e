import "next-auth";
import "next-auth/jwt";
import type { Role } from "./policy";

declare module "next-auth" {
  interface User {
    epoch?: number;
    role?: Role;
    committeeId?: string | null;
  }
  interface Session {
    user: { id: string; epoch: number; name: string; email: string; role: Role | null; committeeId: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    committeeId?: string | null;
    epoch?: number;
  }
}
