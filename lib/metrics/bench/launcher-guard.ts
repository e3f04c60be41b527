// The benchmark's Watchwall: the real launcher (lib/server/main.ts) run in this process, tied to the life of
// the benchmark that started it. If the benchmark goes away without stopping it (killed, crashed), its end of
// our stdin closes and we stop as on SIGTERM, so no server or PostgreSQL is left behind.

import fs from "node:fs";
import { isBenchDataDir } from "./data-dir";

const STARTUP_GRACE_MS = 10 * 60_000;
const POLL_MS = 250;

// Once the benchmark is gone, writes to its pipes fail; they must not crash the shutdown.
for (const stream of [process.stdout, process.stderr]) stream.on("error", () => undefined);

function stopWhenReady(deadline: number): void {
  // The launcher installs its SIGTERM handler once started; until then SIGTERM would kill us outright.
  if (process.listenerCount("SIGTERM") > 0 || Date.now() > deadline) process.kill(process.pid, "SIGTERM");
  else setTimeout(() => stopWhenReady(deadline), POLL_MS);
}

function orphaned(): void {
  // The benchmark would have removed its throwaway data folder; the launcher exits after stopping PostgreSQL.
  const dataDir = process.env.WATCHWALL_DATA_DIR ?? "";
  if (isBenchDataDir(dataDir)) {
    process.on("exit", () => fs.rmSync(dataDir, { recursive: true, force: true }));
  }
  stopWhenReady(Date.now() + STARTUP_GRACE_MS);
}

process.stdin.once("end", orphaned);
process.stdin.once("error", orphaned);
process.stdin.resume();

await import("@/lib/server/main");
