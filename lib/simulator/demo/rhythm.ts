// Smooth, deterministic rhythms shared by every generated series: time of day, day of week, slow drift and
// long-term growth. All functions take epoch seconds.

const MINUTES_PER_DAY = 1440;
const SECONDS_PER_DAY = 86400;
const SECONDS_PER_YEAR = 365.25 * SECONDS_PER_DAY;
/** Growth is measured from this fixed instant so that data never depends on when the simulator started. */
const GROWTH_EPOCH = Date.UTC(2026, 0, 1) / 1000;

/** Local time-of-day curve in [-1, 1]: quiet around 04:00, busiest early afternoon, a softer evening shoulder. */
const DIURNAL: Float64Array = (() => {
  const raw = new Float64Array(MINUTES_PER_DAY);
  let peak = 0;
  for (let m = 0; m < MINUTES_PER_DAY; m++) {
    const h = m / 60;
    const v =
      -0.75 * Math.cos((2 * Math.PI * (h - 3.5)) / 24) - 0.25 * Math.cos((4 * Math.PI * (h - 1.5)) / 24);
    raw[m] = v;
    peak = Math.max(peak, Math.abs(v));
  }
  for (let m = 0; m < MINUTES_PER_DAY; m++) raw[m] = (raw[m] ?? 0) / peak;
  return raw;
})();

export function localSeconds(t: number, utcOffsetHours: number): number {
  return t + utcOffsetHours * 3600;
}

/** Time-of-day factor in [-1, 1] for the local clock of a region. */
export function diurnal(t: number, utcOffsetHours: number): number {
  const local = localSeconds(t, utcOffsetHours);
  const minute = Math.floor(local / 60) % MINUTES_PER_DAY;
  return DIURNAL[minute < 0 ? minute + MINUTES_PER_DAY : minute] ?? 0;
}

const WEEKEND_BLEND_SECONDS = 3 * 3600;

function isWeekendDay(day: number): number {
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday === 0 || weekday === 6 ? 1 : 0;
}

/** 1 on weekdays, `1 - dip` on weekends, blended over three hours around local midnight. */
export function weeklyFactor(t: number, utcOffsetHours: number, dip: number): number {
  if (dip === 0) return 1;
  const local = localSeconds(t, utcOffsetHours);
  const day = Math.floor(local / SECONDS_PER_DAY);
  const sinceMidnight = local - day * SECONDS_PER_DAY;
  const today = isWeekendDay(day);
  let share = today;
  if (sinceMidnight < WEEKEND_BLEND_SECONDS / 2) {
    const yesterday = isWeekendDay(day - 1);
    share = yesterday + (today - yesterday) * (0.5 + sinceMidnight / WEEKEND_BLEND_SECONDS);
  } else if (sinceMidnight > SECONDS_PER_DAY - WEEKEND_BLEND_SECONDS / 2) {
    const tomorrow = isWeekendDay(day + 1);
    const f = (sinceMidnight - (SECONDS_PER_DAY - WEEKEND_BLEND_SECONDS / 2)) / WEEKEND_BLEND_SECONDS;
    share = today + (tomorrow - today) * f;
  }
  return 1 - dip * share;
}

/** Exponential business growth relative to a fixed epoch. */
export function growth(t: number, perYear: number): number {
  if (perYear === 0) return 1;
  return Math.exp((perYear * (t - GROWTH_EPOCH)) / SECONDS_PER_YEAR);
}

const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
const rhythmTables = new Map<string, Float64Array>();

/**
 * `(1 + dailyAmp·diurnal) × weeklyFactor` for every local minute of the week, indexed by
 * `weekMinute(t, utcOffsetHours)`. Tables are shared by all series with the same parameters.
 */
export function rhythmTable(utcOffsetHours: number, dailyAmp: number, weekendDip: number): Float64Array {
  const key = `${utcOffsetHours}|${dailyAmp}|${weekendDip}`;
  let table = rhythmTables.get(key);
  if (!table) {
    table = new Float64Array(MINUTES_PER_WEEK);
    for (let m = 0; m < MINUTES_PER_WEEK; m++) {
      // Minute m of the table is the local epoch minute m (mod one week); back to UTC seconds for the helpers.
      const t = m * 60 - utcOffsetHours * 3600;
      table[m] = (1 + dailyAmp * diurnal(t, utcOffsetHours)) * weeklyFactor(t, utcOffsetHours, weekendDip);
    }
    rhythmTables.set(key, table);
  }
  return table;
}

export function weekMinute(t: number, utcOffsetHours: number): number {
  const m = Math.floor((t + utcOffsetHours * 3600) / 60) % MINUTES_PER_WEEK;
  return m < 0 ? m + MINUTES_PER_WEEK : m;
}
