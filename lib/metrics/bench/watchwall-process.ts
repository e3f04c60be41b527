import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import { stopLeftoverServer } from "@/lib/db/embedded-postgres";
import { dataDirTemplate, isBenchDataDir } from "./data-dir";
import { BENCH_ADMIN } from "./session";

// A throwaway Watchwall for the benchmark: the real launcher (lib/server/main.ts, via launcher-guard.ts) on
// free loopback ports with its own data folder, embedded PostgreSQL and AWS simulator. stop() always runs, also
// after a failure; should this process die first, the guard stops the launcher.

const HOST = "127.0.0.1";
/** [I] Long enough for the launcher to build the production bundle on a slow machine. */
const START_TIMEOUT_MS = 20 * 60_000;
const STOP_TIMEOUT_MS = 30_000;
const HEALTH_POLL_MS = 500;
const KEPT_OUTPUT_LINES = 80;
const GUARD = "lib/metrics/bench/launcher-guard.ts";

export interface RunningWatchwall {
  url: string;
  simulatorUrl: string;
  startupMs: number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function healthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

export async function startWatchwall(options: {
  root: string;
  skipBuild: boolean;
  verbose: boolean;
  /** Watchwall on this port, PostgreSQL on the next, the simulator on the one after (absent: free ports). */
  port?: number;
}): Promise<RunningWatchwall> {
  const base = options.port;
  const [port, pgPort, simulatorPort] =
    base === undefined ? [await freePort(), await freePort(), await freePort()] : [base, base + 1, base + 2];
  const dataDir = fs.mkdtempSync(dataDirTemplate());
  const url = `http://${HOST}:${port}`;
  const output: string[] = [];
  const started = performance.now();
  // Node with tsx's loader rather than the tsx CLI: the CLI kills a child that is slow to acknowledge a
  // relayed signal, which would skip the launcher's graceful shutdown on a busy machine.
  const child = spawn(process.execPath, ["--import", "tsx", GUARD], {
    cwd: options.root,
    // Its own process group, so a launcher that ignores SIGTERM can still be stopped with its children.
    detached: true,
    // stdin stays open for the guard: it closes when this process ends, however it ends.
    stdio: ["pipe", "pipe", "pipe"],
    env: {
      ...process.env,
      PORT: String(port),
      HOST,
      WATCHWALL_DATA_DIR: dataDir,
      WATCHWALL_PG_PORT: String(pgPort),
      SIMULATOR_HOST: HOST,
      SIMULATOR_PORT: String(simulatorPort),
      WATCHWALL_AWS_MODE: "simulator",
      WATCHWALL_ADMIN_EMAIL: BENCH_ADMIN.email,
      WATCHWALL_ADMIN_PASSWORD: BENCH_ADMIN.password,
      NEXT_TELEMETRY_DISABLED: "1",
      ...(options.skipBuild ? { WATCHWALL_SKIP_BUILD: "1" } : {}),
    },
  });
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) {
      output.push(line);
      if (output.length > KEPT_OUTPUT_LINES) output.shift();
      if (options.verbose) console.log(`  | ${line}`);
    }
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const done = await Promise.race([
          exited(child).then(() => true),
          sleep(STOP_TIMEOUT_MS).then(() => false),
        ]);
        if (!done && child.pid !== undefined) {
          try {
            process.kill(-child.pid, "SIGKILL");
          } catch {
            // Already gone.
          }
          await exited(child);
        }
      }
      await stopLeftoverServer(dataDir).catch(() => undefined);
      if (isBenchDataDir(dataDir)) fs.rmSync(dataDir, { recursive: true, force: true });
    })();
    return stopping;
  };

  try {
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (!(await healthy(url))) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`Watchwall exited while starting:\n${output.join("\n")}`);
      }
      if (Date.now() > deadline) throw new Error(`Watchwall did not become healthy:\n${output.join("\n")}`);
      await sleep(HEALTH_POLL_MS);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    simulatorUrl: `http://${HOST}:${simulatorPort}`,
    startupMs: performance.now() - started,
    stop,
  };
}
