import { isMetricsInsightsText } from "@/lib/metric-math";
import { tokenize } from "@/lib/metric-math/lexer";

// Expressions of different widgets share one GetMetricData request, so their query ids are prefixed to stay
// unique. METRICS() means "every MetricStat of the request", which batching would widen: it is replaced by
// the explicit list of the widget's own metric ids (filtered by the optional substring, on the original ids).

export function rewriteExpression(
  expression: string,
  rename: (id: string) => string,
  panelMetricIds: readonly string[],
): string {
  if (isMetricsInsightsText(expression)) return expression;
  const tokens = tokenize(expression);
  let out = "";
  let cursor = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || token.kind === "eof") break;
    if (token.kind === "ident") {
      out += expression.slice(cursor, token.start) + rename(token.text);
      cursor = token.end;
      continue;
    }
    const open = tokens[i + 1];
    if (token.kind === "upper" && token.text === "METRICS" && open?.text === "(" && open.kind === "op") {
      const argument = tokens[i + 2];
      const filter = argument?.kind === "string" ? argument.text : undefined;
      const closeIndex = filter === undefined ? i + 2 : i + 3;
      const close = tokens[closeIndex];
      if (close?.kind !== "op" || close.text !== ")") continue;
      const ids = panelMetricIds.filter((id) => filter === undefined || id.includes(filter)).map(rename);
      out += `${expression.slice(cursor, token.start)}[${ids.join(", ")}]`;
      cursor = close.end;
      i = closeIndex;
    }
  }
  return out + expression.slice(cursor);
}

/** Ids an expression references (METRICS() counted as all of the panel's metric ids). */
export function referencedIds(expression: string, panelMetricIds: readonly string[]): string[] {
  if (isMetricsInsightsText(expression)) return [];
  const found = new Set<string>();
  rewriteExpression(
    expression,
    (id) => {
      found.add(id);
      return id;
    },
    panelMetricIds,
  );
  return [...found];
}
