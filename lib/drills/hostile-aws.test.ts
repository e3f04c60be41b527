import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { AccountTarget } from "@/lib/aws/account-config";
import { createMetricDataSource } from "@/lib/aws/metric-data";
import type { AwsRuntime } from "@/lib/aws/runtime";
import { benchWidgets } from "@/lib/metrics/bench/bench-dashboard";
import { viewPanels } from "@/lib/metrics/bench/view-panels";
import { fetchPanels } from "@/lib/metrics/fetch-panels";
import type { PanelResult } from "@/lib/metrics/types";
import { FAILURE_TTL_MS, UnitStore } from "@/lib/metrics/fetch-unit-store";
import { startEmbeddedSimulator, type EmbeddedSimulator } from "@/lib/simulator/embed";
import { awsRetries } from "@/lib/telemetry/metrics";

// Drills: the 20-widget benchmark dashboard (4 account/Region scopes) refreshed through the real pipeline and
// SDK against the simulator while it injects faults. Prints the figures for the issue note.

let simulator: EmbeddedSimulator;
let runtime: AwsRuntime;
let accounts: AccountTarget[];

beforeAll(async () => {
  simulator = await startEmbeddedSimulator({ host: "127.0.0.1", port: 0 });
  runtime = { mode: "simulator", endpoint: simulator.url, baseCredentials: simulator.baseCredentials };
  accounts = simulator.accounts.map((a, i) => ({ ...a, id: `acct-${i}` }));
});
afterEach(async () => {
  await fetch(`${simulator.url}/_simulator/faults`, { method: "DELETE" });
});
afterAll(async () => {
  await simulator.close();
});

async function faults(rules: unknown[]): Promise<void> {
  const response = await fetch(`${simulator.url}/_simulator/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(rules),
  });
  expect(response.ok).toBe(true);
}

async function gmdStats() {
  const body = (await (await fetch(`${simulator.url}/_simulator/stats`)).json()) as {
    operations: Record<string, { calls: number; throttles?: number; errors?: number }>;
  };
  return body.operations.GetMetricData;
}

async function retriesSoFar(): Promise<number> {
  return (await awsRetries.get()).values.reduce((n, v) => n + v.value, 0);
}

const widgets = benchWidgets();
const widths = Object.fromEntries(widgets.map((w) => [w.id, 700]));
/** A window of the past, so a successful answer stays cached and only failures are fetched again. */
const END = Math.floor((Date.now() - 2 * 3600_000) / 600_000) * 600_000;
const RANGE = { start: END - 3 * 3600_000, end: END };

let sourceCalls = 0;

function refresher() {
  let clock = Date.now();
  const store = new UnitStore(() => clock);
  const aws = createMetricDataSource(async (id) => accounts.find((a) => a.accountId === id), runtime);
  const source: typeof aws = (scope, request) => {
    sourceCalls++;
    return aws(scope, request);
  };
  const panels = viewPanels(widgets, RANGE, clock, widths);
  return {
    async refresh(): Promise<PanelResult[]> {
      const results = await fetchPanels(panels, RANGE, { source, store, now: () => clock });
      // The next refresh comes after a remembered failure has expired (any refresh interval ≥ 10 s).
      clock += FAILURE_TTL_MS + 1_000;
      return results;
    },
  };
}

const complete = (p: PanelResult) => p.errors.length === 0 && p.series.length > 0;

describe("drill: hostile AWS", () => {
  it("30 % throttling on every GetMetricData: every widget renders within 3 refreshes, retries counted", async () => {
    await fetch(`${simulator.url}/_simulator/stats/reset`, { method: "POST" });
    await faults([{ service: "cloudwatch", operation: "GetMetricData", throttle: 0.3 }]);
    const retriesBefore = await retriesSoFar();
    sourceCalls = 0;
    const view = refresher();
    const drawn = new Set<string>();
    const perRefresh: number[] = [];
    for (let refresh = 1; refresh <= 3 && drawn.size < widgets.length; refresh++) {
      for (const panel of await view.refresh()) if (complete(panel)) drawn.add(panel.key);
      perRefresh.push(drawn.size);
    }
    const retries = (await retriesSoFar()) - retriesBefore;
    const stats = await gmdStats();
    console.log(
      `30 % throttling: widgets drawn after refresh 1..${perRefresh.length}: ${perRefresh.join(", ")} of ${widgets.length}; ` +
        `SDK retries ${retries}; simulator: ${stats?.calls} GetMetricData attempts, ${stats?.throttles ?? "?"} throttled`,
    );
    expect(drawn.size).toBe(widgets.length);
    // Every attempt beyond the first of each call is a counted retry.
    expect(retries).toBe((stats?.calls ?? 0) - sourceCalls);
  });

  it("one Region answering 5xx to everything: only its widgets fail, each naming the Region", async () => {
    await faults([{ service: "cloudwatch", region: "eu-west-1", error: 1, errorStatus: 503 }]);
    const results = await refresher().refresh();
    const byRegion = new Map(widgets.map((w) => [w.id, w.region]));
    let failed = 0;
    for (const panel of results) {
      if (byRegion.get(panel.key) === "eu-west-1") {
        failed++;
        expect(panel.series).toEqual([]);
        expect(panel.errors.length).toBeGreaterThan(0);
        for (const error of panel.errors) {
          expect(error.region).toBe("eu-west-1");
          expect(error.failure.retryable).toBe(true);
        }
      } else {
        expect(complete(panel)).toBe(true);
      }
    }
    console.log(
      `eu-west-1 at 100 % 5xx: ${failed} widgets failed (all in eu-west-1, each with its error), ${results.length - failed} drawn`,
    );
    expect(failed).toBeGreaterThan(0);
    expect(failed).toBeLessThan(results.length);
  });
});
