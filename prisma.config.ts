import { defineConfig } from "prisma/config";

// Used by the Prisma CLI only (generate; migrate on a connected machine).
// Offline migrations run through scripts/db-migrate.ts instead.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/danvan" },
});
