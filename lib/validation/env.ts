import { z } from "zod";

// The environment, validated once. Scripts and the server share these rules,
// so a bad value gives the same one-line message everywhere.
const port = (fallback: number) =>
  z.coerce
    .number({ error: "must be a port number" })
    .int("must be a whole number")
    .min(1, "must be between 1 and 65535")
    .max(65535, "must be between 1 and 65535")
    .default(fallback);

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Any PostgreSQL; when absent the scripts start the embedded one under .data/.
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgresql://")
    .optional(),
  PORT: port(3000),
  EMBEDDED_PG_PORT: port(5433),
  DATA_DIR: z.string().min(1).default(".data"),
  // Load the demo data (with its published demo passwords) into an empty
  // DATABASE_URL database too; the embedded database always gets it.
  SEED_DEMO: z.enum(["0", "1"], "must be 0 or 1").default("0"),
  // How many proxies in front append to X-Forwarded-For (a balancer: 1; a CDN
  // and a balancer: 2). The client's address is that many entries from the end.
  TRUSTED_PROXY_HOPS: z.coerce.number({ error: "must be a whole number" }).int("must be a whole number").min(1, "must be at least 1").max(5, "must be at most 5").default(1),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url("must be a URL such as https://danvan.example.vn").optional(),
});
