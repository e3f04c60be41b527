import type { MetricWidget } from "@/lib/dashboards/model";
import { encodeViewState, type AbsoluteRange } from "@/lib/time";
import { measureAddedLatency, percentile, type LatencySample } from "./added-latency";
import {
  launchChromium,
  timeDashboardRender,
  timeFirstScreen,
  type FirstScreenTiming,
  type RenderTiming,
} from "./browser-render";
import { createDirectReplay } from "./direct-calls";
import { describeScope, scopeMismatches, type ScopeTotals } from "./expected-calls";
import { check, ms, table, type Check } from "./report";
import { readMetricDataCounts, resetStats, type MetricDataCounts } from "./simulator-stats";
import { readAnswer, receiveView, refreshView, type ColdRanges, type RefreshResult } from "./view-refresh";

// The benchmark's measurements, each against fresh ranges so the shared cache starts cold.

export interface BenchContext {
  url: string;
  simulatorUrl: string;
  dashboardId: string;
  widgets: MetricWidget[];
  widths: Record<string, number>;
  ranges: ColdRanges;
  expected: { calls: number; queries: number; byScope: ScopeTotals[] };
}

export function countChecks(label: string, counts: MetricDataCounts, ctx: BenchContext): Check[] {
  const { expected } = ctx;
  const wrong = scopeMismatches(expected.byScope, counts.byScope);
  return [
    check(
      `${label}: GetMetricData calls`,
      counts.calls === expected.calls,
      `${counts.calls} (target ${expected.calls})`,
    ),
    check(
      `${label}: metric queries`,
      counts.queries === expected.queries,
      `${counts.queries} (target ${expected.queries})`,
    ),
    check(
      `${label}: per account/Region`,
      wrong.length === 0,
      wrong.length === 0 ? `all ${expected.byScope.length} pairs on target` : wrong.join("; "),
    ),
  ];
}

export interface ViewersResult {
  viewers: number;
  counts: MetricDataCounts;
  results: RefreshResult[];
  checks: Check[];
}

/** `viewers` simultaneous refreshes of one cold range, counted by the simulator. */
export async function measureViewers(ctx: BenchContext, viewers: number): Promise<ViewersResult> {
  const range = ctx.ranges.next();
  await resetStats(ctx.simulatorUrl);
  // Read only once every answer has arrived: fifty viewers parse their answers on fifty machines, and this one
  // process parsing each answer as it comes would hold up the timing of the answers behind it.
  const received = await Promise.all(
    Array.from({ length: viewers }, () => receiveView(ctx.url, ctx.widgets, range, ctx.widths)),
  );
  const results = received.map(readAnswer);
  const counts = await readMetricDataCounts(ctx.simulatorUrl);
  const label = `${viewers} viewer${viewers === 1 ? "" : "s"}`;
  const errors = results.flatMap((r) => r.errors);
  const incomplete = results.filter((r) => r.seriesWithData < r.series || r.panels < ctx.widgets.length);
  const first = results[0];
  const checks = [
    ...countChecks(label, counts, ctx),
    check(
      `${label}: answers complete`,
      errors.length === 0 && incomplete.length === 0,
      first
        ? `${first.panels} panels, ${first.seriesWithData}/${first.series} series with data, ${errors.length} errors`
        : "no answer",
    ),
  ];
  if (errors.length > 0) console.log(`  errors: ${[...new Set(errors)].slice(0, 5).join("; ")}`);
  const times = results.map((r) => r.ms);
  console.log(
    `  ${label}: ${counts.calls} calls, ${counts.queries} queries (${counts.byScope.map(describeScope).join(", ")}); ` +
      `response p50 ${ms(percentile(times, 50))}, max ${ms(Math.max(...times))}`,
  );
  return { viewers, counts, results, checks };
}

export interface LatencyResult {
  samples: LatencySample[];
  checks: Check[];
}

export async function measureLatency(ctx: BenchContext, iterations: number): Promise<LatencyResult> {
  const replay = createDirectReplay(ctx.simulatorUrl, ctx.widgets, ctx.widths);
  const probe = await replay(ctx.ranges.next());
  const checks = [
    check(
      "direct replay sends the planned calls",
      probe.calls === ctx.expected.calls && probe.queries === ctx.expected.queries,
      `${probe.calls} calls, ${probe.queries} queries`,
    ),
  ];
  const samples = await measureAddedLatency<AbsoluteRange>({
    iterations,
    nextRange: () => ctx.ranges.next(),
    server: async (range) => (await refreshView(ctx.url, ctx.widgets, range, ctx.widths)).ms,
    direct: async (range) => (await replay(range)).ms,
  });
  const column = (pick: (s: LatencySample) => number) => samples.map(pick);
  const row = (name: string, values: number[]) => [
    name,
    ms(percentile(values, 50)),
    ms(percentile(values, 95)),
  ];
  console.log(
    table([
      ["", "p50", "p95"],
      row(
        "server (POST /api/metrics/query)",
        column((s) => s.serverMs),
      ),
      row(
        "simulator only (same calls, direct)",
        column((s) => s.simulatorMs),
      ),
      row(
        "added by the server",
        column((s) => s.addedMs),
      ),
    ]),
  );
  return { samples, checks };
}

export interface BrowserResult {
  cold: RenderTiming[];
  warm: RenderTiming[];
  coldCalls: number[];
  checks: Check[];
}

function viewUrl(ctx: Pick<BenchContext, "url" | "dashboardId">, range: AbsoluteRange): string {
  const query = encodeViewState({ range, vars: {} }).toString();
  return `${ctx.url}/dashboards/${encodeURIComponent(ctx.dashboardId)}?${query}`;
}

function describe(timing: RenderTiming): string {
  const states = Object.entries(timing.states)
    .map(([state, n]) => `${n} ${state}`)
    .join(", ");
  const data = timing.dataWithPage ? "data with the page, done at" : "data at";
  return `${ms(timing.ms)} (${data} ${ms(timing.dataMs)}; ${states})`;
}

/** Cold: a range nobody has loaded; warm: the same range again, from the server's cache. */
export async function measureBrowser(ctx: BenchContext, runs: number): Promise<BrowserResult> {
  const browser = await launchChromium();
  const result: BrowserResult = { cold: [], warm: [], coldCalls: [], checks: [] };
  try {
    // The first page load also loads the server's page code; it is not what a viewer waits for.
    await timeDashboardRender(browser, viewUrl(ctx, ctx.ranges.next()), ctx.widgets.length);
    for (let i = 0; i < runs; i++) {
      const url = viewUrl(ctx, ctx.ranges.next());
      await resetStats(ctx.simulatorUrl);
      const cold = await timeDashboardRender(browser, url, ctx.widgets.length);
      const calls = (await readMetricDataCounts(ctx.simulatorUrl)).calls;
      const warm = await timeDashboardRender(browser, url, ctx.widgets.length);
      console.log(`  run ${i + 1}: cold ${describe(cold)}, ${calls} calls; warm ${describe(warm)}`);
      result.cold.push(cold);
      result.warm.push(warm);
      result.coldCalls.push(calls);
    }
  } finally {
    await browser.close();
  }
  const all = [...result.cold, ...result.warm];
  const ready = (t: RenderTiming) => t.states.ready ?? 0;
  result.checks.push(
    check(
      "browser: every widget ready",
      all.every((t) => t.widgets === ctx.widgets.length && ready(t) === ctx.widgets.length),
      `${Math.min(...all.map(ready))}/${ctx.widgets.length} ready in the worst load`,
    ),
    check(
      "browser: cold load calls",
      result.coldCalls.every((c) => c === ctx.expected.calls),
      `${result.coldCalls.join(", ")} (target ${ctx.expected.calls})`,
    ),
  );
  return result;
}

export interface FirstScreenResult {
  widgets: number;
  cold: FirstScreenTiming[];
}

/** A large dashboard (`dashboardId` holds `widgets` widgets), cold: navigation → first screenful drawn. */
export async function measureFirstScreen(
  ctx: BenchContext,
  dashboardId: string,
  widgets: number,
  runs: number,
): Promise<FirstScreenResult> {
  const browser = await launchChromium();
  const result: FirstScreenResult = { widgets, cold: [] };
  const large = { url: ctx.url, dashboardId };
  try {
    await timeFirstScreen(browser, viewUrl(large, ctx.ranges.next()));
    for (let i = 0; i < runs; i++) {
      const t = await timeFirstScreen(browser, viewUrl(large, ctx.ranges.next()));
      console.log(
        `  run ${i + 1}: first screenful ${ms(t.ms)} (${t.onScreen} widgets on screen, ${t.mounted} mounted, ` +
          `${t.placeholders} placeholders, ${t.requests} metrics requests)`,
      );
      result.cold.push(t);
    }
  } finally {
    await browser.close();
  }
  return result;
}
