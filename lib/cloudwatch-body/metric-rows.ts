import { MAX_DIMENSIONS } from "./limits";
import { MESSAGES } from "./body-constants";
import { isJsonObject, type JsonObject } from "./json";

// CloudWatch metric rows: [Namespace, MetricName, DimName, DimValue, ..., {options}] or [{expression, ...}].
// Shorthand: "." repeats the token at the same position of the previous metric row; "..." repeats the previous
// row's tokens from its own position up to where the tokens written after it begin, so ["...", "i-bbb"] changes
// only the last dimension value and ["...", {"stat": "p99"}] repeats the whole metric with new options.
// [I] Rows are resolved against the previous *metric* row: an expression row in between is skipped.

export interface MetricRow {
  kind: "metric";
  /** Fully expanded: namespace, metric name, then dimension name/value pairs. */
  tokens: string[];
  options: JsonObject;
}

export interface ExpressionRow {
  kind: "expression";
  /** The row's only element; `expression` is a string. */
  options: JsonObject;
}

export type ExpandedRow = MetricRow | ExpressionRow;

export interface RowProblem {
  /** Relative to the `metrics` array: [rowIndex] or [rowIndex, elementIndex, ...]. */
  path: Array<string | number>;
  message: string;
}

const DOT = ".";
const ELLIPSIS = "...";

function expandTokens(
  written: readonly string[],
  previous: readonly string[] | undefined,
  row: number,
  problems: RowProblem[],
): string[] | undefined {
  const ellipses = written.flatMap((token, index) => (token === ELLIPSIS ? [index] : []));
  if (ellipses.length > 1) {
    problems.push({ path: [row, ellipses[1] ?? 0], message: 'Only one "..." is allowed in a metric row' });
    return undefined;
  }
  const firstShorthand = written.findIndex((token) => token === DOT || token === ELLIPSIS);
  if (firstShorthand >= 0 && !previous) {
    problems.push({
      path: [row, firstShorthand],
      message: `"${written[firstShorthand]}" repeats the previous metric row, but there is none`,
    });
    return undefined;
  }
  const prev = previous ?? [];
  const out: string[] = [];
  const take = (token: string, writtenAt: number): boolean => {
    if (token !== DOT) {
      out.push(token);
      return true;
    }
    const repeated = prev[out.length];
    if (repeated === undefined) {
      problems.push({
        path: [row, writtenAt],
        message: '"." has no value at this position in the previous row',
      });
      return false;
    }
    out.push(repeated);
    return true;
  };
  const ellipsis = ellipses[0];
  const head = ellipsis ?? written.length;
  for (let i = 0; i < head; i++) if (!take(written[i] ?? "", i)) return undefined;
  if (ellipsis !== undefined) {
    const trailing = written.length - ellipsis - 1;
    out.push(...prev.slice(out.length, Math.max(out.length, prev.length - trailing)));
    for (let i = ellipsis + 1; i < written.length; i++) if (!take(written[i] ?? "", i)) return undefined;
  }
  return out;
}

function checkShape(tokens: readonly string[], row: number, problems: RowProblem[]): boolean {
  if (tokens.length < 2) {
    problems.push({ path: [row], message: "A metric row needs at least a namespace and a metric name" });
    return false;
  }
  if (tokens.length % 2 !== 0) {
    problems.push({ path: [row], message: "Dimension names and values must come in pairs" });
    return false;
  }
  if ((tokens.length - 2) / 2 > MAX_DIMENSIONS) {
    problems.push({ path: [row], message: `A metric has at most ${MAX_DIMENSIONS} dimensions` });
    return false;
  }
  return true;
}

/** Expands shorthand; `problems` is empty when every row is well-formed (then `rows` matches the input 1:1). */
export function expandMetricRows(input: readonly unknown[]): { rows: ExpandedRow[]; problems: RowProblem[] } {
  const rows: ExpandedRow[] = [];
  const problems: RowProblem[] = [];
  let previous: string[] | undefined;
  input.forEach((raw, row) => {
    if (!Array.isArray(raw) || raw.length === 0) {
      problems.push({ path: [row], message: MESSAGES.metricsShape });
      return;
    }
    const elements: readonly unknown[] = raw;
    const last = elements[elements.length - 1];
    const options = isJsonObject(last) ? last : {};
    const written = isJsonObject(last) ? elements.slice(0, -1) : elements;
    const badIndex = written.findIndex((token) => typeof token !== "string");
    if (badIndex >= 0) {
      problems.push({ path: [row, badIndex], message: MESSAGES.metricFieldType });
      return;
    }
    const strings = written.filter((token): token is string => typeof token === "string");
    if (strings.length === 0) {
      if (typeof options.expression === "string") rows.push({ kind: "expression", options });
      else if ("expression" in options)
        problems.push({ path: [row, 0, "expression"], message: MESSAGES.type("string") });
      else
        problems.push({
          path: [row],
          message: "A row needs a namespace and a metric name, or an expression",
        });
      return;
    }
    if ("expression" in options) {
      problems.push({
        path: [row, elements.length - 1, "expression"],
        message: "An expression row holds only the expression object",
      });
      return;
    }
    const tokens = expandTokens(strings, previous, row, problems);
    if (!tokens || !checkShape(tokens, row, problems)) return;
    rows.push({ kind: "metric", tokens, options });
    previous = tokens;
  });
  return { rows, problems };
}

function commonPrefixLength(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * The console's compact spellings: ["...", <changed tail>] when a row differs from the previous one only at the
 * end (same length), otherwise "." for each token equal to the previous row's at that position.
 */
function compactTokens(tokens: readonly string[], previous: readonly string[] | undefined): unknown[] {
  if (!previous) return [...tokens];
  const shared = commonPrefixLength(tokens, previous);
  if (tokens.length === previous.length && shared >= 2) return [ELLIPSIS, ...tokens.slice(shared)];
  return tokens.map((token, i) => (previous[i] === token ? DOT : token));
}

/** Rows back to CloudWatch JSON; with `compact`, shorthand is used against the directly preceding metric row. */
export function writeMetricRows(rows: readonly ExpandedRow[], compact: boolean): unknown[][] {
  let previous: string[] | undefined;
  return rows.map((row) => {
    if (row.kind === "expression") {
      previous = undefined;
      return [row.options];
    }
    const written = compact ? compactTokens(row.tokens, previous) : [...row.tokens];
    previous = row.tokens;
    return Object.keys(row.options).length ? [...written, row.options] : written;
  });
}
