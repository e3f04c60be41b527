import type { RefreshInterval } from "@/lib/time";

/** Version of the stored dashboard JSON; bump it and add a migration in upgrade.ts when the shape changes. */
export const DASHBOARD_SCHEMA_VERSION = 2;

/** [I] Region of a dashboard that names none and whose widgets name none either. */
export const FALLBACK_REGION = "us-east-1";

// CloudWatch's own grid, quotas and defaults: the neutral body module owns them, the model applies them too.
export {
  DEFAULT_PERIOD_SECONDS,
  DEFAULT_STAT,
  DEFAULT_WIDGET_HEIGHT,
  DEFAULT_WIDGET_WIDTH,
  GRID_COLUMNS,
  MAX_ALARMS_PER_WIDGET,
  MAX_GRID_Y,
  MAX_DIMENSIONS,
  MAX_METRICS_PER_DASHBOARD,
  MAX_METRICS_PER_WIDGET,
  MAX_WIDGET_HEIGHT,
  MAX_WIDGETS,
} from "@/lib/cloudwatch-body/limits";

/** [I] Imported dashboards start with auto-refresh off, as the CloudWatch console opens them. */
export const DEFAULT_REFRESH: RefreshInterval = "off";

/** Widget types a Watchwall dashboard can hold. */
export const METRIC_WIDGET_TYPES = ["line", "area", "bar", "number", "gauge", "pie", "table"] as const;
export const WIDGET_TYPES = [
  ...METRIC_WIDGET_TYPES,
  "text",
  "alarm-status",
  "logs",
  "unsupported",
  "aws-health",
] as const;
export type MetricWidgetType = (typeof METRIC_WIDGET_TYPES)[number];
export type WidgetType = (typeof WIDGET_TYPES)[number];

/** [I] Statistics offered in pick lists (editor and explorer); any valid CloudWatch statistic is accepted. */
export const STATISTIC_CHOICES: readonly string[] = [
  "Average",
  "Sum",
  "Minimum",
  "Maximum",
  "SampleCount",
  "p50",
  "p90",
  "p95",
  "p99",
  "p99.9",
  "IQM",
  "tm99",
];

/** [I] Periods offered in pick lists, in seconds, besides "auto" (the server picks one for the width). */
export const PERIOD_CHOICES_SECONDS: readonly number[] = [60, 300, 900, 3_600, 21_600, 86_400];
