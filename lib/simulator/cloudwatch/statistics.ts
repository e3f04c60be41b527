// CloudWatch statistic names: the five basic statistics and the extended ones (pNN.NN, tm/wm/tc/ts with
// percent or value bounds, PR(a:b), IQM). Parsing is separate from computing (see sample-stats.ts).

export type BasicStatistic = "SampleCount" | "Average" | "Sum" | "Minimum" | "Maximum";
export const BASIC_STATISTICS: readonly BasicStatistic[] = [
  "SampleCount",
  "Average",
  "Sum",
  "Minimum",
  "Maximum",
];

export interface Bound {
  value: number;
  /** true: a percentile rank (0–100); false: an absolute value. */
  percent: boolean;
}

export type TrimmedKind = "TM" | "WM" | "TC" | "TS";

export type StatisticSpec =
  | { kind: "basic"; name: BasicStatistic }
  | { kind: "percentile"; p: number }
  | { kind: "trimmed"; fn: TrimmedKind; lower?: Bound; upper?: Bound }
  | { kind: "rank"; lower?: number; upper?: number };

/**
 * [I] Case rules: basic statistics are case sensitive (as AWS requires); the shorthand forms are accepted
 * in lower case only (`p99`, `tm90`), the bracket forms in either case (`TM(10%:90%)`, `tm(10%:90%)`).
 */
export const EXTENDED_BRACKET_FORMS_ANY_CASE = true;

const NUMBER = String.raw`\d+(?:\.\d{1,10})?`;
const PERCENTILE_RE = new RegExp(`^p(${NUMBER})$`);
const SHORTHAND_RE = new RegExp(`^(tm|wm|tc|ts)(${NUMBER})$`);
const BRACKET_RE = /^(TM|WM|TC|TS|PR)\(([^:()]*):([^:()]*)\)$/i;
const BOUND_RE = new RegExp(`^\\s*(${NUMBER})\\s*(%?)\\s*$`);

function parseBound(text: string): Bound | null | undefined {
  if (text.trim() === "") return undefined;
  const m = BOUND_RE.exec(text);
  if (!m) return null;
  return { value: Number(m[1]), percent: m[2] === "%" };
}

/** Returns null for anything CloudWatch would reject as "not a valid statistic". */
export function parseStatistic(text: string): StatisticSpec | null {
  if ((BASIC_STATISTICS as readonly string[]).includes(text))
    return { kind: "basic", name: text as BasicStatistic };
  if (text === "IQM")
    return {
      kind: "trimmed",
      fn: "TM",
      lower: { value: 25, percent: true },
      upper: { value: 75, percent: true },
    };
  const p = PERCENTILE_RE.exec(text);
  if (p) {
    const value = Number(p[1]);
    return value <= 100 ? { kind: "percentile", p: value } : null;
  }
  const short = SHORTHAND_RE.exec(text);
  if (short) {
    const value = Number(short[2]);
    if (value > 100) return null;
    return { kind: "trimmed", fn: short[1]?.toUpperCase() as TrimmedKind, upper: { value, percent: true } };
  }
  const bracket = BRACKET_RE.exec(text);
  if (!bracket) return null;
  const fn = bracket[1] ?? "";
  if (fn !== fn.toUpperCase() && !EXTENDED_BRACKET_FORMS_ANY_CASE) return null;
  const lower = parseBound(bracket[2] ?? "");
  const upper = parseBound(bracket[3] ?? "");
  if (lower === null || upper === null || (!lower && !upper)) return null;
  if (lower && upper && (lower.percent !== upper.percent || lower.value >= upper.value)) return null;
  const percent = (lower ?? upper)?.percent ?? false;
  if (percent && ((lower?.value ?? 0) > 100 || (upper?.value ?? 0) > 100)) return null;
  if (fn.toUpperCase() === "PR") {
    if (percent) return null;
    return { kind: "rank", lower: lower?.value, upper: upper?.value };
  }
  return { kind: "trimmed", fn: fn.toUpperCase() as TrimmedKind, lower, upper };
}
