import {
  DEFAULT_TIME_RANGE,
  describeRelativeRange,
  formatInstant,
  MAX_RELATIVE_SECONDS,
  MIN_RELATIVE_SECONDS,
  normalizeRange,
  parseDuration,
  parseInstant,
  type RelativeRange,
  type TimeRange,
} from "@/lib/time";

// The body's top-level `start`/`end`: a relative start ("-PT6H", "-P3M") alone, or two ISO instants.

export interface ImportedRange {
  range: TimeRange;
  /** Why the body's start/end could not be used as written, and which of the two is at fault. */
  warning?: { field: "start" | "end"; message: string };
}

function relativeFrom(start: string): RelativeRange | undefined {
  const parsed = parseDuration(start);
  if (!parsed.ok) return undefined;
  const seconds = parsed.value.seconds;
  if (seconds < MIN_RELATIVE_SECONDS || seconds > MAX_RELATIVE_SECONDS) return undefined;
  return { type: "relative", duration: parsed.value.iso };
}

/** The dashboard's default range for a body's start/end (the CloudWatch default of 3 hours when absent). */
export function rangeFromCloudWatch(start: string | undefined, end: string | undefined): ImportedRange {
  const fallback = { ...DEFAULT_TIME_RANGE };
  const warn = (field: "start" | "end", message: string, range: TimeRange = fallback): ImportedRange => ({
    range,
    warning: { field, message },
  });
  if (start === undefined)
    return end === undefined ? { range: fallback } : warn("end", "end without start is ignored");
  const relative = relativeFrom(start);
  if (relative) {
    if (end === undefined) return { range: relative };
    const label = describeRelativeRange(relative).toLowerCase();
    return warn("end", `A relative start ("${start}") cannot have an end; showing the ${label}`, relative);
  }
  const from = parseInstant(start);
  if (!from.ok)
    return warn("start", `start "${start}" is neither a duration nor a time; showing the last 3 hours`);
  if (end === undefined) return warn("start", "An absolute start needs an end; showing the last 3 hours");
  const to = parseInstant(end);
  if (!to.ok || to.value <= from.value) {
    return warn("end", `end "${end}" is not a time after start; showing the last 3 hours`);
  }
  return { range: { type: "absolute", start: from.value, end: to.value } };
}

/** `start`/`end` for a range, in CloudWatch's spelling. */
export function cloudWatchTimeFields(range: TimeRange): { start: string; end?: string } {
  const normalized = normalizeRange(range);
  if (normalized.type === "absolute")
    return { start: formatInstant(normalized.start), end: formatInstant(normalized.end) };
  return { start: `-${String(normalized.duration)}` };
}

/** One spelling per meaning, for comparing bodies: "-9H" → "-PT9H", any instant → ISO with milliseconds. */
export function canonicalTimeField(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const duration = parseDuration(value);
  if (duration.ok) return `${duration.value.negative ? "-" : ""}${duration.value.iso}`;
  const instant = parseInstant(value);
  return instant.ok ? formatInstant(instant.value) : value;
}
