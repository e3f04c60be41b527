// Formatting of values inside dynamic labels. AWS does not document the exact format [I]; the choices
// live here so they can be changed in one place.
import { civilFromDays, daysSinceEpoch, secondsOfDay } from "../calendar";
import { LABEL_MAX_FRACTION_DIGITS } from "../semantics";

export function formatLabelNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const rounded = Number(value.toFixed(LABEL_MAX_FRACTION_DIGITS));
  if (rounded === 0 && value !== 0) return String(Number(value.toPrecision(LABEL_MAX_FRACTION_DIGITS)));
  return String(rounded);
}

/** Parses `LabelOptions.Timezone` (`+HHMM` / `-HHMM`, default UTC) into an offset in seconds. */
export function parseTimezoneOffset(timezone: string | undefined): number {
  const match = /^([+-])(\d{2})(\d{2})$/.exec(timezone?.trim() ?? "");
  if (!match) return 0;
  const sign = match[1] === "-" ? -1 : 1;
  return sign * (Number(match[2]) * 3600 + Number(match[3]) * 60);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** ISO-8601 with the label's offset, e.g. `2024-01-01T01:30:00+01:30`. */
export function formatLabelTime(epochSeconds: number, offsetSeconds: number): string {
  const local = epochSeconds + offsetSeconds;
  const { year, month, day } = civilFromDays(daysSinceEpoch(local));
  const sod = secondsOfDay(local);
  const abs = Math.abs(offsetSeconds);
  const sign = offsetSeconds < 0 ? "-" : "+";
  const time = `${pad(Math.floor(sod / 3600))}:${pad(Math.floor(sod / 60) % 60)}:${pad(Math.floor(sod % 60))}`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${time}${sign}${pad(Math.floor(abs / 3600))}:${pad(Math.floor(abs / 60) % 60)}`;
}

/** Compact duration such as `1d 2h 3m 4s` (zero parts omitted; `0s` for zero). */
export function formatDuration(seconds: number): string {
  let rest = Math.round(Math.abs(seconds));
  const parts: string[] = [];
  for (const [unit, size] of [
    ["d", 86400],
    ["h", 3600],
    ["m", 60],
    ["s", 1],
  ] as const) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0) parts.push(`${count}${unit}`);
  }
  return parts.length > 0 ? parts.join(" ") : "0s";
}

export function formatRelativeTime(epochSeconds: number, nowSeconds: number): string {
  const delta = nowSeconds - epochSeconds;
  return delta >= 0 ? `${formatDuration(delta)} ago` : `in ${formatDuration(delta)}`;
}
