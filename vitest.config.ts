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

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        resolve,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup-env.ts"],
          // One throwaway database per run, shared: files run one after another.
          fileParallelism: false,
          // The export test measures heap growth after a full collection.
          execArgv: ["--expose-gc"],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
