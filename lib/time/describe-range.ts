import { describeRelativeRange, type TimeRange } from "./range";
import { formatDateTime, formatTime, formatDate, UTC_TIME_ZONE, type TimeZoneSetting } from "./timezone";

/**
 * Label for the time picker button: "Last 3 hours", or "2024-05-01 09:00 → 17:30 UTC" for an absolute range
 * (the end date is repeated only when it differs from the start date).
 */
export function describeRange(range: TimeRange, tz: TimeZoneSetting): string {
  if (range.type === "relative") return describeRelativeRange(range);
  const sameDay = formatDate(range.start, tz) === formatDate(range.end, tz);
  const end = sameDay ? formatTime(range.end, tz) : formatDateTime(range.end, tz);
  const zone = tz === UTC_TIME_ZONE ? " UTC" : "";
  return `${formatDateTime(range.start, tz)} → ${end}${zone}`;
}
