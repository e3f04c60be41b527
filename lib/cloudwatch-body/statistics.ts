// CloudWatch statistic names and period rules, shared by the document schema and the CloudWatch importer.

const BASIC_STATISTICS = new Set(["SampleCount", "Average", "Sum", "Minimum", "Maximum", "IQM"]);
/** p99, p99.9, tm90, wm98, tc50, ts99 (percentile-style extended statistics). */
const SHORT_EXTENDED = /^(p|tm|wm|tc|ts)(\d{1,3}(?:\.\d+)?)$/i;
/** TM(10%:90%), TM(:95%), WM(150:1000), PR(10:), TC(0.005:0.030). */
const RANGE_EXTENDED = /^(tm|wm|tc|ts|pr)\(\s*(\d+(?:\.\d+)?%?)?\s*:\s*(\d+(?:\.\d+)?%?)?\s*\)$/i;

function inPercentRange(bound: string | undefined): boolean {
  if (bound === undefined || !bound.endsWith("%")) return true;
  const n = Number(bound.slice(0, -1));
  return n >= 0 && n <= 100;
}

export function isValidStatistic(stat: string): boolean {
  if (BASIC_STATISTICS.has(stat)) return true;
  const short = SHORT_EXTENDED.exec(stat);
  if (short) {
    const n = Number(short[2]);
    return n >= 0 && n <= 100;
  }
  const range = RANGE_EXTENDED.exec(stat);
  if (!range) return false;
  const [, , lower, upper] = range;
  if (lower === undefined && upper === undefined) return false;
  return inPercentRange(lower) && inPercentRange(upper);
}

/** GetMetricData accepts 1, 5, 10, 30 or any multiple of 60 seconds. */
export function isValidPeriod(period: number): boolean {
  return Number.isInteger(period) && period > 0 && (period % 60 === 0 || [1, 5, 10, 30].includes(period));
}

/** GetMetricData ids: start with a lowercase letter, then letters, digits, underscore; 1–255 characters. */
export const QUERY_ID_PATTERN = /^[a-z][a-zA-Z0-9_]{0,254}$/;

export function isValidQueryId(id: string): boolean {
  return QUERY_ID_PATTERN.test(id);
}
