import { DEMO_ACCOUNTS, DEMO_REGIONS, DEMO_ROLE_NAME, SHARED_SERVICES_ACCOUNT_ID } from "./accounts";
import { parseFaultRules } from "./core/faults";
import { createSimulator } from "./server";
import { allServices } from "./services";

// The simulator as Watchwall's embedded default AWS: started in the launcher's process, with the demo
// organisation that the app registers as its accounts and reaches through AssumeRole, like real AWS.

export interface EmbeddedSimulator {
  url: string;
  /** The identity Watchwall's server starts from (a user in the shared-services account). */
  baseCredentials: { accessKeyId: string; secretAccessKey: string };
  /** Accounts to register in Watchwall, reached by assuming their read-only role. */
  accounts: Array<{
    name: string;
    accountId: string;
    credentialType: "assumeRole";
    roleArn: string;
    externalId?: string;
    sessionName: string;
    regions: string[];
  }>;
  close(): Promise<void>;
}

export class SimulatorConfigError extends Error {
  override name = "SimulatorConfigError";
}

function faultsFromEnv(text: string | undefined) {
  if (!text) return [];
  try {
    return parseFaultRules(JSON.parse(text));
  } catch (error) {
    throw new SimulatorConfigError(
      `Invalid environment variable SIMULATOR_FAULTS: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

export async function startEmbeddedSimulator(options: {
  host: string;
  port: number;
  faults?: string;
}): Promise<EmbeddedSimulator> {
  const simulator = await createSimulator({
    host: options.host,
    port: options.port,
    services: allServices({}),
    faults: faultsFromEnv(options.faults),
  });
  return { ...demoWorld(simulator.url), close: () => simulator.close() };
}

/**
 * A simulator started elsewhere (another replica's, or `npm run simulator`): the same demo world, reached
 * at `url`. Fails when nothing answers there. Closing it leaves the simulator running.
 */
export async function connectToSimulator(url: string): Promise<EmbeddedSimulator> {
  const base = url.replace(/\/$/, "");
  try {
    const response = await fetch(`${base}/_simulator/health`, { signal: AbortSignal.timeout(5_000) });
    if (!response.ok) throw new Error(`it answered ${response.status}`);
  } catch (error) {
    throw new SimulatorConfigError(
      `WATCHWALL_SIMULATOR_URL=${url}: no AWS simulator answers there (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  return { ...demoWorld(base), close: async () => undefined };
}

function demoWorld(url: string): Omit<EmbeddedSimulator, "close"> {
  const base = DEMO_ACCOUNTS.find((a) => a.id === SHARED_SERVICES_ACCOUNT_ID) ?? DEMO_ACCOUNTS[0];
  if (!base) throw new SimulatorConfigError("the simulator has no demo accounts");
  return {
    url,
    baseCredentials: { accessKeyId: base.accessKeyId, secretAccessKey: base.secretAccessKey },
    accounts: DEMO_ACCOUNTS.map((account) => {
      const role = account.roles.find((r) => r.name === DEMO_ROLE_NAME);
      return {
        name: account.name,
        accountId: account.id,
        credentialType: "assumeRole" as const,
        roleArn: role?.arn ?? `arn:aws:iam::${account.id}:role/${DEMO_ROLE_NAME}`,
        externalId: role?.externalId,
        sessionName: "watchwall",
        regions: [...DEMO_REGIONS],
      };
    }),
  };
}
