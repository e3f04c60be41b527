import { afterAll, beforeAll } from "vitest";
import { syncAccounts } from "@/lib/accounts/repository";
import { forgetAccount } from "@/lib/aws/clients";
import { startEmbeddedSimulator, type EmbeddedSimulator } from "@/lib/simulator/embed";

// For integration tests that call Watchwall the way the launcher sets it up in simulator mode: the embedded
// simulator on a free port, the server's AWS runtime pointed at it through the same environment variables,
// and (with a migrated database, lib/testing/database.ts) the demo organisation registered as accounts.

export interface SimulatorHandle {
  readonly simulator: EmbeddedSimulator;
}

const RUNTIME_VARIABLES = [
  "WATCHWALL_AWS_MODE_RESOLVED",
  "WATCHWALL_SIMULATOR_URL",
  "WATCHWALL_SIMULATOR_ACCESS_KEY_ID",
  "WATCHWALL_SIMULATOR_SECRET_ACCESS_KEY",
] as const;

/** Call at the top of a test file (after withMigratedDatabase() when `registerAccounts` is set). */
export function withSimulator(options: { registerAccounts?: boolean } = {}): SimulatorHandle {
  let started: EmbeddedSimulator | undefined;
  const saved = new Map(RUNTIME_VARIABLES.map((name) => [name, process.env[name]]));
  beforeAll(async () => {
    started = await startEmbeddedSimulator({ host: "127.0.0.1", port: 0 });
    process.env.WATCHWALL_AWS_MODE_RESOLVED = "simulator";
    process.env.WATCHWALL_SIMULATOR_URL = started.url;
    process.env.WATCHWALL_SIMULATOR_ACCESS_KEY_ID = started.baseCredentials.accessKeyId;
    process.env.WATCHWALL_SIMULATOR_SECRET_ACCESS_KEY = started.baseCredentials.secretAccessKey;
    if (options.registerAccounts) await syncAccounts("simulator", started.accounts);
  });
  afterAll(async () => {
    for (const account of started?.accounts ?? []) forgetAccount(account.accountId);
    await started?.close();
    for (const [name, value] of saved) {
      if (value === undefined) Reflect.deleteProperty(process.env, name);
      else process.env[name] = value;
    }
  });
  return {
    get simulator() {
      if (!started) throw new Error("withSimulator(): the simulator starts in beforeAll");
      return started;
    },
  };
}
