import { spawnSync } from "node:child_process";
import http from "node:http";
import path from "node:path";
import next from "next";
import { AccountsFileError, readAccountsFile } from "@/lib/accounts/accounts-file";
import { authConfig } from "@/lib/auth/config";
import { createGate } from "@/lib/auth/gate";
import { forgetSessionsOnChange } from "@/lib/auth/session-cache";
import { issueSetupToken } from "@/lib/auth/setup";
import { ensureAdmin } from "@/lib/auth/users";
import { listAccounts, syncAccounts } from "@/lib/accounts/repository";
import { ConfigError, parseEnv, resolveAwsMode, type Env } from "@/lib/config/env";
import { disconnectDatabase } from "@/lib/db/client";
import { EmbeddedPostgresError, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { deployMigrations, MigrationError } from "@/lib/db/migrations/migrate";
import { seedDemoDashboards } from "@/lib/demo-dashboards/seed";
import { startMonitoringPollers } from "./monitoring-pollers";
import { PRODUCTION_ACCOUNT_ID } from "@/lib/simulator/accounts";
import { connectToSimulator, SimulatorConfigError, startEmbeddedSimulator } from "@/lib/simulator/embed";
import { closeCluster, cluster, isLeader } from "@/lib/cluster/cluster";
import { setPushBus } from "@/lib/push/shared";
import { registerPlaylistLookup } from "@/lib/auth/scope";
import { playlistsShowDashboard } from "@/lib/playlists/repository";
import { buildIsCurrent, recordBuild, sourceStamp } from "./build-stamp";
import { assertDatabaseReachable, assertPortFree, StartupError } from "./preflight";
import { markLauncher } from "./launcher-guard";
import { drainable, DRAIN_TIMEOUT_MS } from "./drain";
import { responseCompression } from "./compression";
import { onShutdown, runShutdownHooks } from "./shutdown";

// `npm start`: everything Watchwall needs, in one process — the embedded PostgreSQL (unless DATABASE_URL),
// migrations, the AWS simulator (unless AWS credentials are configured), the production build, the server.

const ROOT = process.cwd();

// A closed stdout/stderr (the terminal or pipe went away) must not crash or spin the server.
for (const stream of [process.stdout, process.stderr]) stream.on("error", () => undefined);
const dev = process.argv.includes("--dev");
const log = (line: string) => console.log(`[watchwall] ${line}`);

async function prepareDatabase(env: Env): Promise<string> {
  let url = env.DATABASE_URL;
  if (!url) {
    const started = performance.now();
    const server = await startEmbeddedPostgres({
      dataDir: env.WATCHWALL_DATA_DIR,
      port: env.WATCHWALL_PG_PORT,
    });
    onShutdown("embedded PostgreSQL", () => server.stop());
    url = server.url;
    log(
      `embedded PostgreSQL ready on port ${env.WATCHWALL_PG_PORT} (${Math.round(performance.now() - started)} ms)`,
    );
  }
  await assertDatabaseReachable(url);
  // Registered after the database server so it runs before it: pools close, then PostgreSQL stops.
  onShutdown("database pool", disconnectDatabase);
  const applied = await deployMigrations(url);
  if (applied.length > 0) log(`applied migrations: ${applied.join(", ")}`);
  return url;
}

async function startOwnSimulator(env: Env) {
  await assertPortFree(env.SIMULATOR_HOST, env.SIMULATOR_PORT, "SIMULATOR_PORT");
  const simulator = await startEmbeddedSimulator({
    host: env.SIMULATOR_HOST,
    port: env.SIMULATOR_PORT,
    faults: env.SIMULATOR_FAULTS,
  });
  onShutdown("AWS simulator", () => simulator.close());
  return simulator;
}

function ensureBuild(): void {
  if (dev || buildIsCurrent(ROOT)) return;
  log("building the production bundle (first start or sources changed)…");
  const stamp = sourceStamp(ROOT);
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "build"],
    {
      cwd: ROOT,
      stdio: "inherit",
      env: { ...process.env },
    },
  );
  if (result.status !== 0) throw new StartupError("the production build failed (see the output above)");
  recordBuild(ROOT, stamp);
}

async function main(): Promise<void> {
  const started = performance.now();
  const env = parseEnv();
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  await assertPortFree(env.HOST, env.PORT, "PORT");
  const mode = resolveAwsMode(env);
  process.env.WATCHWALL_AWS_MODE_RESOLVED = mode;

  process.env.DATABASE_URL = await prepareDatabase(env);
  // Join the replicas on this database: shared AWS fetches, leader election, push fan-out.
  const membership = cluster();
  onShutdown("cluster membership", () => closeCluster());
  // Server push to open screens fans out to every replica through PostgreSQL LISTEN/NOTIFY.
  setPushBus(membership.push);
  // Sessions revoked on another replica are forgotten here at once (lib/auth/session-cache.ts).
  forgetSessionsOnChange();
  if (mode === "simulator") {
    // WATCHWALL_SIMULATOR_URL: a simulator already running (shared by replicas), else our own.
    const simulator = env.WATCHWALL_SIMULATOR_URL
      ? await connectToSimulator(env.WATCHWALL_SIMULATOR_URL)
      : await startOwnSimulator(env);
    process.env.WATCHWALL_SIMULATOR_URL = simulator.url;
    process.env.WATCHWALL_SIMULATOR_ACCESS_KEY_ID = simulator.baseCredentials.accessKeyId;
    process.env.WATCHWALL_SIMULATOR_SECRET_ACCESS_KEY = simulator.baseCredentials.secretAccessKey;
    await syncAccounts("simulator", simulator.accounts);
    log(`AWS simulator with ${simulator.accounts.length} demo accounts at ${simulator.url}`);
    // The demo dashboards are the production account's CloudWatch dashboards in the simulator, imported.
    const production = (await listAccounts()).find((a) => a.accountId === PRODUCTION_ACCOUNT_ID);
    if (production) {
      const seeded = await seedDemoDashboards(production);
      if (seeded.created.length > 0) log(`created ${seeded.created.length} demo dashboards`);
      for (const refused of seeded.refused)
        log(`demo dashboard ${refused.name} not imported: ${refused.problem}`);
    }
  } else {
    await syncAccounts("simulator", []);
    log("using real AWS (credentials found in the environment)");
  }
  if (env.WATCHWALL_ACCOUNTS_FILE) {
    const accounts = readAccountsFile(env.WATCHWALL_ACCOUNTS_FILE);
    await syncAccounts("config", accounts);
    log(`registered ${accounts.length} accounts from ${env.WATCHWALL_ACCOUNTS_FILE}`);
  }

  if (env.WATCHWALL_ADMIN_EMAIL && env.WATCHWALL_ADMIN_PASSWORD) {
    const outcome = await ensureAdmin(env.WATCHWALL_ADMIN_EMAIL, env.WATCHWALL_ADMIN_PASSWORD);
    log(`admin ${env.WATCHWALL_ADMIN_EMAIL} ${outcome} from WATCHWALL_ADMIN_EMAIL/WATCHWALL_ADMIN_PASSWORD`);
  }
  // Alarm and Health pollers (one per account/Region, account, organization) fill the snapshots every page
  // reads. Only the leader replica polls (elected through PostgreSQL); the others serve its snapshots.
  const pollers = startMonitoringPollers({
    shouldPoll: async () => isLeader(),
    alarmIntervalSeconds: env.WATCHWALL_ALARM_POLL_SECONDS,
    healthIntervalSeconds: env.WATCHWALL_HEALTH_POLL_SECONDS,
    log,
  });
  onShutdown("alarm and Health pollers", () => pollers.stop());

  if (!env.WATCHWALL_SKIP_BUILD) ensureBuild();
  // Next's register hook (instrumentation.ts) stops any server process without this mark: `next start`.
  markLauncher();
  const app = next({ dev, dir: ROOT, hostname: env.HOST, port: env.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  // A wall screen scoped to playlists may open the dashboards those playlists show (checked by the gate).
  registerPlaylistLookup(playlistsShowDashboard);
  // Every request passes the authentication gate (lib/auth/gate.ts) before Next sees it.
  const gate = createGate({ config: authConfig() });
  // What Next.js answers is compressed here (lib/server/compression.ts), as Next.js itself would.
  const compress = responseCompression();
  const server = http.createServer((req, res) => {
    gate(req, res, (r, s) => {
      compress(r, s);
      return handle(r, s);
    }).catch((error: unknown) => {
      console.error("[watchwall] request failed in the authentication gate:", error);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(env.PORT, env.HOST, resolve));
  const base = (env.WATCHWALL_PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
  log(`ready on ${base} in ${Math.round(performance.now() - started)} ms (AWS: ${mode})`);
  const setupToken = await issueSetupToken();
  if (setupToken) {
    log("no user yet: open this one-time link to create the first admin:");
    log(`    ${base}/setup?token=${setupToken}`);
  }

  const requests = drainable(server);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down (finishing ${requests.inFlight()} running requests)`);
    // Stop accepting, let running requests finish within a bound, and only then close the database and the
    // simulator they use.
    void requests
      .drain()
      .then(({ cutOff }) => {
        if (cutOff > 0)
          log(`${cutOff} requests did not finish within ${DRAIN_TIMEOUT_MS} ms and were cut off`);
        return runShutdownHooks(log);
      })
      .then(() => {
        log("stopped");
        process.exit(0);
      });
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch(async (error: unknown) => {
  const known =
    error instanceof ConfigError ||
    error instanceof StartupError ||
    error instanceof EmbeddedPostgresError ||
    error instanceof MigrationError ||
    error instanceof AccountsFileError ||
    error instanceof SimulatorConfigError;
  console.error(
    `[watchwall] cannot start: ${known ? error.message : error instanceof Error ? error.message : String(error)}`,
  );
  await runShutdownHooks();
  process.exit(1);
});
