// npm run db:create-admin -- <email> "<name>": the first administrator of a
// real deployment. Prints a random password once; change it after signing in.
import { randomBytes } from "node:crypto";
import { createPrismaClient } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { email as emailSchema, text } from "@/lib/validation/fields";
import { openDatabase } from "./lib/database";
import { exitOnStartupError, StartupError } from "./lib/fail";
import { migrate } from "./lib/migrations";

try {
  const email = emailSchema.safeParse(process.argv[2] ?? "");
  const name = text(120).safeParse(process.argv[3] ?? "");
  if (!email.success || !name.success) throw new StartupError('Usage: npm run db:create-admin -- <email> "<full name>"');
  const database = await openDatabase({ quiet: true });
  const db = createPrismaClient(database.url);
  try {
    await migrate(database.url);
    if (await db.user.findUnique({ where: { email: email.data }, select: { id: true } })) {
      throw new StartupError(`A user with the email ${email.data} already exists.`);
    }
    const password = randomBytes(15).toString("base64url");
    await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: email.data, name: name.data, role: "ADMIN", committeeId: null, passwordHash: await hashPassword(password) },
        select: { id: true, email: true, name: true, role: true },
      });
      await tx.auditEvent.create({ data: { action: "create", entity: "user", entityId: user.id, after: user, actorEmail: "db:create-admin" } });
    });
    console.log(`✔ Administrator ${email.data} created. Password (shown once): ${password}`);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
} catch (error) {
  exitOnStartupError(error);
}
