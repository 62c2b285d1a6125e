import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("./", import.meta.url));
const resolve = {
  alias: [
    { find: /^@\//, replacement: root },
    // `server-only` throws outside Next's server bundle; tests are server code.
    { find: "server-only", replacement: `${root}tests/support/empty-module.ts` },
  ],
};

// A throwaway database per run (tests/integration/global-setup.ts), shared:
// files run one after another.
const withDatabase = {
  environment: "node" as const,
  globalSetup: ["tests/integration/global-setup.ts"],
  setupFiles: ["tests/integration/setup-env.ts"],
  fileParallelism: false,
  testTimeout: 30_000,
  hookTimeout: 120_000,
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: { name: "unit", include: ["tests/unit/**/*.test.{ts,tsx}"], environment: "node" },
      },
      {
        resolve,
        test: { name: "integration", include: ["tests/integration/**/*.test.ts"], ...withDatabase, execArgv: ["--expose-gc"] },
      },
      {
        // Timing measurements: run by `npm run test:bench`, never by `npm test`.
        resolve,
        test: { name: "bench", include: ["tests/bench/**/*.test.ts"], ...withDatabase },
      },
    ],
  },
});
