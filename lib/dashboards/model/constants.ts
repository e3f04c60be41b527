import type { RefreshInterval } from "@/lib/time";

/** Version of the stored dashboard JSON; bump it and add a migration in upgrade.ts when the shape changes. */
export const DASHBOARD_SCHEMA_VERSION = 2;

/** [I] Region of a dashboard that names none and whose widgets name none either. */
export const FALLBACK_REGION = "us-east-1";

/** CloudWatch's grid: 24 columns, widgets 1–24 wide and 1–1000 high, default 6 × 6. */
export const GRID_COLUMNS = 24;
export const MAX_WIDGET_HEIGHT = 1_000;
export const DEFAULT_WIDGET_WIDTH = 6;
export const DEFAULT_WIDGET_HEIGHT = 6;
/** [I] CloudWatch documents no upper bound for `y`; room for every widget (500) at the tallest height (1000). */
export const MAX_GRID_Y = 500_000;

/** CloudWatch dashboard quotas (ANCHORS C.2), applied to our documents too so every export is accepted. */
export const MAX_WIDGETS = 500;
export const MAX_METRICS_PER_WIDGET = 500;
export const MAX_METRICS_PER_DASHBOARD = 2_500;
export const MAX_ALARMS_PER_WIDGET = 100;
/** A CloudWatch metric has at most 30 dimensions. */
export const MAX_DIMENSIONS = 30;

/** What CloudWatch uses when neither the row nor the widget names a statistic / period. */
export const DEFAULT_STAT = "Average";
export const DEFAULT_PERIOD_SECONDS = 300;

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
