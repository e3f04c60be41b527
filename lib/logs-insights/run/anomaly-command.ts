// `anomaly` after `pattern`: keeps the anomalous patterns (ANOMALY_OUTPUT) and appends ANOMALY_OUTPUT_FIELDS,
// from the per-bucket counts `pattern` recorded in its hidden slots (pattern-layout.ts).

import type { Query } from "../ast";
import type { Row } from "../expressions/row";
import { formatNumber, formatTimestamp } from "../format/format-value";
import {
  ANOMALY_DESCRIPTIONS,
  ANOMALY_OUTPUT,
  ANOMALY_OUTPUT_FIELDS as F,
  ANOMALY_PRIORITIES as P,
  ANOMALY_PRIORITY_RULE,
  ANOMALY_ROW_ORDER,
  ANOMALY_TYPES,
} from "../semantics";
import type { Kind, Value } from "../types";
import { detectAnomaly, type DetectedAnomaly, type PatternHistogram } from "./anomaly-detect";
import type { Column } from "./column";
import { PATTERN_SLOTS as S } from "./pattern-layout";
import { slotGetter, type TableScope } from "./scopes";

const PRIORITY_RANK: Record<string, number> = { [P.high]: 0, [P.medium]: 1, [P.low]: 2 };

/** Whether an `anomaly` uses the rows of the `pattern` at `index` (no other aggregation in between). */
export function anomalyFollows(q: Query, index: number): boolean {
  for (const cmd of q.commands.slice(index + 1)) {
    if (cmd.kind === "anomaly") return true;
    if (cmd.kind === "stats" || cmd.kind === "pattern") return false;
  }
  return false;
}

/** `1m`, `30m`, `2h`, `1d`: the bucket size as the descriptions print it. */
export function periodLabel(ms: number): string {
  if (ms % 86_400_000 === 0) return `${ms / 86_400_000}d`;
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  return `${ms / 1000}s`;
}

export function anomalyPriority(severity: Value, pattern: string, score: number): string {
  if (severity === "ERROR" || ANOMALY_PRIORITY_RULE.highKeywords.test(pattern)) return P.high;
  if (severity === "WARN" || score >= ANOMALY_PRIORITY_RULE.mediumScore) return P.medium;
  return P.low;
}

export function anomalyDescription(a: DetectedAnomaly, bucketMs: number): string {
  const period = periodLabel(bucketMs);
  const from = formatTimestamp(a.from);
  const to = formatTimestamp(a.to);
  if (a.type === ANOMALY_TYPES.newPattern) {
    return ANOMALY_DESCRIPTIONS.newPattern(a.events, from, to, a.peak, period);
  }
  return ANOMALY_DESCRIPTIONS.frequency(a.peak, formatNumber(a.baseline), period, a.events, from, to);
}

function histogramOf(row: Row): PatternHistogram | null {
  const v = row.vals;
  const counts = v[S.histogram];
  const startMs = v[S.histogramStart];
  const bucketMs = v[S.bucketMs];
  const first = v[S.firstSeen];
  const last = v[S.lastSeen];
  if (!Array.isArray(counts) || typeof startMs !== "number" || typeof bucketMs !== "number") return null;
  if (typeof first !== "number" || typeof last !== "number") return null;
  return { counts: counts.map((c) => (typeof c === "number" ? c : 0)), startMs, bucketMs, first, last };
}

/** Compiles `anomaly` over pattern rows in `scope` (which gains the anomaly fields). */
export function compileAnomaly(scope: TableScope): { run: (rows: Row[]) => Row[]; columns: Column[] } {
  const spec: Array<[string, Kind]> = [
    [F.anomalyType, "any"],
    [F.priority, "any"],
    [F.description, "any"],
    [F.firstSeen, "date"],
    [F.lastSeen, "date"],
  ];
  const slots: number[] = [];
  const columns: Column[] = spec.map(([name, kind]) => {
    const info = { slot: scope.nextSlot++, kind };
    scope.addColumn(name, name, info);
    slots.push(info.slot);
    return { name, get: slotGetter(info).fn, kind };
  });
  const [typeSlot, prioritySlot, descriptionSlot, firstSlot, lastSlot] = slots as [
    number,
    number,
    number,
    number,
    number,
  ];

  const run = (rows: Row[]): Row[] => {
    const out: Array<{ row: Row; rank: number; score: number }> = [];
    for (const row of rows) {
      const h = histogramOf(row);
      const a = h === null ? null : detectAnomaly(h);
      if (a === null || h === null) {
        if (ANOMALY_OUTPUT === "all-patterns") out.push({ row, rank: 3, score: -Infinity });
        continue;
      }
      const pattern = row.vals[S.pattern];
      const priority = anomalyPriority(row.vals[S.severityLabel] ?? null, String(pattern ?? ""), a.score);
      row.vals[typeSlot] = a.type;
      row.vals[prioritySlot] = priority;
      row.vals[descriptionSlot] = anomalyDescription(a, h.bucketMs);
      row.vals[firstSlot] = a.from;
      row.vals[lastSlot] = a.to;
      out.push({ row, rank: PRIORITY_RANK[priority] ?? 3, score: a.score });
    }
    if (ANOMALY_ROW_ORDER === "priority-then-score") {
      out.sort((x, y) => {
        if (x.rank !== y.rank) return x.rank - y.rank;
        if (x.score !== y.score) return y.score - x.score;
        const cx = Number(x.row.vals[S.sampleCount] ?? 0);
        const cy = Number(y.row.vals[S.sampleCount] ?? 0);
        if (cx !== cy) return cy - cx;
        const px = String(x.row.vals[S.pattern] ?? "");
        const py = String(y.row.vals[S.pattern] ?? "");
        return px < py ? -1 : px > py ? 1 : 0;
      });
    }
    return out.map((o, i) => {
      o.row.seq = i;
      return o.row;
    });
  };
  return { run, columns };
}
