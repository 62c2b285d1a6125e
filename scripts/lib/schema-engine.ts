// Prisma's schema engine compiled to WebAssembly: computes migration SQL
// offline (the native engine of the CLI would have to be downloaded).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

type SchemaFile = { path: string; content: string };
export type DiffSource = { tag: "empty" } | { tag: "schemaDatamodel"; files: SchemaFile[] };

type Engine = {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
};

type Bindings = { SchemaEngine: { new: (options: unknown, log: () => void, adapter: unknown) => Promise<Engine> } };
let bindings: Promise<Bindings> | undefined;

// The wasm module is instantiated once per process; engines share it.
async function loadBindings(): Promise<Bindings> {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const bg = await import(pathToFileURL(join(dir, "schema_engine_bg.js")).href);
  const bytes = readFileSync(join(dir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return bg as Bindings;
}

async function loadEngine(databaseUrl: string): Promise<Engine> {
  bindings ??= loadBindings();
  const bg = await bindings;
  // A diff between two schema files reads no tables, but the engine connects
  // at start, so it gets a live server.
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: databaseUrl }));
  return bg.SchemaEngine.new({ datamodels: undefined }, () => {}, adapter);
}

const engines = new Map<string, Promise<Engine>>();

/** SQL that turns the `from` schema into the `to` schema ("" when they agree). */
export async function diffSql(databaseUrl: string, from: DiffSource, to: DiffSource): Promise<string> {
  let engine = engines.get(databaseUrl);
  if (!engine) engines.set(databaseUrl, (engine = loadEngine(databaseUrl)));
  const result = await (await engine).diff({
    from,
    to,
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  const sql = result.stdout ?? "";
  return /^\s*(-- This is an empty migration\.)?\s*$/.test(sql) ? "" : sql;
}

export function schemaFile(path: string, content: string): DiffSource {
  return { tag: "schemaDatamodel", files: [{ path, content }] };
}
