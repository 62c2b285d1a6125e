// npm run bench:public — requests per second of an article page against the
// sign-in page (a simple dynamic page of the same server), side by side on
// the production build with the demo data: 20 connections, the two pages in
// alternating rounds so both see the same machine. Prints both rates, their
// latencies and the ratio; the target is an article at ≥ 0.8 × sign-in.
// Quote the ratio, not the rates: machines here are shared and noisy.
import { spawn } from "node:child_process";
import { Agent, request } from "node:http";
import { performance } from "node:perf_hooks";

const PORT = Number(process.env.BENCH_PORT ?? 3500);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 5_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const base = `http://localhost:${PORT}`;
const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });

function get(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { agent, headers: { "accept-encoding": "gzip" } }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end();
  });
}

type Round = { requests: number; errors: number; latencies: number[]; ms: number };

/** CONNECTIONS clients asking for `path` back to back for `ms`. */
async function load(path: string, ms: number): Promise<Round> {
  const latencies: number[] = [];
  let errors = 0;
  const start = performance.now();
  const until = start + ms;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        const status = await get(path).catch(() => 0);
        if (status !== 200) errors++;
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { requests: latencies.length, errors, latencies, ms: performance.now() - start };
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))] ?? 0;

async function waitForServer() {
  for (let i = 0; i < 600; i++) {
    if ((await get("/dang-nhap").catch(() => 0)) === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error("the server did not start");
}

async function articlePath(): Promise<string> {
  const html = await new Promise<string>((resolve, reject) => {
    request(`${base}/tin-tuc`, { agent }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve(text));
    })
      .on("error", reject)
      .end();
  });
  const found = /href="(\/tin-tuc\/[a-z0-9-]+)"/.exec(html);
  if (!found) throw new Error("no article on /tin-tuc");
  return found[1]!;
}

// The e2e server: a fresh seeded database and the production build.
const server = spawn(process.execPath, ["--import", "tsx", "tests/e2e/serve.ts"], { env: { ...process.env, E2E_PORT: String(PORT) }, stdio: ["ignore", "ignore", "inherit"] });
try {
  await waitForServer();
  const article = await articlePath();
  const pages = { "sign-in (/dang-nhap)": "/dang-nhap", [`article (${article})`]: article };
  for (const path of Object.values(pages)) await load(path, 2_000); // warm up
  const totals = new Map<string, Round>(Object.keys(pages).map((name) => [name, { requests: 0, errors: 0, latencies: [], ms: 0 }]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, path] of Object.entries(pages)) {
      const r = await load(path, ROUND_MS);
      const total = totals.get(name)!;
      total.requests += r.requests;
      total.errors += r.errors;
      total.latencies.push(...r.latencies);
      total.ms += r.ms;
    }
  }
  const rate = (r: Round) => (r.requests * 1000) / r.ms;
  console.log(`\n${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${ROUND_MS / 1000} s per page\n`);
  console.log("page".padEnd(60), "req/s".padStart(8), "p50 ms".padStart(8), "p99 ms".padStart(8), "errors".padStart(7));
  for (const [name, r] of totals) {
    console.log(name.padEnd(60), rate(r).toFixed(1).padStart(8), percentile(r.latencies, 50).toFixed(0).padStart(8), percentile(r.latencies, 99).toFixed(0).padStart(8), String(r.errors).padStart(7));
  }
  const [signIn, articleRound] = [...totals.values()];
  const ratio = rate(articleRound!) / rate(signIn!);
  console.log(`\narticle / sign-in: ${ratio.toFixed(2)} (target ≥ 0.80)`);
  process.exitCode = ratio >= 0.8 && articleRound!.errors === 0 && signIn!.errors === 0 ? 0 : 1;
} finally {
  server.kill("SIGTERM");
  agent.destroy();
}
