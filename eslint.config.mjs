import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Only lib/db.ts creates a Prisma client, and only the data layer (plus
// scripts, tests and the seed) may import it or the generated client:
// pages, components and actions go through lib/data.
const databaseImports = {
  patterns: [
    {
      group: ["@/lib/db", "**/lib/db", "**/lib/db.ts"],
      message: "Import data through lib/data/** instead of the Prisma client.",
    },
    {
      // The enums module is plain constants (no client): the rules that list
      // roles or kinds (lib/validation) take them from there.
      regex: "(^|/)lib/generated/prisma(/(?!enums$).*)?$",
      message: "Only lib/data/** may use the generated Prisma client; export the types you need from there.",
    },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}"],
    rules: {
      "no-restricted-imports": ["error", databaseImports],
    },
  },
  {
    files: ["lib/db.ts", "lib/data/**", "scripts/**", "tests/**", "prisma/**"],
    rules: {
      "no-restricted-imports": "off",
    },
  },
  globalIgnores([".next/**", "out/**", "build/**", "next-env.d.ts", "lib/generated/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**"]),
]);
