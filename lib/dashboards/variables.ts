import type { DashboardVariable, MetricWidget, Widget } from "./model";

// CloudWatch dashboard variables: a property variable sets one property (a dimension such as InstanceId, or
// `region`) in every metric of the dashboard; a pattern variable replaces a regular expression in the
// widget's strings (dimension values, expressions, labels, Region).

function valueOf(variable: DashboardVariable, values: Readonly<Record<string, string>>): string | undefined {
  const chosen = values[variable.id];
  if (chosen !== undefined) return chosen;
  if (variable.defaultValue === "__FIRST") return variable.values?.[0]?.value;
  return variable.defaultValue;
}

function replacePattern(text: string, pattern: RegExp, value: string): string {
  return text.replace(pattern, value);
}

export function applyVariables(
  widget: MetricWidget,
  variables: readonly DashboardVariable[],
  values: Readonly<Record<string, string>>,
): MetricWidget {
  let result = widget;
  for (const variable of variables) {
    const value = valueOf(variable, values);
    if (value === undefined) continue;
    if (variable.type === "property" && variable.property) {
      const property = variable.property;
      if (property.toLowerCase() === "region") {
        result = {
          ...result,
          region: value,
          metrics: result.metrics.map((q) => ({ ...q, region: q.region && value })),
        };
        continue;
      }
      result = {
        ...result,
        metrics: result.metrics.map((q) =>
          q.kind === "metric"
            ? { ...q, dimensions: q.dimensions.map((d) => (d.name === property ? { ...d, value } : d)) }
            : q,
        ),
      };
    } else if (variable.type === "pattern" && variable.pattern) {
      let pattern: RegExp;
      try {
        pattern = new RegExp(variable.pattern, "g");
      } catch {
        continue;
      }
      result = {
        ...result,
        region: replacePattern(result.region, pattern, value),
        metrics: result.metrics.map((q) => {
          const label = q.label === undefined ? undefined : replacePattern(q.label, pattern, value);
          if (q.kind === "expression")
            return { ...q, label, expression: replacePattern(q.expression, pattern, value) };
          return {
            ...q,
            label,
            dimensions: q.dimensions.map((d) => ({ ...d, value: replacePattern(d.value, pattern, value) })),
          };
        }),
      };
    }
  }
  return result;
}

/** Pattern variables in free text (titles, Markdown), where CloudWatch substitutes them too. */
export function substitutePatterns(
  text: string,
  variables: readonly DashboardVariable[],
  values: Readonly<Record<string, string>>,
): string {
  let result = text;
  for (const variable of variables) {
    if (variable.type !== "pattern" || !variable.pattern) continue;
    const value = valueOf(variable, values);
    if (value === undefined) continue;
    let pattern: RegExp;
    try {
      pattern = new RegExp(variable.pattern, "g");
    } catch {
      continue;
    }
    // A function replacement: "$" in a chosen value is literal, never a back-reference.
    result = result.replace(pattern, () => value);
  }
  return result;
}

/** A widget as displayed: pattern variables substituted in its title and, for text widgets, its Markdown. */
export function displayWidget<W extends Widget>(
  widget: W,
  variables: readonly DashboardVariable[],
  values: Readonly<Record<string, string>>,
): W {
  if (!variables.some((v) => v.type === "pattern")) return widget;
  const title = widget.title === undefined ? undefined : substitutePatterns(widget.title, variables, values);
  if (widget.type === "text") {
    return { ...widget, title, markdown: substitutePatterns(widget.markdown, variables, values) };
  }
  return { ...widget, title };
}
