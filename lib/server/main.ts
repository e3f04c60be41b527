import { spawnSync } from "node:child_process";
import http from "node:http";
import path from "node:path";
import next from "next";
import { AccountsFileError, readAccountsFile } from "@/lib/accounts/accounts-file";
import { syncAccounts } from "@/lib/accounts/repository";
import { ConfigError, parseEnv, resolveAwsMode, type Env } from "@/lib/config/env";
import { EmbeddedPostgresError, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { deployMigrations, MigrationError } from "@/lib/db/migrations/migrate";
import { seedDemoDashboards } from "@/lib/demo/seed";
import { closeCluster, cluster } from "@/lib/cluster/cluster";
import { connectToSimulator, SimulatorConfigError, startEmbeddedSimulator } from "@/lib/simulator/embed";
import { buildIsCurrent, recordBuild, sourceStamp } from "./build-stamp";
import { assertDatabaseReachable, assertPortFree, StartupError } from "./preflight";
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
  cluster();
  onShutdown("cluster membership", () => closeCluster());
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
    const seeded = await seedDemoDashboards();
    if (seeded > 0) log(`created ${seeded} demo dashboards`);
  } else {
    await syncAccounts("simulator", []);
    log("using real AWS (credentials found in the environment)");
  }
  if (env.WATCHWALL_ACCOUNTS_FILE) {
    const accounts = readAccountsFile(env.WATCHWALL_ACCOUNTS_FILE);
    await syncAccounts("config", accounts);
    log(`registered ${accounts.length} accounts from ${env.WATCHWALL_ACCOUNTS_FILE}`);
  }

  if (!env.WATCHWALL_SKIP_BUILD) ensureBuild();
  const app = next({ dev, dir: ROOT, hostname: env.HOST, port: env.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(env.PORT, env.HOST, resolve));
  log(
    `ready on http://localhost:${env.PORT} in ${Math.round(performance.now() - started)} ms (AWS: ${mode})`,
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down`);
    // Stop accepting connections first; idle keep-alive sockets would otherwise hold close() open.
    server.close();
    server.closeIdleConnections();
    const force = setTimeout(() => server.closeAllConnections(), 5000);
    force.unref();
    void runShutdownHooks(log).then(() => {
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
