// Labels of expression results (section 3.6).
import type { Value } from "../evaluator/values";
import type { MathSemantics } from "../semantics";
import type { ExpressionQuery, TimeSeries } from "../types";
import { hasDynamicPlaceholders, resolveDynamicLabel } from "./dynamic-labels";

export interface LabelOptions {
  timezone?: string;
  /** Epoch seconds. */
  now: number;
  accountLabel?: string;
  /** Resolve `${...}` placeholders (default true). */
  resolveDynamic: boolean;
}

function relabel(series: TimeSeries, label: string): TimeSeries {
  return { ...series, label };
}

/** The result series of an expression with their final labels (input arrays are shared, not copied). */
export function labelResult(
  value: Exclude<Value, { kind: "S" }>,
  query: ExpressionQuery,
  text: string,
  semantics: MathSemantics,
  options: LabelOptions,
): TimeSeries[] {
  const label = query.label ?? "";
  const dynamic = options.resolveDynamic && hasDynamicPlaceholders(label);
  const resolve = (series: TimeSeries, defaultLabel: string): string =>
    resolveDynamicLabel(label, series, {
      defaultLabel,
      now: options.now,
      ...(options.timezone !== undefined ? { timezone: options.timezone } : {}),
      ...(options.accountLabel !== undefined ? { accountLabel: options.accountLabel } : {}),
    });

  if (value.kind === "TS") {
    const defaultLabel = semantics.expressionDefaultLabel === "id" ? query.id : text.trim();
    if (label === "") return [relabel(value.series, defaultLabel)];
    return [relabel(value.series, dynamic ? resolve(value.series, defaultLabel) : label)];
  }
  return value.members.map((member) => {
    if (label === "") return relabel(member, member.label);
    if (dynamic) return relabel(member, resolve(member, member.label));
    if (semantics.arrayMemberLabel === "member-only" || member.label === "") {
      return relabel(member, semantics.arrayMemberLabel === "member-only" ? member.label : label);
    }
    return relabel(member, `${label} ${member.label}`);
  });
}
