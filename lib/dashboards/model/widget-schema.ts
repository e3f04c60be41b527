import { z } from "zod";
import {
  GRID_COLUMNS,
  MAX_GRID_Y,
  MAX_ALARMS_PER_WIDGET,
  MAX_METRICS_PER_WIDGET,
  MAX_WIDGET_HEIGHT,
  METRIC_WIDGET_TYPES,
  type MetricWidgetType,
} from "./constants";
import { extraBagSchema, periodSchema, querySchema, statisticSchema } from "./query-schema";
import {
  annotationsSchema,
  labelsOptionSchema,
  legendSchema,
  tableOptionsSchema,
  yAxesSchema,
} from "./widget-options-schema";

export const gridPositionSchema = z
  .strictObject({
    x: z
      .int()
      .min(0)
      .max(GRID_COLUMNS - 1),
    y: z.int().min(0).max(MAX_GRID_Y),
    w: z.int().min(1).max(GRID_COLUMNS),
    h: z.int().min(1).max(MAX_WIDGET_HEIGHT),
  })
  .refine((p) => p.x + p.w <= GRID_COLUMNS, {
    message: `The widget runs past column ${GRID_COLUMNS} (x + w must be ≤ ${GRID_COLUMNS})`,
    path: ["w"],
  });

/** CloudWatch keys we do not model: unknown widget-level keys and unknown `properties` keys. */
export const widgetExtraSchema = z.strictObject({
  widget: extraBagSchema.optional(),
  properties: extraBagSchema.optional(),
});

const baseFields = {
  /** Stable within the document (React keys, per-widget state); not part of CloudWatch's JSON. */
  id: z.string().min(1).max(64),
  title: z.string().optional(),
  position: gridPositionSchema,
  extra: widgetExtraSchema.optional(),
};

/** Everything a metric widget can carry; the widget type picks how it is drawn. */
const metricWidgetFields = {
  ...baseFields,
  /** Region of every query that does not name its own. */
  region: z.string().min(1),
  accountId: z.string().min(1).optional(),
  /** Default statistic for queries; absent means Average. */
  stat: statisticSchema.optional(),
  /** Period override in seconds for queries without their own; absent means automatic. */
  period: periodSchema.optional(),
  metrics: z.array(querySchema).max(MAX_METRICS_PER_WIDGET),
  legend: legendSchema.optional(),
  /** Left/right axes; for a gauge, `left.min`/`left.max` are the gauge range. */
  yAxis: yAxesSchema.optional(),
  annotations: annotationsSchema.optional(),
  liveData: z.boolean().optional(),
  /** Number widget: draw a sparkline under the value. */
  sparkline: z.boolean().optional(),
  /** Number widget: show the change against the previous value. */
  trend: z.boolean().optional(),
  singleValueFullPrecision: z.boolean().optional(),
  /** Pie / bar / number: aggregate over the whole range rather than show the latest period. */
  setPeriodToTimeRange: z.boolean().optional(),
  labels: labelsOptionSchema.optional(),
  table: tableOptionsSchema.optional(),
  /** CloudWatch's per-widget time zone string, e.g. "+0130" or "Local". */
  timezone: z.string().optional(),
  /** Per-widget range override as CloudWatch writes it ("-PT1H" or an ISO instant). */
  start: z.string().optional(),
  end: z.string().optional(),
  /** Watchwall only (not exported): the log groups "View logs" opens; absent means derived from the metrics. */
  logGroupLinks: z.array(z.string().min(1)).max(50).optional(),
};

function metricWidgetSchema<T extends MetricWidgetType>(type: T) {
  return z.strictObject({ type: z.literal(type), ...metricWidgetFields });
}

export const lineWidgetSchema = metricWidgetSchema("line");
export const areaWidgetSchema = metricWidgetSchema("area");
export const barWidgetSchema = metricWidgetSchema("bar");
export const numberWidgetSchema = metricWidgetSchema("number");
export const gaugeWidgetSchema = metricWidgetSchema("gauge");
export const pieWidgetSchema = metricWidgetSchema("pie");
export const tableWidgetSchema = metricWidgetSchema("table");

export const textWidgetSchema = z.strictObject({
  type: z.literal("text"),
  ...baseFields,
  /** Markdown source; the renderer sanitises it. */
  markdown: z.string(),
  background: z.enum(["solid", "transparent"]).optional(),
});

/**
 * Watchwall's extension of the alarm status widget: alarms chosen by account, Region, name prefix and state
 * rather than listed ("everything in ALARM across all accounts"). Exported to CloudWatch as the list it
 * resolves to.
 */
export const alarmSelectorSchema = z.strictObject({
  accounts: z.array(z.string().regex(/^\d{12}$/, "must be a 12-digit AWS account id")).optional(),
  regions: z.array(z.string().min(1)).optional(),
  namePrefix: z.string().max(255).optional(),
  states: z.array(z.enum(["ALARM", "INSUFFICIENT_DATA", "OK"])).optional(),
});

export const alarmStatusWidgetSchema = z.strictObject({
  type: z.literal("alarm-status"),
  ...baseFields,
  alarms: z.array(z.string().min(1)).max(MAX_ALARMS_PER_WIDGET),
  sortBy: z.string().optional(),
  states: z.array(z.string()).optional(),
  selector: alarmSelectorSchema.optional(),
});

/** Watchwall's own widget: open AWS Health events of chosen accounts, services and Regions. */
export const healthWidgetSchema = z.strictObject({
  type: z.literal("aws-health"),
  ...baseFields,
  accounts: z.array(z.string().regex(/^\d{12}$/, "must be a 12-digit AWS account id")).optional(),
  services: z.array(z.string().min(1)).optional(),
  regions: z.array(z.string().min(1)).optional(),
});

export const logsWidgetSchema = z.strictObject({
  type: z.literal("logs"),
  ...baseFields,
  region: z.string().min(1),
  accountId: z.string().min(1).optional(),
  /** The query exactly as CloudWatch stores it, SOURCE clauses included. */
  query: z.string(),
  /** Log groups named by the query's SOURCE clauses (derived from `query`; kept in step by validation). */
  logGroups: z.array(z.string()),
  queryLanguage: z.string().optional(),
  view: z.enum(["table", "timeSeries", "bar", "pie"]).optional(),
  stacked: z.boolean().optional(),
});

/** A CloudWatch widget we cannot draw (explorer, custom, future types): shown as a placeholder, exported verbatim. */
export const unsupportedWidgetSchema = z.strictObject({
  type: z.literal("unsupported"),
  ...baseFields,
  reason: z.string(),
  original: extraBagSchema,
});

export const widgetSchema = z.discriminatedUnion("type", [
  lineWidgetSchema,
  areaWidgetSchema,
  barWidgetSchema,
  numberWidgetSchema,
  gaugeWidgetSchema,
  pieWidgetSchema,
  tableWidgetSchema,
  textWidgetSchema,
  alarmStatusWidgetSchema,
  logsWidgetSchema,
  unsupportedWidgetSchema,
  healthWidgetSchema,
]);

export type GridPosition = z.infer<typeof gridPositionSchema>;
export type WidgetExtra = z.infer<typeof widgetExtraSchema>;
export type MetricWidget = z.infer<ReturnType<typeof metricWidgetSchema>>;
export type TextWidget = z.infer<typeof textWidgetSchema>;
export type AlarmStatusWidget = z.infer<typeof alarmStatusWidgetSchema>;
export type AlarmSelector = z.infer<typeof alarmSelectorSchema>;
export type HealthWidget = z.infer<typeof healthWidgetSchema>;
export type LogsWidget = z.infer<typeof logsWidgetSchema>;
export type UnsupportedWidget = z.infer<typeof unsupportedWidgetSchema>;
export type Widget = z.infer<typeof widgetSchema>;

export function isMetricWidget(widget: Widget): widget is Extract<Widget, { type: MetricWidgetType }> {
  return (METRIC_WIDGET_TYPES as readonly string[]).includes(widget.type);
}
