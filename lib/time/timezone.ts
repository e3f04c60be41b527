import { z } from "zod";

// Time zones are "local" (the viewer's browser zone), "UTC", or an IANA name. All conversions go through
// Intl.DateTimeFormat so they follow the runtime's tz database (DST included) in the browser and on the server.

export const LOCAL_TIME_ZONE = "local";
export const UTC_TIME_ZONE = "UTC";
export type TimeZoneSetting = string;

export interface WallClock {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function zoneFormatter(tz: TimeZoneSetting): Intl.DateTimeFormat {
  const key = tz === LOCAL_TIME_ZONE ? "" : tz;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: key === "" ? undefined : key,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      era: "short",
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The zone a setting means here and now: "local" becomes this runtime's IANA zone, so it can travel in a link. */
export function concreteTimeZone(tz: TimeZoneSetting): string {
  if (tz !== LOCAL_TIME_ZONE) return tz;
  return new Intl.DateTimeFormat().resolvedOptions().timeZone || UTC_TIME_ZONE;
}

export function isValidTimeZone(tz: string): boolean {
  if (tz === LOCAL_TIME_ZONE || tz === UTC_TIME_ZONE) return true;
  if (tz.trim() !== tz || tz === "") return false;
  try {
    zoneFormatter(tz);
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSettingSchema = z
  .string()
  .refine(isValidTimeZone, { message: 'Expected "local", "UTC" or an IANA time zone name' });

/** The zone Intl will use: the IANA name, or the runtime's own zone for "local". */
export function effectiveTimeZone(tz: TimeZoneSetting): string {
  return zoneFormatter(tz).resolvedOptions().timeZone;
}

export function getWallClock(epochMs: number, tz: TimeZoneSetting): WallClock {
  const fields: Record<string, string> = {};
  for (const part of zoneFormatter(tz).formatToParts(epochMs)) fields[part.type] = part.value;
  const yearOfEra = Number(fields.year);
  return {
    year: fields.era === "BC" || fields.era === "B" ? 1 - yearOfEra : yearOfEra,
    month: Number(fields.month),
    day: Number(fields.day),
    hour: Number(fields.hour) % 24,
    minute: Number(fields.minute),
    second: Number(fields.second),
    millisecond: ((epochMs % 1000) + 1000) % 1000,
  };
}

function wallClockAsUtc(wall: WallClock): number {
  const t = new Date(0);
  t.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  t.setUTCHours(wall.hour, wall.minute, wall.second, wall.millisecond);
  return t.getTime();
}

/** Minutes east of UTC at that instant (e.g. -240 for New York in summer). */
export function zoneOffsetMinutes(epochMs: number, tz: TimeZoneSetting): number {
  return (wallClockAsUtc(getWallClock(epochMs, tz)) - epochMs) / 60_000;
}

/** "+05:30", "-04:00", "+00:00". */
export function formatOffset(offsetMinutes: number): string {
  const rounded = Math.round(offsetMinutes);
  const sign = rounded < 0 ? "-" : "+";
  const abs = Math.abs(rounded);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function sameWall(a: WallClock, b: WallClock): boolean {
  return (
    a.year === b.year &&
    a.month === b.month &&
    a.day === b.day &&
    a.hour === b.hour &&
    a.minute === b.minute &&
    a.second === b.second
  );
}

const DAY_MS = 86_400_000;

/**
 * The instant a wall-clock time denotes in a zone. A time skipped by a DST jump moves forward by the jump
 * (02:30 on a spring-forward night becomes 03:30); a repeated time resolves to the earlier instant.
 */
export function wallClockToEpoch(
  wall: Omit<WallClock, "millisecond"> & { millisecond?: number },
  tz: TimeZoneSetting,
): number {
  const full: WallClock = { ...wall, millisecond: wall.millisecond ?? 0 };
  const asUtc = wallClockAsUtc(full);
  const before = zoneOffsetMinutes(asUtc - DAY_MS, tz);
  const after = zoneOffsetMinutes(asUtc + DAY_MS, tz);
  const candidates = [asUtc - before * 60_000, asUtc - after * 60_000].sort((a, b) => a - b);
  for (const candidate of candidates) {
    if (sameWall(getWallClock(candidate, tz), full)) return candidate;
  }
  return asUtc - before * 60_000;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

export interface FormatOptions {
  seconds?: boolean;
  milliseconds?: boolean;
  /** Append the zone's UTC offset at that instant, e.g. " -04:00". */
  offset?: boolean;
}

/** "2024-03-10" in the zone. */
export function formatDate(epochMs: number, tz: TimeZoneSetting): string {
  const w = getWallClock(epochMs, tz);
  return `${w.year < 0 ? "-" : ""}${pad(Math.abs(w.year), 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** "14:05", "14:05:09" or "14:05:09.250" in the zone. */
export function formatTime(epochMs: number, tz: TimeZoneSetting, opts: FormatOptions = {}): string {
  const w = getWallClock(epochMs, tz);
  let text = `${pad(w.hour)}:${pad(w.minute)}`;
  if (opts.seconds || opts.milliseconds) text += `:${pad(w.second)}`;
  if (opts.milliseconds) text += `.${pad(w.millisecond, 3)}`;
  return text;
}

/** "2024-03-10 14:05" (+ seconds / offset on request): sortable, unambiguous with `offset`. */
export function formatDateTime(epochMs: number, tz: TimeZoneSetting, opts: FormatOptions = {}): string {
  const text = `${formatDate(epochMs, tz)} ${formatTime(epochMs, tz, opts)}`;
  return opts.offset ? `${text} ${formatOffset(zoneOffsetMinutes(epochMs, tz))}` : text;
}

/** Label for pickers and legends: "UTC", "Local (Europe/Berlin, +01:00)", "America/New_York (-05:00)". */
export function describeTimeZone(tz: TimeZoneSetting, atEpochMs: number): string {
  if (tz === UTC_TIME_ZONE) return "UTC";
  const offset = formatOffset(zoneOffsetMinutes(atEpochMs, tz));
  if (tz === LOCAL_TIME_ZONE) return `Local (${effectiveTimeZone(tz)}, ${offset})`;
  return `${tz} (${offset})`;
}
