import type { QueryProblemJson as QueryProblem } from "@/lib/contracts/metrics-query";
import { formatTime, type TimeZoneSetting } from "@/lib/time";

// Which state a metric widget is in, decided once so every renderer shows the same thing: loading (nothing
// yet), error (nothing drawable, something failed), empty (no points in the range), partial (some queries
// failed, the rest drawn), ready. "Stale" is separate: older data is still shown after a refresh failed.

export type WidgetDisplayState = "loading" | "error" | "empty" | "partial" | "ready";

export interface WidgetStatusInput {
  /** True until the first result (or failure) arrives. */
  loading: boolean;
  /** How many drawable series the latest result holds, and whether any of them has a point. */
  seriesCount: number;
  hasPoints: boolean;
  problems: readonly QueryProblem[];
  /** The whole request failed (network, server) and there is no result to show. */
  requestError?: string;
  /** Epoch ms the shown data was fetched, set when a later refresh failed. */
  staleSince?: number;
  hasResult: boolean;
  /** The widget shows parts of a whole (pie shares): with any query failed, the rest would mislead. */
  needsEveryQuery?: boolean;
}

/** The server's code for an expression withheld because some of its inputs failed (lib/metrics/incomplete-math). */
export const INCOMPLETE_INPUTS_CODE = "IncompleteInputs";

export function incompleteExpressions(problems: readonly QueryProblem[]): QueryProblem[] {
  return problems.filter((p) => p.failure.code === INCOMPLETE_INPUTS_CODE);
}

export interface WidgetStatus {
  state: WidgetDisplayState;
  stale: boolean;
}

export function widgetStatus(input: WidgetStatusInput): WidgetStatus {
  const stale = input.hasResult && input.staleSince !== undefined;
  if (!input.hasResult) return { state: input.requestError ? "error" : "loading", stale: false };
  if (input.seriesCount === 0 || !input.hasPoints) {
    const failed = input.problems.length > 0 || input.requestError !== undefined;
    return { state: failed ? "error" : "empty", stale };
  }
  if (input.problems.length > 0) return { state: input.needsEveryQuery ? "error" : "partial", stale };
  return { state: "ready", stale };
}

export interface ProblemLine {
  key: string;
  /** "123456789012 · us-east-1"; empty when the problem names neither. */
  scope: string;
  /** Query ids that failed this way. */
  queries: string[];
  /** AWS's message, prefixed with its code when the message does not already carry it. */
  message: string;
}

/** One line per distinct (account, Region, message), listing the queries it hit. */
export function describeQueryProblems(problems: readonly QueryProblem[]): ProblemLine[] {
  const lines = new Map<string, ProblemLine>();
  for (const p of problems) {
    const scope = [p.accountId, p.region].filter((part): part is string => Boolean(part)).join(" · ");
    const { code, message } = p.failure;
    const text = code && !message.includes(code) ? `${code}: ${message}` : message;
    const key = `${scope}\u001f${text}`;
    const line = lines.get(key) ?? { key, scope, queries: [], message: text };
    if (p.queryId && !line.queries.includes(p.queryId)) line.queries.push(p.queryId);
    lines.set(key, line);
  }
  return [...lines.values()];
}

export function staleBadgeText(staleSince: number, tz: TimeZoneSetting): string {
  return `showing data from ${formatTime(staleSince, tz)}, refresh failed`;
}
