import { SECONDS_PER_DAY, SECONDS_PER_HOUR } from "./duration";

// CloudWatch keeps data at coarser resolution as it ages (ANCHORS C.6), and GetMetricData returns nothing for a
// period finer than what is kept at StartTime (ANCHORS C.1 "Period validity").

/** Sub-minute (high-resolution) data is kept 3 hours. */
export const HIGH_RESOLUTION_RETENTION_SECONDS = 3 * SECONDS_PER_HOUR;
/** 1-minute data is kept 15 days. */
export const MINUTE_RETENTION_SECONDS = 15 * SECONDS_PER_DAY;
/** 5-minute data is kept 63 days. */
export const FIVE_MINUTE_RETENTION_SECONDS = 63 * SECONDS_PER_DAY;
/** Hourly data is kept 455 days (15 months). */
export const HOURLY_RETENTION_SECONDS = 455 * SECONDS_PER_DAY;

/** Periods below a minute that GetMetricData accepts. */
export const SUB_MINUTE_PERIODS: readonly number[] = [1, 5, 10, 30];

export interface RetentionTier {
  /** Every period must be a multiple of this (sub-minute tier: one of SUB_MINUTE_PERIODS or a multiple of 60). */
  granularity: number;
  /** Human wording for reasons shown in the UI. */
  description: string;
}

/** The tier that applies to data `ageSeconds` old (age of the range's start). */
export function retentionTier(ageSeconds: number, highResolution: boolean): RetentionTier {
  if (ageSeconds <= HIGH_RESOLUTION_RETENTION_SECONDS && highResolution) {
    return { granularity: 1, description: "high-resolution data (kept 3 hours)" };
  }
  if (ageSeconds <= MINUTE_RETENTION_SECONDS)
    return { granularity: 60, description: "1-minute data (kept 15 days)" };
  if (ageSeconds <= FIVE_MINUTE_RETENTION_SECONDS) {
    return { granularity: 300, description: "data older than 15 days is kept at 5-minute resolution" };
  }
  return { granularity: 3600, description: "data older than 63 days is kept at 1-hour resolution" };
}

/** Whether GetMetricData returns data for `period` when StartTime is that old. */
export function isPeriodValidForTier(period: number, tier: RetentionTier): boolean {
  if (!Number.isInteger(period) || period <= 0) return false;
  if (tier.granularity === 1) return SUB_MINUTE_PERIODS.includes(period) || period % 60 === 0;
  return period % tier.granularity === 0;
}

/** Smallest period ≥ `period` that the tier allows. */
export function raiseToTier(period: number, tier: RetentionTier): number {
  const wanted = Math.max(1, Math.ceil(period));
  if (isPeriodValidForTier(wanted, tier)) return wanted;
  if (tier.granularity === 1) {
    const sub = SUB_MINUTE_PERIODS.find((p) => p >= wanted);
    if (sub !== undefined) return sub;
    return Math.ceil(wanted / 60) * 60;
  }
  return Math.ceil(wanted / tier.granularity) * tier.granularity;
}
