import { z } from "zod";
import { fail, ok, type ParseResult } from "./result";

/** Auto-refresh choices offered by the time picker (the CloudWatch console also offers 2 m; we do not). */
export const REFRESH_INTERVALS = ["off", "10s", "1m", "5m", "15m"] as const;
export type RefreshInterval = (typeof REFRESH_INTERVALS)[number];
export const refreshIntervalSchema = z.enum(REFRESH_INTERVALS);

const INTERVAL_MS: Record<RefreshInterval, number | null> = {
  off: null,
  "10s": 10_000,
  "1m": 60_000,
  "5m": 300_000,
  "15m": 900_000,
};

/** Milliseconds between refreshes, or null when refresh is off. */
export function refreshIntervalMs(interval: RefreshInterval): number | null {
  return INTERVAL_MS[interval];
}

export function isRefreshInterval(value: unknown): value is RefreshInterval {
  return typeof value === "string" && (REFRESH_INTERVALS as readonly string[]).includes(value);
}

export function parseRefreshInterval(text: string): ParseResult<RefreshInterval> {
  return isRefreshInterval(text)
    ? ok(text)
    : fail(`refresh "${text}" is not one of ${REFRESH_INTERVALS.join(", ")}`);
}
