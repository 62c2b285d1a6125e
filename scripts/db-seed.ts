// npm run db:seed: loads the demo data (idempotent: safe to run again).
import { createPrismaClient } from "@/lib/db";
import { seedDemo } from "@/prisma/seed";
import { openDatabase } from "./lib/database";
import { exitOnStartupError } from "./lib/fail";

try {
  const db = await openDatabase();
  try {
    const client = createPrismaClient(db.url);
    try {
      await seedDemo(client, console.log);
    } finally {
      await client.$disconnect();
    }
  } finally {
    await db.stop();
  }
  console.log("✔ demo data loaded");
} catch (error) {
  exitOnStartupError(error);
}
