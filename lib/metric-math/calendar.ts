// Calendar arithmetic on epoch seconds without Date objects (used per point by the time functions).

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** Proleptic Gregorian date of a day count since 1970-01-01 (H. Hinnant's days_from_civil inverse). */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function daysSinceEpoch(epochSeconds: number): number {
  return Math.floor(epochSeconds / 86400);
}

/** ISO weekday: Monday = 1 ... Sunday = 7 (1970-01-01 was a Thursday). */
export function isoWeekday(epochSeconds: number): number {
  const d = daysSinceEpoch(epochSeconds);
  return ((((d + 3) % 7) + 7) % 7) + 1;
}

export function secondsOfDay(epochSeconds: number): number {
  return epochSeconds - daysSinceEpoch(epochSeconds) * 86400;
}
