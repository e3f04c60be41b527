// Standalone simulator (`npm run simulator`). Env: SIMULATOR_HOST, SIMULATOR_PORT, SIMULATOR_FAULTS (JSON
// fault rules, see core/faults.ts), SIMULATOR_QUIET=1 to silence the request log.
import { parseFaultRules, type FaultRule } from "./core/faults";
import { createSimulator, DEFAULT_SIMULATOR_HOST, DEFAULT_SIMULATOR_PORT } from "./server";
import { allServices } from "./services";

function envPort(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === "") return DEFAULT_SIMULATOR_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`SIMULATOR_PORT is not a port: ${raw}`);
  return port;
}

function envFaults(raw: string | undefined): FaultRule[] {
  if (raw === undefined || raw.trim() === "") return [];
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new Error("SIMULATOR_FAULTS is not valid JSON");
  }
  return parseFaultRules(json);
}

async function main(): Promise<void> {
  const now = () => new Date();
  const quiet = process.env.SIMULATOR_QUIET === "1";
  const simulator = await createSimulator({
    host: process.env.SIMULATOR_HOST || DEFAULT_SIMULATOR_HOST,
    port: envPort(process.env.SIMULATOR_PORT),
    faults: envFaults(process.env.SIMULATOR_FAULTS),
    services: allServices({ now }),
    now,
    log: quiet
      ? undefined
      : (e) =>
          console.log(
            `${e.status} ${e.operation ?? `${e.method} ${e.path}`} ${e.durationMs}ms` +
              (e.accountId ? ` ${e.accountId}/${e.region ?? "-"}` : ""),
          ),
  });
  console.log(`AWS simulator listening on ${simulator.url}`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received, closing simulator`);
    simulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
