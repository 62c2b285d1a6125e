// Runs `prisma generate` offline. The CLI insists on a native schema engine
// it would download; generation does not use it, so we hand it a stand-in
// that only answers `--version`.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const cli = join(process.cwd(), "node_modules", "prisma", "build", "index.js");
if (!existsSync(cli)) {
  console.log("prisma CLI not installed (production install?): skipping client generation");
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), "prisma-engine-"));
const stub = join(dir, "schema-engine");
writeFileSync(stub, "#!/bin/sh\necho 'schema-engine-cli 0.0.0 (offline stand-in)'\n");
chmodSync(stub, 0o755);

const result = spawnSync(process.execPath, [cli, "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: stub,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
    PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING: "1",
  },
});
process.exit(result.status ?? 1);
