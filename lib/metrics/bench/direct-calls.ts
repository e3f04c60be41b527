import type { AccountTarget } from "@/lib/aws/account-config";
import { createMetricDataSource } from "@/lib/aws/metric-data";
import type { AwsRuntime } from "@/lib/aws/runtime";
import type { MetricWidget } from "@/lib/dashboards/model";
import type { Call } from "@/lib/metrics/batch";
import type { MetricDataSource } from "@/lib/metrics/types";
import { DEMO_ACCOUNTS, DEMO_ROLE_NAME, SHARED_SERVICES_ACCOUNT_ID } from "@/lib/simulator/accounts";
import { plannedCalls } from "./expected-calls";
import { viewPanels } from "./view-panels";

// The simulator's share of a refresh. The embedded simulator exposes no request timings, so the benchmark
// sends the very GetMetricData calls the server would send for a range (same planner, same packing, same SDK
// data source, same AssumeRole identities) straight to the simulator and times them. Server time minus this
// time is what Watchwall adds on top of AWS.

/** [I] Mirrors the pipeline's concurrent calls per account and Region (DEFAULT_CONCURRENCY in pipeline.ts). */
export const CALLS_IN_FLIGHT_PER_SCOPE = 4;

/** The demo organisation as the launcher registers it (lib/simulator/embed.ts): roles assumed from a base user. */
function demoRuntime(simulatorUrl: string): AwsRuntime {
  const base = DEMO_ACCOUNTS.find((a) => a.id === SHARED_SERVICES_ACCOUNT_ID) ?? DEMO_ACCOUNTS[0];
  if (!base) throw new Error("the simulator has no demo accounts");
  return {
    mode: "simulator",
    endpoint: simulatorUrl,
    baseCredentials: { accessKeyId: base.accessKeyId, secretAccessKey: base.secretAccessKey },
  };
}

function demoTarget(accountId: string): AccountTarget | undefined {
  const account = DEMO_ACCOUNTS.find((a) => a.id === accountId);
  if (!account) return undefined;
  const role = account.roles.find((r) => r.name === DEMO_ROLE_NAME);
  return {
    id: `bench-${account.id}`,
    name: account.name,
    accountId: account.id,
    credentialType: "assumeRole",
    roleArn: role?.arn ?? `arn:aws:iam::${account.id}:role/${DEMO_ROLE_NAME}`,
    externalId: role?.externalId,
    sessionName: "watchwall-bench",
    regions: [...account.regions],
  };
}

async function runScope(calls: readonly Call[], source: MetricDataSource): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < calls.length) {
      const call = calls[next++];
      const first = call?.units[0];
      if (!call || !first) continue;
      await source(first.scope, {
        start: first.window.start,
        end: first.window.end,
        queries: call.units.flatMap((u) => u.queries),
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(CALLS_IN_FLIGHT_PER_SCOPE, calls.length) }, worker));
}

export interface DirectTiming {
  ms: number;
  calls: number;
  queries: number;
}

export function createDirectReplay(
  simulatorUrl: string,
  widgets: readonly MetricWidget[],
  widths: Readonly<Record<string, number>>,
) {
  // The SDK's notice about future Node.js requirements concerns upgrades, not this run; it would only split
  // the benchmark's tables.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const source = createMetricDataSource(async (id) => demoTarget(id), demoRuntime(simulatorUrl));
  return async (range: { start: number; end: number }): Promise<DirectTiming> => {
    const now = Date.now();
    const calls = plannedCalls(viewPanels(widgets, range, now, widths), { ...range, now });
    const byScope = new Map<string, Call[]>();
    for (const call of calls) {
      const scope = call.groupKey.split("|").slice(0, 2).join("|");
      byScope.set(scope, [...(byScope.get(scope) ?? []), call]);
    }
    const started = performance.now();
    await Promise.all([...byScope.values()].map((scoped) => runScope(scoped, source)));
    return {
      ms: performance.now() - started,
      calls: calls.length,
      queries: calls.reduce((n, c) => n + c.queryCount, 0),
    };
  };
}
