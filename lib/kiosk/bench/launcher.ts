import { spawn, type ChildProcess } from "node:child_process";
import { stopLeftoverServer } from "@/lib/db/embedded-postgres";

// A Watchwall launcher (lib/server/main.ts through the bench guard, so it never outlives us) on fixed ports with
// its own data folder, that can be stopped and started again on the same ports and data — a server restart,
// as a wall display sees it. Used by the soak benchmark and the reconnection journey.

const GUARD = "lib/metrics/bench/launcher-guard.ts";
const START_TIMEOUT_MS = 10 * 60_000;
const STOP_TIMEOUT_MS = 30_000;

export interface LauncherOptions {
  root: string;
  /** App port; PostgreSQL and the simulator use port + 1 and port + 2. */
  port: number;
  dataDir: string;
  env?: Record<string, string>;
  verbose?: boolean;
}

export interface Launcher {
  url: string;
  simulatorUrl: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  output(): string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) })).status === 200;
  } catch {
    return false;
  }
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

export function launcher(options: LauncherOptions): Launcher {
  const host = "127.0.0.1";
  const url = `http://${host}:${options.port}`;
  let child: ChildProcess | undefined;
  const lines: string[] = [];

  return {
    url,
    simulatorUrl: `http://${host}:${options.port + 2}`,
    output: () => lines.join("\n"),
    async start() {
      const started = spawn(process.execPath, ["--import", "tsx", GUARD], {
        cwd: options.root,
        detached: true,
        stdio: ["pipe", "pipe", "pipe"],
        env: {
          ...process.env,
          PORT: String(options.port),
          HOST: host,
          WATCHWALL_DATA_DIR: options.dataDir,
          WATCHWALL_PG_PORT: String(options.port + 1),
          SIMULATOR_HOST: host,
          SIMULATOR_PORT: String(options.port + 2),
          WATCHWALL_AWS_MODE: "simulator",
          WATCHWALL_SKIP_BUILD: "1",
          NEXT_TELEMETRY_DISABLED: "1",
          ...options.env,
        },
      });
      child = started;
      const keep = (chunk: Buffer) => {
        for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) {
          lines.push(line);
          if (lines.length > 200) lines.shift();
          if (options.verbose) console.log(`  | ${line}`);
        }
      };
      started.stdout?.on("data", keep);
      started.stderr?.on("data", keep);
      const deadline = Date.now() + START_TIMEOUT_MS;
      while (!(await healthy(url))) {
        if (started.exitCode !== null || started.signalCode !== null)
          throw new Error(`Watchwall exited while starting:\n${lines.slice(-40).join("\n")}`);
        if (Date.now() > deadline)
          throw new Error(`Watchwall did not start:\n${lines.slice(-40).join("\n")}`);
        await sleep(300);
      }
    },
    async stop() {
      const running = child;
      child = undefined;
      if (running && running.exitCode === null && running.signalCode === null) {
        running.kill("SIGTERM");
        const done = await Promise.race([
          exited(running).then(() => true),
          sleep(STOP_TIMEOUT_MS).then(() => false),
        ]);
        if (!done && running.pid !== undefined) {
          try {
            process.kill(-running.pid, "SIGKILL");
          } catch {
            // Already gone.
          }
          await exited(running);
        }
      }
      await stopLeftoverServer(options.dataDir).catch(() => undefined);
    },
  };
}
