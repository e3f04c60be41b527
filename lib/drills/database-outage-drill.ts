// Drill: `npx tsx lib/drills/database-outage-drill.ts [--port 4805 --pg-port 4806 --simulator-port 4807]
//   [--outage-ms 8000]` — needs a production build (`npm run build` or one `npm start`).
// A real Watchwall (the launcher, with WATCHWALL_SKIP_BUILD=1) on a PostgreSQL this script starts, under load
// (dashboard saves with retry on 409, metric queries, health polls). Its PostgreSQL is killed (SIGKILL of the
// postmaster) and restarted. Prints: what /api/health reported during the outage, how the other requests
// failed (status counts, slowest answer: no hang), how long the app took to recover without a restart, and
// whether any save was half-applied (a dashboard version without its history row, or a duplicate).

import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { startEmbeddedSimulator } from "@/lib/simulator/embed";
import { benchWidgets } from "@/lib/metrics/bench/bench-dashboard";
import { createEmptyDocument } from "@/lib/dashboards/model/new-document";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "4805" },
    "pg-port": { type: "string", default: "4806" },
    "simulator-port": { type: "string", default: "4807" },
    "outage-ms": { type: "string", default: "8000" },
  },
});
const PORT = Number(values.port);
const PG_PORT = Number(values["pg-port"]);
const OUTAGE_MS = Number(values["outage-ms"]);
const URL = `http://127.0.0.1:${PORT}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "watchwall-outage-"));
let database: EmbeddedPostgres | undefined = await startEmbeddedPostgres({ dataDir, port: PG_PORT });
const simulator = await startEmbeddedSimulator({ host: "127.0.0.1", port: Number(values["simulator-port"]) });
const app = spawn(process.execPath, ["--import", "tsx", "lib/server/main.ts"], {
  env: {
    ...process.env,
    PORT: String(PORT),
    HOST: "127.0.0.1",
    DATABASE_URL: database.url,
    WATCHWALL_SIMULATOR_URL: simulator.url,
    WATCHWALL_SKIP_BUILD: "1",
  },
  stdio: ["ignore", "pipe", "pipe"],
});
const output: string[] = [];
app.stdout.on("data", (d: Buffer) => output.push(d.toString()));
app.stderr.on("data", (d: Buffer) => output.push(d.toString()));
let appExited = false;
app.on("exit", () => (appExited = true));

async function cleanup() {
  if (!appExited) {
    app.kill("SIGTERM");
    await new Promise((resolve) => app.once("exit", resolve));
  }
  await simulator.close();
  await database?.stop().catch(() => undefined);
  fs.rmSync(dataDir, { recursive: true, force: true });
}

try {
  for (let i = 0; ; i++) {
    if (appExited) throw new Error(`the app exited:\n${output.join("")}`);
    const ok = await fetch(`${URL}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (i > 240) throw new Error("the app did not become healthy in 2 minutes");
    await sleep(500);
  }
  const created = await fetch(`${URL}/api/dashboards`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "Outage drill", tags: [], document: createEmptyDocument() }),
  });
  const dashboard = (await created.json()) as { id: string; version: number };

  type Phase = "before" | "outage" | "after";
  let phase = "before" as Phase;
  let stopping = false;
  const tally: Record<Phase, Map<string, number>> = {
    before: new Map(),
    outage: new Map(),
    after: new Map(),
  };
  const slowest: Record<Phase, number> = { before: 0, outage: 0, after: 0 };
  let saves = 0;
  const healthDuringOutage: string[] = [];
  const count = (kind: string, status: number | string, ms: number) => {
    const key = `${kind} ${status}`;
    tally[phase].set(key, (tally[phase].get(key) ?? 0) + 1);
    slowest[phase] = Math.max(slowest[phase], ms);
  };
  const timed = async (kind: string, request: () => Promise<Response>) => {
    const started = performance.now();
    try {
      const response = await request();
      count(kind, response.status, performance.now() - started);
      return response;
    } catch {
      count(kind, "network-error", performance.now() - started);
      return undefined;
    }
  };

  const widgets = benchWidgets().slice(0, 4);
  const workers = [
    (async () => {
      while (!stopping) {
        const current = await timed("GET dashboard", () =>
          fetch(`${URL}/api/dashboards/${dashboard.id}`, { signal: AbortSignal.timeout(30_000) }),
        );
        const body = current?.ok ? ((await current.json()) as { version: number }) : undefined;
        if (!body) {
          await sleep(200);
          continue;
        }
        const saved = await timed("PUT dashboard", () =>
          fetch(`${URL}/api/dashboards/${dashboard.id}`, {
            method: "PUT",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({
              name: "Outage drill",
              tags: [],
              baseVersion: body.version,
              document: createEmptyDocument(),
              message: `save ${saves + 1}`,
            }),
            signal: AbortSignal.timeout(30_000),
          }),
        );
        if (saved?.status === 200) saves++;
      }
    })(),
    (async () => {
      while (!stopping) {
        const end = Date.now() - Math.floor(Math.random() * 86_400_000);
        await timed("POST metrics", () =>
          fetch(`${URL}/api/metrics/query`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ range: { type: "absolute", start: end - 3_600_000, end }, widgets }),
            signal: AbortSignal.timeout(30_000),
          }),
        );
      }
    })(),
  ];
  let outageStarted = 0;
  let healthReportedAt: number | undefined;
  const healthPoller = (async () => {
    while (!stopping) {
      const response = await timed("GET health", () =>
        fetch(`${URL}/api/health`, { signal: AbortSignal.timeout(10_000) }),
      );
      if (phase === "outage" && response) {
        const body = (await response.json().catch(() => ({}))) as {
          database?: { status?: string; error?: string };
        };
        if (body.database?.status === "error") {
          healthReportedAt ??= performance.now() - outageStarted;
          if (healthDuringOutage.length < 1)
            healthDuringOutage.push(`${response.status} ${body.database.error ?? ""}`);
        }
      }
      await sleep(250);
    }
  })();

  await sleep(4_000);
  const postmasterPid = Number(
    fs.readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0],
  );
  phase = "outage";
  outageStarted = performance.now();
  process.kill(postmasterPid, "SIGKILL");
  console.log(`killed PostgreSQL (postmaster ${postmasterPid}) under load`);
  await sleep(OUTAGE_MS);
  const restartAt = performance.now();
  database = await startEmbeddedPostgres({ dataDir, port: PG_PORT });
  const readyAt = performance.now();
  console.log(
    `restarted PostgreSQL after ${Math.round(restartAt - outageStarted)} ms down (${Math.round(readyAt - restartAt)} ms to start and recover)`,
  );
  phase = "after";
  let healthyAfter: number | undefined;
  const savesAtRestart = saves;
  let saveAfter: number | undefined;
  for (let i = 0; i < 240 && (healthyAfter === undefined || saveAfter === undefined); i++) {
    if (healthyAfter === undefined) {
      const ok = await fetch(`${URL}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) healthyAfter = performance.now() - readyAt;
    }
    if (saveAfter === undefined && saves > savesAtRestart) saveAfter = performance.now() - readyAt;
    await sleep(250);
  }
  await sleep(3_000);
  stopping = true;
  await Promise.all([...workers, healthPoller]);

  const check = new pg.Client({ connectionString: database.url });
  await check.connect();
  const halfApplied = await check.query<{ id: string; version: number }>(
    `SELECT d.id, d.version FROM "Dashboard" d
     WHERE NOT EXISTS (SELECT 1 FROM "DashboardVersion" v WHERE v."dashboardId" = d.id AND v.version = d.version)`,
  );
  const duplicates = await check.query(
    `SELECT "dashboardId", version FROM "DashboardVersion" GROUP BY 1, 2 HAVING count(*) > 1`,
  );
  const gaps = await check.query<{ n: string; max: number }>(
    `SELECT count(*) AS n, max(version) AS max FROM "DashboardVersion" WHERE "dashboardId" = $1`,
    [dashboard.id],
  );
  await check.end();

  const fmt = (m: Map<string, number>) => [...m.entries()].map(([k, v]) => `${k}: ${v}`).join(", ");
  console.log(`app process still running (never restarted): ${!appExited}`);
  const unhandled = [
    ...new Set(
      output
        .join("")
        .split("\n")
        .filter((line) => /unhandled error|Error:|error:/i.test(line))
        .map((line) => line.slice(0, 240)),
    ),
  ];
  if (unhandled.length > 0)
    console.log(`errors the app logged (first 5 distinct):\n  ${unhandled.slice(0, 5).join("\n  ")}`);
  console.log(
    `/api/health during the outage: reported the database down after ${healthReportedAt === undefined ? "never" : `${Math.round(healthReportedAt)} ms`} (${healthDuringOutage[0] ?? "-"})`,
  );
  for (const p of ["before", "outage", "after"] as const)
    console.log(`${p}: ${fmt(tally[p])}; slowest answer ${Math.round(slowest[p])} ms`);
  console.log(
    `recovered: /api/health OK ${healthyAfter === undefined ? "never" : `${Math.round(healthyAfter)} ms`} after PostgreSQL was ready again, first save ${saveAfter === undefined ? "never" : `${Math.round(saveAfter)} ms`} after it`,
  );
  console.log(
    `saves applied: ${saves}; history rows ${gaps.rows[0]?.n} for version ${gaps.rows[0]?.max}; half-applied saves: ${halfApplied.rowCount}; duplicated versions: ${duplicates.rowCount}`,
  );
  const ok =
    !appExited &&
    healthReportedAt !== undefined &&
    healthyAfter !== undefined &&
    saveAfter !== undefined &&
    halfApplied.rowCount === 0 &&
    duplicates.rowCount === 0;
  console.log(ok ? "PASS" : "FAIL");
  await cleanup();
  process.exit(ok ? 0 : 1);
} catch (error) {
  console.error(error);
  await cleanup();
  process.exit(1);
}
