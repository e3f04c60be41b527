import { packCalls } from "@/lib/metrics/batch";
import { planPanel, scopeOf, type FetchUnit } from "@/lib/metrics/plan";
import type { PanelRequest } from "@/lib/metrics/types";

// What one refresh should cost. The target is worked out here without the pipeline's packing code, so the
// benchmark can catch a regression in it: GetMetricData takes up to 500 queries sharing one time window, and
// queries of one account, Region and period share that window, so each such group needs ceil(queries / 500)
// calls. The pipeline's own plan is computed too, to tell a planning problem from a fetching one.

/** AWS's limit of MetricDataQueries per GetMetricData request. */
export const GET_METRIC_DATA_MAX_QUERIES = 500;

export interface CallGroup {
  accountId: string;
  region: string;
  period: number;
  queries: number;
  calls: number;
}

export interface ScopeTotals {
  accountId: string;
  region: string;
  calls: number;
  queries: number;
}

export function callGroups(
  panels: readonly PanelRequest[],
  maxQueries = GET_METRIC_DATA_MAX_QUERIES,
): CallGroup[] {
  const groups = new Map<string, CallGroup>();
  for (const panel of panels) {
    for (const query of panel.queries) {
      const { accountId, region } = scopeOf(query, panel);
      const period = query.period ?? panel.period;
      const key = `${accountId}|${region}|${period}`;
      const group = groups.get(key) ?? { accountId, region, period, queries: 0, calls: 0 };
      group.queries++;
      groups.set(key, group);
    }
  }
  for (const group of groups.values()) group.calls = Math.ceil(group.queries / maxQueries);
  return [...groups.values()];
}

/** Per account and Region, the way the simulator's counters break calls down. */
export function totalsByScope(groups: readonly ScopeTotals[]): ScopeTotals[] {
  const totals = new Map<string, ScopeTotals>();
  for (const g of groups) {
    const key = `${g.accountId}|${g.region}`;
    const t = totals.get(key) ?? { accountId: g.accountId, region: g.region, calls: 0, queries: 0 };
    t.calls += g.calls;
    t.queries += g.queries;
    totals.set(key, t);
  }
  return [...totals.values()].sort((a, b) =>
    `${a.accountId}|${a.region}`.localeCompare(`${b.accountId}|${b.region}`),
  );
}

export function sumOf<T>(items: readonly T[], pick: (item: T) => number): number {
  return items.reduce((n, item) => n + pick(item), 0);
}

/** The pipeline's own plan for a cold cache: distinct fetch units packed into calls. */
export function plannedCalls(
  panels: readonly PanelRequest[],
  range: { start: number; end: number; now: number },
) {
  const units = new Map<string, FetchUnit>();
  for (const panel of panels) for (const unit of planPanel(panel, range).units) units.set(unit.key, unit);
  return packCalls([...units.values()]);
}

const scopeKey = (s: ScopeTotals) => `${s.accountId}/${s.region}`;
export const describeScope = (s: ScopeTotals) => `${scopeKey(s)} ${s.calls} calls ${s.queries} queries`;

/** Account/Region pairs whose calls or queries differ from the target, both ways. */
export function scopeMismatches(expected: readonly ScopeTotals[], actual: readonly ScopeTotals[]): string[] {
  const seen = new Map(actual.map((s) => [scopeKey(s), s]));
  const wrong: string[] = [];
  for (const want of expected) {
    const got = seen.get(scopeKey(want));
    seen.delete(scopeKey(want));
    if (!got || got.calls !== want.calls || got.queries !== want.queries) {
      wrong.push(
        `${got ? describeScope(got) : `${scopeKey(want)} nothing`} (target ${want.calls}/${want.queries})`,
      );
    }
  }
  for (const extra of seen.values()) wrong.push(`${describeScope(extra)} (target none)`);
  return wrong;
}
