// [I] AWS list prices Watchwall's cost estimates use, per Region, in US dollars. Named here, in one place,
// so they are easy to check against the AWS price list and change. Regions not listed use the default.

export interface RegionPrices {
  /** GetMetricData: per metric requested (a query in MetricDataQueries, expressions included). */
  getMetricDataPerMetric: number;
  /** Logs Insights: per GB (BYTES_PER_GB bytes) scanned. */
  logsInsightsPerGb: number;
  /** Logs Insights: per byte scanned. */
  logsInsightsPerByte: number;
}

/** [I] A "GB" of Logs Insights billing: 10^9 bytes (the decimal unit; the pricing page does not say GiB). */
export const BYTES_PER_GB = 1e9;

/** GetMetricData: $0.01 per 1,000 metrics requested. */
export const GET_METRIC_DATA_PER_1000_METRICS_USD = 0.01;
/** Logs Insights: $0.005 per GB of data scanned (us-east-1 list price). */
export const LOGS_INSIGHTS_PER_GB_USD = 0.005;

/** [I] Logs Insights per GB scanned by Region (list prices; Regions not listed pay LOGS_INSIGHTS_PER_GB_USD). */
export const LOGS_INSIGHTS_PER_GB_USD_BY_REGION: Readonly<Record<string, number>> = {
  "us-east-1": LOGS_INSIGHTS_PER_GB_USD,
  "us-east-2": LOGS_INSIGHTS_PER_GB_USD,
  "us-west-2": LOGS_INSIGHTS_PER_GB_USD,
  "eu-west-1": 0.0057,
  "eu-central-1": 0.0063,
  "ap-northeast-1": 0.0076,
  "ap-southeast-2": 0.0076,
};

function pricesAt(logsInsightsPerGb: number): RegionPrices {
  return {
    getMetricDataPerMetric: GET_METRIC_DATA_PER_1000_METRICS_USD / 1000,
    logsInsightsPerGb,
    logsInsightsPerByte: logsInsightsPerGb / BYTES_PER_GB,
  };
}

export const DEFAULT_PRICES: RegionPrices = pricesAt(LOGS_INSIGHTS_PER_GB_USD);

export const REGION_PRICES: Readonly<Record<string, RegionPrices>> = Object.fromEntries(
  Object.entries(LOGS_INSIGHTS_PER_GB_USD_BY_REGION).map(([region, perGb]) => [region, pricesAt(perGb)]),
);

export function pricesFor(region: string): RegionPrices {
  return REGION_PRICES[region] ?? DEFAULT_PRICES;
}
