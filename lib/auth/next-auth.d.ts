import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    epoch?: number;
  }
  interface Session {
    user: { id: string; epoch: number; name: string; email: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    epoch?: number;
  }
}
