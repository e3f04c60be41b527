// Benchmark: `npx tsx lib/metrics/bench/dashboard-bench.ts [--url … --simulator …]` (see README.md here).
// For one dashboard of 20 widgets and 100 metrics: GetMetricData calls and metric queries per refresh with
// one viewer and with 50 concurrent viewers (from the simulator's counters, against ceil(queries / 500) per
// account/Region/period), the server's added latency over the simulator's (p50/p95), and the time until
// every widget has rendered in headless Chromium, cold and warm.

import path from "node:path";
import { fileURLToPath } from "node:url";
import { plotWidths } from "@/lib/client/grid";
import type { DashboardDocument } from "@/lib/dashboards/model";
import { benchDashboardDocument, benchWidgets, BENCH_SCOPES, largeBenchDocument } from "./bench-dashboard";
import { callGroups, plannedCalls, sumOf, totalsByScope } from "./expected-calls";
import { parseOptions, USAGE, type BenchOptions } from "./options";
import {
  measureBrowser,
  measureFirstScreen,
  measureLatency,
  measureViewers,
  type BenchContext,
  type BrowserResult,
  type FirstScreenResult,
} from "./phases";
import { ms, section, table } from "./report";
import { sessionHeaders, signIn } from "./session";
import { simulatorReachable } from "./simulator-stats";
import { machine, printSummary } from "./summary";
import { ColdRanges, refreshView } from "./view-refresh";
import { viewPanels } from "./view-panels";
import { startWatchwall, type RunningWatchwall } from "./watchwall-process";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
/** [I] Plot widths as a 1600 px wide browser window lays the grid out. */
const CONTAINER_WIDTH_PX = 1536;

/** [I] Widgets of the large dashboard whose first screenful is timed (issue #14). */
const LARGE_DASHBOARD_WIDGETS = 500;

async function createDashboard(
  url: string,
  name: string,
  document: DashboardDocument = benchDashboardDocument(name),
): Promise<string> {
  const response = await fetch(`${url}/api/dashboards`, {
    method: "POST",
    headers: { "content-type": "application/json", ...sessionHeaders() },
    body: JSON.stringify({ name, tags: ["benchmark"], document }),
    signal: AbortSignal.timeout(30_000),
  });
  const body: unknown = await response.json();
  const id = typeof body === "object" && body !== null && "id" in body ? body.id : undefined;
  if (response.status !== 201 || typeof id !== "string") {
    throw new Error(
      `POST /api/dashboards answered ${response.status}: ${JSON.stringify(body).slice(0, 500)}`,
    );
  }
  return id;
}

async function deleteDashboard(url: string, id: string): Promise<void> {
  await fetch(`${url}/api/dashboards/${encodeURIComponent(id)}`, {
    method: "DELETE",
    headers: sessionHeaders(),
    signal: AbortSignal.timeout(10_000),
  }).catch(() => undefined);
}

function expectations(ctx: Omit<BenchContext, "expected">) {
  const now = Date.now();
  const range = ctx.ranges.next();
  const panels = viewPanels(ctx.widgets, range, now, ctx.widths);
  const groups = callGroups(panels);
  const planned = plannedCalls(panels, { start: range.start, end: range.end, now });
  const metrics = sumOf(ctx.widgets, (w) => w.metrics.filter((q) => q.kind === "metric").length);
  const queries = sumOf(groups, (g) => g.queries);
  section("Dashboard and target");
  console.log(
    `${ctx.widgets.length} widgets, ${metrics} metric queries + ${queries - metrics} expressions = ${queries} queries, ` +
      `${BENCH_SCOPES.length} account/Region scopes, ${groups.length} (account, Region, period) groups`,
  );
  console.log(
    table([
      ["account", "Region", "period", "queries", "min calls"],
      ...groups.map((g) => [g.accountId, g.region, `${g.period} s`, String(g.queries), String(g.calls)]),
    ]),
  );
  const calls = sumOf(groups, (g) => g.calls);
  console.log(
    `target per refresh: ${calls} calls, ${queries} metric queries; the pipeline plans ${planned.length} calls`,
  );
  return { calls, queries, byScope: totalsByScope(groups) };
}

async function run(options: BenchOptions, started: { instance?: RunningWatchwall }): Promise<boolean> {
  console.log(`machine: ${machine()}`);
  // Built first: a catalogue that cannot fill the dashboard fails before a server is started.
  const widgets = benchWidgets();
  let url: string;
  let simulatorUrl: string;
  if (options.connect) {
    ({ url, simulatorUrl } = options.connect);
  } else {
    console.log(`starting Watchwall${options.skipBuild ? " (WATCHWALL_SKIP_BUILD=1)" : ""}…`);
    started.instance = await startWatchwall({
      root: ROOT,
      skipBuild: options.skipBuild,
      verbose: options.verbose,
      ...(options.port === undefined ? {} : { port: options.port }),
    });
    ({ url, simulatorUrl } = started.instance);
    console.log(`Watchwall ready at ${url} in ${ms(started.instance.startupMs)} (simulator ${simulatorUrl})`);
  }
  if (!(await simulatorReachable(simulatorUrl)))
    throw new Error(`no AWS simulator answers at ${simulatorUrl}`);
  await signIn(url);
  const dashboardId = await createDashboard(url, `Benchmark ${new Date().toISOString()}`);
  let largeId: string | undefined;
  try {
    const base = {
      url,
      simulatorUrl,
      dashboardId,
      widgets,
      widths: plotWidths(widgets, CONTAINER_WIDTH_PX),
      ranges: new ColdRanges(),
    };
    const ctx: BenchContext = { ...base, expected: expectations(base) };
    // The first refresh after a start also loads the route's code and assumes the accounts' roles.
    const first = await refreshView(url, widgets, ctx.ranges.next(), ctx.widths);
    console.log(`first refresh after start (not counted): ${ms(first.ms)}`);
    section("GetMetricData per refresh (cold cache)");
    const viewers = [await measureViewers(ctx, 1), await measureViewers(ctx, options.viewers)];
    section(`Server added latency (${options.iterations} cold refreshes)`);
    const latency = await measureLatency(ctx, options.iterations);
    let browser: BrowserResult | undefined;
    let large: FirstScreenResult | undefined;
    if (options.browserRuns > 0) {
      section(`Headless Chromium: navigation → every widget drawn (${options.browserRuns} cold + warm)`);
      browser = await measureBrowser(ctx, options.browserRuns);
      section(
        `Headless Chromium: ${LARGE_DASHBOARD_WIDGETS}-widget dashboard, navigation → first screenful drawn (${options.browserRuns} cold)`,
      );
      const name = `Benchmark ${LARGE_DASHBOARD_WIDGETS} widgets ${new Date().toISOString()}`;
      largeId = await createDashboard(url, name, largeBenchDocument(name, LARGE_DASHBOARD_WIDGETS));
      large = await measureFirstScreen(ctx, largeId, LARGE_DASHBOARD_WIDGETS, options.browserRuns);
    }
    return printSummary(viewers, latency, browser, large);
  } finally {
    if (options.connect) {
      await deleteDashboard(url, dashboardId);
      if (largeId) await deleteDashboard(url, largeId);
    }
  }
}

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const started: { instance?: RunningWatchwall } = {};
  const interrupt = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: stopping`);
    void (started.instance?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  };
  process.once("SIGINT", interrupt);
  process.once("SIGTERM", interrupt);
  try {
    return (await run(options, started)) ? 0 : 1;
  } catch (error) {
    console.error(
      `benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return 1;
  } finally {
    if (started.instance) {
      console.log("stopping Watchwall…");
      await started.instance.stop();
    }
  }
}

// Exit explicitly: idle keep-alive sockets of the SDK clients would otherwise hold the process open.
process.exit(await main());
