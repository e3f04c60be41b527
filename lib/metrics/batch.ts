import type { FetchUnit } from "./plan";

// GetMetricData takes up to 500 queries per call, all sharing StartTime/EndTime. Units never split (an
// expression must travel with its inputs); packing is first-fit by decreasing size, which is optimal or one
// call off for the unit sizes dashboards produce.

export const MAX_QUERIES_PER_CALL = 500;

export interface Call {
  groupKey: string;
  units: FetchUnit[];
  queryCount: number;
}

export function groupKeyOf(unit: FetchUnit): string {
  return `${unit.scope.accountId}|${unit.scope.region}|${unit.period}|${unit.window.start}|${unit.window.end}`;
}

export function packCalls(units: readonly FetchUnit[], maxQueries = MAX_QUERIES_PER_CALL): Call[] {
  const groups = new Map<string, FetchUnit[]>();
  for (const unit of units) {
    const key = groupKeyOf(unit);
    groups.set(key, [...(groups.get(key) ?? []), unit]);
  }
  const calls: Call[] = [];
  for (const [groupKey, members] of groups) {
    const open: Call[] = [];
    for (const unit of [...members].sort((a, b) => b.queries.length - a.queries.length)) {
      if (unit.queries.length > maxQueries) {
        throw new Error(
          `a widget's expression needs ${unit.queries.length} queries; GetMetricData allows ${maxQueries}`,
        );
      }
      const call = open.find((c) => c.queryCount + unit.queries.length <= maxQueries);
      if (call) {
        call.units.push(unit);
        call.queryCount += unit.queries.length;
      } else {
        open.push({ groupKey, units: [unit], queryCount: unit.queries.length });
      }
    }
    calls.push(...open);
  }
  return calls;
}
