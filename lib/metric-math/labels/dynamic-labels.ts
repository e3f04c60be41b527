// Dynamic label placeholders (section 2.6), resolved per result series.
import { MAX_DYNAMIC_LABEL_VALUES } from "../semantics";
import type { TimeSeries } from "../types";
import {
  formatDuration,
  formatLabelNumber,
  formatLabelTime,
  formatRelativeTime,
  parseTimezoneOffset,
} from "./format";

export interface DynamicLabelContext {
  /** What `${LABEL}` stands for: the label the series would have without a Label. */
  defaultLabel: string;
  /** `LabelOptions.Timezone`, `+HHMM` / `-HHMM`; only time-valued placeholders use it. */
  timezone?: string;
  /** Current time in epoch seconds, for the `*_RELATIVE` placeholders. */
  now: number;
  accountLabel?: string;
}

const PLACEHOLDER = /\$\{([A-Z_]+)(?:\(\s*(['"])(.*?)\2\s*\))?\}/g;

/** [I] what a value placeholder shows for a series without points. */
export const EMPTY_SERIES_LABEL_VALUE = "";

interface Summary {
  count: number;
  sum: number;
  first: number;
  last: number;
  min: number;
  max: number;
  firstTime: number;
  lastTime: number;
  minTime: number;
  maxTime: number;
}

function summarise(series: TimeSeries): Summary | undefined {
  const { timestamps, values } = series;
  const count = values.length;
  if (count === 0) return undefined;
  const s: Summary = {
    count,
    sum: 0,
    first: values[0] ?? 0,
    last: values[count - 1] ?? 0,
    min: Infinity,
    max: -Infinity,
    firstTime: timestamps[0] ?? 0,
    lastTime: timestamps[count - 1] ?? 0,
    minTime: 0,
    maxTime: 0,
  };
  for (let i = 0; i < count; i++) {
    const v = values[i] ?? 0;
    s.sum += v;
    if (v < s.min) {
      s.min = v;
      s.minTime = timestamps[i] ?? 0;
    }
    if (v > s.max) {
      s.max = v;
      s.maxTime = timestamps[i] ?? 0;
    }
  }
  return s;
}

function propertyValue(name: string, series: TimeSeries, ctx: DynamicLabelContext): string | undefined {
  if (name.startsWith("Dim.")) {
    const dimension = name.slice(4);
    return series.metric?.dimensions.find((d) => d.name === dimension)?.value ?? "";
  }
  switch (name) {
    case "AccountId":
      return series.accountId ?? "";
    case "AccountLabel":
      return ctx.accountLabel ?? "";
    case "MetricName":
      return series.metric?.metricName ?? "";
    case "Namespace":
      return series.metric?.namespace ?? "";
    case "Period":
      return String(series.period);
    case "Region":
      return series.region ?? "";
    case "Stat":
      return series.stat ?? "";
    default:
      return undefined;
  }
}

function valuePlaceholder(
  name: string,
  s: Summary | undefined,
  ctx: DynamicLabelContext,
): string | undefined {
  if (name === "DATAPOINT_COUNT") return String(s?.count ?? 0);
  const numbers: Record<string, (x: Summary) => number> = {
    AVG: (x) => x.sum / x.count,
    MIN: (x) => x.min,
    MAX: (x) => x.max,
    SUM: (x) => x.sum,
    FIRST: (x) => x.first,
    LAST: (x) => x.last,
    FIRST_LAST_RANGE: (x) => x.last - x.first,
    MIN_MAX_RANGE: (x) => x.max - x.min,
  };
  const times: Record<string, (x: Summary) => number> = {
    FIRST_TIME: (x) => x.firstTime,
    LAST_TIME: (x) => x.lastTime,
    MIN_TIME: (x) => x.minTime,
    MAX_TIME: (x) => x.maxTime,
  };
  const number = numbers[name];
  if (number) return s ? formatLabelNumber(number(s)) : EMPTY_SERIES_LABEL_VALUE;
  const time = times[name];
  if (time) return s ? formatLabelTime(time(s), parseTimezoneOffset(ctx.timezone)) : EMPTY_SERIES_LABEL_VALUE;
  if (name.endsWith("_RELATIVE")) {
    const base = times[name.slice(0, -"_RELATIVE".length)];
    if (base) return s ? formatRelativeTime(base(s), ctx.now) : EMPTY_SERIES_LABEL_VALUE;
  }
  if (name === "FIRST_LAST_TIME_RANGE")
    return s ? formatDuration(s.lastTime - s.firstTime) : EMPTY_SERIES_LABEL_VALUE;
  if (name === "MIN_MAX_TIME_RANGE")
    return s ? formatDuration(s.maxTime - s.minTime) : EMPTY_SERIES_LABEL_VALUE;
  return undefined;
}

export function hasDynamicPlaceholders(template: string): boolean {
  return template.includes("${");
}

/**
 * Replaces the placeholders of a Label for one series. Unknown placeholders, a second `${LABEL}` and
 * anything after the fifth dynamic value stay verbatim [I].
 */
export function resolveDynamicLabel(template: string, series: TimeSeries, ctx: DynamicLabelContext): string {
  let summary: Summary | undefined | null = null;
  let used = 0;
  let labelUsed = false;
  return template.replace(PLACEHOLDER, (whole: string, name: string, _quote?: string, arg?: string) => {
    if (used >= MAX_DYNAMIC_LABEL_VALUES) return whole;
    let value: string | undefined;
    if (name === "LABEL") {
      if (labelUsed) return whole;
      labelUsed = true;
      value = ctx.defaultLabel;
    } else if (name === "PROP") {
      value = arg === undefined ? undefined : propertyValue(arg, series, ctx);
    } else {
      if (summary === null) summary = summarise(series);
      value = valuePlaceholder(name, summary, ctx);
    }
    if (value === undefined) return whole;
    used++;
    return value;
  });
}
