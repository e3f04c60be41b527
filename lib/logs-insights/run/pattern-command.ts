// `pattern f`: clusters values into patterns by replacing variable tokens (anything containing a digit) with
// `<*>`. AWS uses an ML clustering; this keeps the output shape (PATTERN_OUTPUT_FIELDS) with a simple,
// deterministic grouping. When an `anomaly` follows, each pattern also counts its events per time bucket.

import type { Command } from "../ast";
import { compileExpr } from "../expressions/compile-expression";
import { Row } from "../expressions/row";
import { toStr } from "../expressions/values";
import { ANOMALY_DETECTION, PATTERN_OUTPUT_FIELDS as F } from "../semantics";
import type { Value } from "../types";
import type { Aggregator, Column } from "./column";
import { PATTERN_SLOT_COUNT, PATTERN_SLOTS as S, type BucketConfig } from "./pattern-layout";
import { slotGetter, TableScope, type EventScope } from "./scopes";

type PatternCommand = Extract<Command, { kind: "pattern" }>;

const PLACEHOLDER = "<*>";
const NON_ASCII_SPACE = /\s/;
const SEVERITIES: Array<[RegExp, string]> = [
  [/\b(FATAL|CRITICAL|ERROR|ERR|SEVERE)\b/i, "ERROR"],
  [/\b(WARN|WARNING)\b/i, "WARN"],
  [/\bINFO\b/i, "INFO"],
  [/\b(DEBUG|TRACE)\b/i, "DEBUG"],
];

/** Whitespace as `\s` defines it. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return NON_ASCII_SPACE.test(String.fromCharCode(c));
}

/**
 * The pattern of a value: its whitespace-separated tokens joined by single spaces, each token containing an
 * ASCII digit replaced by `<*>`. One pass without intermediate arrays: it runs for every event.
 */
export function patternKey(text: string): string {
  let out = "";
  let first = true;
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let variable = false;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) variable = true;
      else if (isSpace(c)) break;
    }
    const token = variable ? PLACEHOLDER : text.slice(start, i);
    out = first ? token : `${out} ${token}`;
    first = false;
  }
  return out;
}

export function severityOf(text: string): string {
  for (const [re, label] of SEVERITIES) if (re.test(text)) return label;
  return "UNKNOWN";
}

interface Cluster {
  count: number;
  tokens: string[];
  severity: string;
  /**
   * Events per bucket (index relative to the config's origin): an array over the query range when it is
   * known, else a map of the buckets seen; null when not tracking.
   */
  buckets: Uint32Array | Map<number, number> | null;
  first: number;
  last: number;
}

/** The dense histograms of all clusters share one bucket range and size. */
interface HistogramRange {
  firstKey: number;
  length: number;
  /** Bucket keys merged per histogram bucket (when the observed range is too long). */
  merge: number;
}

function histogramRange(clusters: Iterable<Cluster>, config: BucketConfig): HistogramRange | null {
  if (config.count !== null) return { firstKey: 0, length: config.count, merge: 1 };
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of clusters) {
    if (!(c.buckets instanceof Map)) continue;
    for (const key of c.buckets.keys()) {
      if (key < lo) lo = key;
      if (key > hi) hi = key;
    }
  }
  if (lo > hi) return null;
  const span = hi - lo + 1;
  const merge = Math.max(1, Math.ceil(span / ANOMALY_DETECTION.maxBuckets));
  return { firstKey: lo, length: Math.ceil(span / merge), merge };
}

function denseHistogram(buckets: Uint32Array | Map<number, number>, range: HistogramRange): number[] {
  if (!(buckets instanceof Map)) return Array.from(buckets);
  const out = new Array<number>(range.length).fill(0);
  for (const [key, n] of buckets) {
    const i = Math.floor((key - range.firstKey) / range.merge);
    if (i >= 0 && i < range.length) out[i] = (out[i] ?? 0) + n;
  }
  return out;
}

/**
 * Compiles `pattern`. With `track`, events are also counted per time bucket (for `anomaly`), which needs
 * `@timestamp` in the input.
 */
export function compilePattern(
  cmd: PatternCommand,
  input: EventScope | TableScope,
  track: BucketConfig | null,
): { create(): Aggregator; scope: TableScope; columns: Column[] } {
  const get = compileExpr(cmd.field, input).fn;
  const timestamp = track === null ? null : input.resolveField("@timestamp", cmd).fn;
  const names = [F.pattern, F.ratio, F.sampleCount, F.severityLabel, F.tokens, F.visualization];
  const scope = new TableScope(input.src, input.now, PATTERN_SLOT_COUNT);
  const columns: Column[] = names.map((name, slot) => {
    const info = { slot, kind: "any" as const };
    scope.addColumn(name, name, info);
    return { name, get: slotGetter(info).fn, kind: "any" };
  });
  const create = (): Aggregator => {
    const clusters = new Map<string, Cluster>();
    let total = 0;
    return {
      add(row) {
        const text = toStr(get(row));
        if (text === null) return;
        total++;
        const pattern = patternKey(text);
        let c = clusters.get(pattern);
        if (c === undefined) {
          c = {
            count: 0,
            tokens: pattern.split(" "),
            severity: severityOf(text),
            buckets: track === null ? null : track.count === null ? new Map() : new Uint32Array(track.count),
            first: Infinity,
            last: -Infinity,
          };
          clusters.set(pattern, c);
        }
        c.count++;
        if (timestamp === null || track === null || c.buckets === null) return;
        const ts = timestamp(row);
        if (typeof ts !== "number") return;
        const key = Math.floor((ts - track.origin) / track.bucketMs);
        const buckets = c.buckets;
        if (buckets instanceof Map) buckets.set(key, (buckets.get(key) ?? 0) + 1);
        else if (key >= 0 && key < buckets.length) buckets[key] = (buckets[key] ?? 0) + 1;
        else return;
        if (ts < c.first) c.first = ts;
        if (ts > c.last) c.last = ts;
      },
      finalize() {
        const range = track === null ? null : histogramRange(clusters.values(), track);
        const entries = [...clusters.entries()].sort((a, b) => b[1].count - a[1].count);
        return entries.map(([pattern, c], index) => {
          const vals = new Array<Value>(PATTERN_SLOT_COUNT).fill(null);
          vals[S.pattern] = pattern;
          vals[S.ratio] = c.count / total;
          vals[S.sampleCount] = c.count;
          vals[S.severityLabel] = c.severity;
          vals[S.tokens] = JSON.stringify(c.tokens);
          if (track !== null && range !== null && c.buckets !== null && c.first <= c.last) {
            vals[S.histogram] = denseHistogram(c.buckets, range);
            vals[S.histogramStart] = track.origin + range.firstKey * track.bucketMs;
            vals[S.bucketMs] = track.bucketMs * range.merge;
            vals[S.firstSeen] = c.first;
            vals[S.lastSeen] = c.last;
          }
          const row = new Row(vals);
          row.seq = index;
          return row;
        });
      },
    };
  };
  return { create, scope, columns };
}
