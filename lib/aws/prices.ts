// [I] AWS list prices Watchwall's cost estimates use, per Region, in US dollars. Named here, in one place,
// so they are easy to check against the AWS price list and change. Regions not listed use the default.

export interface RegionPrices {
  /** GetMetricData: per metric requested (a query in MetricDataQueries, expressions included). */
  getMetricDataPerMetric: number;
  /** Logs Insights: per byte scanned. */
  logsInsightsPerByte: number;
}

const GB = 1024 ** 3;

/** GetMetricData: $0.01 per 1,000 metrics requested. */
export const GET_METRIC_DATA_PER_1000_METRICS_USD = 0.01;
/** Logs Insights: $0.005 per GB of data scanned (us-east-1). */
export const LOGS_INSIGHTS_PER_GB_USD = 0.005;

export const DEFAULT_PRICES: RegionPrices = {
  getMetricDataPerMetric: GET_METRIC_DATA_PER_1000_METRICS_USD / 1000,
  logsInsightsPerByte: LOGS_INSIGHTS_PER_GB_USD / GB,
};

export const REGION_PRICES: Readonly<Record<string, RegionPrices>> = {
  "us-east-1": DEFAULT_PRICES,
  "us-east-2": DEFAULT_PRICES,
  "us-west-2": DEFAULT_PRICES,
  "eu-west-1": { getMetricDataPerMetric: 0.01 / 1000, logsInsightsPerByte: 0.0057 / GB },
  "eu-central-1": { getMetricDataPerMetric: 0.01 / 1000, logsInsightsPerByte: 0.0063 / GB },
  "ap-northeast-1": { getMetricDataPerMetric: 0.01 / 1000, logsInsightsPerByte: 0.0076 / GB },
  "ap-southeast-2": { getMetricDataPerMetric: 0.01 / 1000, logsInsightsPerByte: 0.0076 / GB },
};

export function pricesFor(region: string): RegionPrices {
  return REGION_PRICES[region] ?? DEFAULT_PRICES;
}
