import { accessSync, constants, mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { StartupError } from "./fail";

/** Creates DATA_DIR when missing and checks that we can write there. */
export function prepareDataDir(dataDir: string): string {
  const path = resolve(dataDir);
  try {
    mkdirSync(path, { recursive: true, mode: 0o755 });
    accessSync(path, constants.W_OK);
  } catch (error) {
    throw new StartupError(`Data folder ${path} is not writable (${(error as NodeJS.ErrnoException).code}): fix its permissions or set DATA_DIR.`);
  }
  return path;
}
