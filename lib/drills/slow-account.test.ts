import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as queryMetrics } from "@/app/api/metrics/query/route";
import { syncAccounts } from "@/lib/accounts/repository";
import { scopeGroups } from "@/lib/client/metrics";
import type { MetricWidget } from "@/lib/dashboards/model";
import { benchWidgets } from "@/lib/metrics/bench/bench-dashboard";
import { startEmbeddedSimulator, type EmbeddedSimulator } from "@/lib/simulator/embed";
import { withMigratedDatabase } from "@/lib/testing/database";

// Drill: 5 s of latency on every call to one account. The browser asks for each account/Region group of
// widgets separately (lib/client/metrics.ts), through the real route handler, pipeline, SDK and simulator:
// the widgets of the other accounts arrive as fast as without the fault; only the slow account's wait.

withMigratedDatabase();

const SLOW_ACCOUNT = "222222222222";
const LATENCY_MS = 5_000;
let simulator: EmbeddedSimulator;

beforeAll(async () => {
  simulator = await startEmbeddedSimulator({ host: "127.0.0.1", port: 0 });
  process.env.WATCHWALL_AWS_MODE_RESOLVED = "simulator";
  process.env.WATCHWALL_SIMULATOR_URL = simulator.url;
  process.env.WATCHWALL_SIMULATOR_ACCESS_KEY_ID = simulator.baseCredentials.accessKeyId;
  process.env.WATCHWALL_SIMULATOR_SECRET_ACCESS_KEY = simulator.baseCredentials.secretAccessKey;
  await syncAccounts("simulator", simulator.accounts);
});
afterAll(async () => {
  const { closeCluster } = await import("@/lib/cluster/cluster");
  await closeCluster();
  await simulator.close();
});

const widgets = benchWidgets();
let nextEnd = Math.floor((Date.now() - 3_600_000) / 600_000) * 600_000;
/** A range no cache has seen. */
function freshRange() {
  nextEnd -= 600_000;
  return { type: "absolute" as const, start: nextEnd - 3 * 3_600_000, end: nextEnd };
}

async function request(group: MetricWidget[], range: ReturnType<typeof freshRange>) {
  const started = performance.now();
  const response = await queryMetrics(
    new Request("http://localhost/api/metrics/query", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ range, widgets: group, widths: {} }),
    }),
  );
  const body = (await response.json()) as { panels: Array<{ errors: unknown[] }> };
  expect(response.status).toBe(200);
  expect(body.panels.every((p) => p.errors.length === 0)).toBe(true);
  return performance.now() - started;
}

/** Arrival time of each group's widgets, all groups asked at once as the browser does. */
async function loadByGroups() {
  const range = freshRange();
  const groups = scopeGroups(widgets) as MetricWidget[][];
  const times = await Promise.all(groups.map((g) => request(g, range)));
  const slow = (g: MetricWidget[]) => g.some((w) => w.accountId === SLOW_ACCOUNT);
  const fast = groups.flatMap((g, i) => (slow(g) ? [] : [times[i] ?? 0]));
  const delayed = groups.flatMap((g, i) => (slow(g) ? [times[i] ?? 0] : []));
  return { fast: Math.max(...fast), delayed: Math.max(0, ...delayed), groups: groups.length };
}

describe("drill: one slow account", () => {
  it(`${LATENCY_MS} ms latency on ${SLOW_ACCOUNT}: the other widgets arrive as fast as without it`, async () => {
    await request(widgets, freshRange()); // warm-up: credentials, connections, code
    const baseline = await loadByGroups();
    await fetch(`${simulator.url}/_simulator/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([{ account: SLOW_ACCOUNT, operation: "GetMetricData", latencyMs: LATENCY_MS }]),
    });
    const faulted = await loadByGroups();
    const whole = await request(widgets, freshRange());
    await fetch(`${simulator.url}/_simulator/faults`, { method: "DELETE" });
    console.log(
      `${faulted.groups} requests per view; other accounts' widgets: ${Math.round(baseline.fast)} ms without the fault, ` +
        `${Math.round(faulted.fast)} ms with it; ${SLOW_ACCOUNT}'s widgets ${Math.round(faulted.delayed)} ms; ` +
        `one request for the whole dashboard: ${Math.round(whole)} ms`,
    );
    expect(faulted.delayed).toBeGreaterThanOrEqual(LATENCY_MS);
    expect(faulted.fast).toBeLessThan(LATENCY_MS / 2);
    expect(whole).toBeGreaterThanOrEqual(LATENCY_MS);
  }, 60_000);
});
