import { availableParallelism, loadavg } from "node:os";
import { percentile } from "./added-latency";
import type { RenderTiming } from "./browser-render";
import type { BrowserResult, FirstScreenResult, LatencyResult, ViewersResult } from "./phases";
import { ms, section, table, verdict } from "./report";

/** Issue #14 targets, printed next to the figures. */
const ADDED_P95_TARGET_MS = 20;
const VIEWERS_RATIO_TARGET = 1.5;
const FIRST_SCREEN_TARGET_MS = 2_000;
const COLD_DRAWN_TARGET_MS = 1_500;

// The closing table: every PASS/FAIL check, then the timings, which have no pass mark (they depend on the
// machine, whose load is printed with them).

export function machine(): string {
  const load = loadavg()
    .map((n) => n.toFixed(2))
    .join(" ");
  return `${availableParallelism()} cores, load average ${load}`;
}

function medians(timings: readonly RenderTiming[]): string {
  const drawn = percentile(
    timings.map((t) => t.ms),
    50,
  );
  const data = percentile(
    timings.map((t) => t.dataMs),
    50,
  );
  const withPage = timings.filter((t) => t.dataWithPage).length;
  const source =
    withPage === timings.length
      ? "first data with the page, done at"
      : withPage === 0
        ? "metrics answer at"
        : `first data with the page in ${withPage} of ${timings.length} loads; data at`;
  return `${ms(drawn)} (${source} ${ms(data)})`;
}

/** Prints the summary; true when every check passed. */
export function printSummary(
  viewers: readonly ViewersResult[],
  latency: LatencyResult,
  browser: BrowserResult | undefined,
  large?: FirstScreenResult,
): boolean {
  const checks = [...viewers.flatMap((v) => v.checks), ...latency.checks, ...(browser?.checks ?? [])];
  section("Summary");
  const added = latency.samples.map((s) => s.addedMs);
  const rows: string[][] = [["measure", "value", "result"]];
  for (const c of checks) rows.push([c.name, c.detail, verdict(c.ok)]);
  rows.push([
    `server added latency p50 / p95 (${latency.samples.length} cold refreshes; issue #14 target p95 ≤ ${ADDED_P95_TARGET_MS} ms)`,
    `${ms(percentile(added, 50))} / ${ms(percentile(added, 95))}`,
    "",
  ]);
  const one = viewers.find((v) => v.viewers === 1);
  const many = viewers.filter((v) => v.viewers > 1).at(-1);
  if (one && many) {
    const p50 = (v: ViewersResult) =>
      percentile(
        v.results.map((r) => r.ms),
        50,
      );
    const ratio = p50(many) / Math.max(1, p50(one));
    rows.push([
      `${many.viewers} viewers' response p50 vs one viewer's (issue #14 target ≤ ${VIEWERS_RATIO_TARGET}×)`,
      `${ms(p50(many))} vs ${ms(p50(one))} = ${ratio.toFixed(2)}×`,
      "",
    ]);
  }
  if (browser) {
    rows.push([
      `Chromium all widgets drawn, cold (median of ${browser.cold.length}; issue #14 target ≤ ${ms(COLD_DRAWN_TARGET_MS)})`,
      medians(browser.cold),
      "",
    ]);
    rows.push([
      `Chromium all widgets drawn, warm (median of ${browser.warm.length})`,
      medians(browser.warm),
      "",
    ]);
  }
  if (large && large.cold.length > 0) {
    const first = percentile(
      large.cold.map((t) => t.ms),
      50,
    );
    const mounted = percentile(
      large.cold.map((t) => t.mounted),
      50,
    );
    rows.push([
      `Chromium ${large.widgets}-widget dashboard, first screenful drawn, cold (median of ${large.cold.length}; issue #14 target ≤ ${ms(FIRST_SCREEN_TARGET_MS)})`,
      `${ms(first)} (${mounted} widgets mounted)`,
      "",
    ]);
  }
  console.log(table(rows));
  console.log(`machine: ${machine()}`);
  const ok = checks.every((c) => c.ok);
  console.log(`\n${verdict(ok)}`);
  return ok;
}
