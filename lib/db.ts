// The one place that creates a Prisma client. Only lib/data/**, scripts and
// tests import it (ESLint enforces this); pages and actions go through lib/data.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }) });
}

const globalForDb = globalThis as unknown as { danvanDb?: PrismaClient };

/** The server's shared client (one per process; survives dev hot reloads). */
export function getDb(): PrismaClient {
  if (!globalForDb.danvanDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start the portal with `npm start`");
    globalForDb.danvanDb = createPrismaClient(url);
  }
  return globalForDb.danvanDb;
}

export type { PrismaClient };
export { Prisma } from "@/lib/generated/prisma/client";
