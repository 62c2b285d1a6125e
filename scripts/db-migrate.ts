// npm run db:migrate: applies pending migrations offline.
import { openDatabase } from "./lib/database";
import { exitOnStartupError } from "./lib/fail";
import { migrate } from "./lib/migrations";

try {
  const db = await openDatabase();
  try {
    const applied = await migrate(db.url, { log: console.log });
    console.log(applied.length ? `✔ ${applied.length} migration(s) applied` : "✔ database is up to date");
  } finally {
    await db.stop();
  }
} catch (error) {
  exitOnStartupError(error);
}
