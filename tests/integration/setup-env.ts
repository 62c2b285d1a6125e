import { inject } from "vitest";

// lib/db.ts reads DATABASE_URL lazily: point it at this run's database.
process.env.DATABASE_URL = inject("databaseUrl");
