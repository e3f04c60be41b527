import {
  DASHBOARD_SCHEMA_VERSION,
  type DashboardDocument,
  type MetricWidget,
  type MetricWidgetType,
  type Query,
} from "@/lib/dashboards/model";
import {
  demoCatalog,
  PRODUCTION_ACCOUNT_ID,
  scopeKey,
  STAGING_ACCOUNT_ID,
  type SeriesSpec,
} from "@/lib/simulator/demo";

// The benchmark's dashboard: 20 metric widgets, 100 metric queries, over 2 accounts × 2 Regions and 2 periods,
// plus a few same-scope math expressions. Every metric is taken from the simulator's generated catalogue
// (built from the demo inventory), so every query has data.

export interface BenchScope {
  slug: string;
  accountId: string;
  region: string;
}

export const BENCH_SCOPES: readonly BenchScope[] = [
  { slug: "prod-use1", accountId: PRODUCTION_ACCOUNT_ID, region: "us-east-1" },
  { slug: "prod-euw1", accountId: PRODUCTION_ACCOUNT_ID, region: "eu-west-1" },
  { slug: "stg-use1", accountId: STAGING_ACCOUNT_ID, region: "us-east-1" },
  { slug: "stg-euw1", accountId: STAGING_ACCOUNT_ID, region: "eu-west-1" },
];

interface MetricSource {
  namespace: string;
  metricName: string;
  stat: string;
  /** Only series that carry this dimension (e.g. per-instance rather than fleet aggregates). */
  dimension?: string;
}

interface WidgetTemplate {
  slug: string;
  title: string;
  type: MetricWidgetType;
  period: number;
  /** Metric queries in the widget. */
  size: number;
  /** In order of preference; later sources fill what earlier ones cannot. */
  sources: MetricSource[];
  /** Math over the metrics taken from the first source, evaluated in CloudWatch (same account and Region). */
  expression?: { fn: "AVG" | "SUM"; label: string; onlyIn?: string };
  position: { x: number; dy: number; w: number; h: number };
}

const WIDGETS: readonly WidgetTemplate[] = [
  {
    slug: "cpu",
    title: "EC2 CPU, memory and disk",
    type: "line",
    period: 60,
    size: 7,
    sources: [
      { namespace: "AWS/EC2", metricName: "CPUUtilization", stat: "Average", dimension: "InstanceId" },
      { namespace: "CWAgent", metricName: "mem_used_percent", stat: "Average" },
      { namespace: "CWAgent", metricName: "disk_used_percent", stat: "Average" },
    ],
    expression: { fn: "AVG", label: "Fleet average CPU" },
    position: { x: 0, dy: 0, w: 12, h: 6 },
  },
  {
    slug: "lambda",
    title: "Lambda invocations and duration",
    type: "line",
    period: 60,
    size: 6,
    sources: [
      { namespace: "AWS/Lambda", metricName: "Invocations", stat: "Sum", dimension: "FunctionName" },
      { namespace: "AWS/Lambda", metricName: "Duration", stat: "p90", dimension: "FunctionName" },
    ],
    expression: { fn: "SUM", label: "All invocations", onlyIn: PRODUCTION_ACCOUNT_ID },
    position: { x: 12, dy: 0, w: 12, h: 6 },
  },
  {
    slug: "alb",
    title: "Load balancer traffic",
    type: "line",
    period: 300,
    size: 5,
    sources: [
      { namespace: "AWS/ApplicationELB", metricName: "RequestCount", stat: "Sum" },
      { namespace: "AWS/ApplicationELB", metricName: "TargetResponseTime", stat: "p90" },
      { namespace: "AWS/ApplicationELB", metricName: "HTTPCode_Target_2XX_Count", stat: "Sum" },
      { namespace: "AWS/ApplicationELB", metricName: "ActiveConnectionCount", stat: "Sum" },
    ],
    position: { x: 0, dy: 6, w: 8, h: 6 },
  },
  {
    slug: "dynamodb",
    title: "DynamoDB consumed capacity",
    type: "area",
    period: 300,
    size: 4,
    sources: [
      { namespace: "AWS/DynamoDB", metricName: "ConsumedReadCapacityUnits", stat: "Sum" },
      { namespace: "AWS/DynamoDB", metricName: "ConsumedWriteCapacityUnits", stat: "Sum" },
    ],
    position: { x: 8, dy: 6, w: 8, h: 6 },
  },
  {
    slug: "sqs",
    title: "SQS messages visible",
    type: "number",
    period: 60,
    size: 3,
    sources: [
      { namespace: "AWS/SQS", metricName: "ApproximateNumberOfMessagesVisible", stat: "Maximum" },
      { namespace: "AWS/SQS", metricName: "NumberOfMessagesSent", stat: "Sum" },
    ],
    position: { x: 16, dy: 6, w: 8, h: 6 },
  },
];

const ROWS_PER_SCOPE = 12;

function candidates(series: readonly SeriesSpec[], source: MetricSource): SeriesSpec[] {
  return series.filter(
    (s) =>
      s.namespace === source.namespace &&
      s.metricName === source.metricName &&
      (source.dimension === undefined || s.dimensions.some((d) => d.name === source.dimension)),
  );
}

function metricQuery(id: string, spec: SeriesSpec, stat: string): Query {
  return {
    kind: "metric",
    id,
    namespace: spec.namespace,
    metricName: spec.metricName,
    dimensions: spec.dimensions.map((d) => ({ name: d.name, value: d.value })),
    stat,
    label: `${spec.metricName} ${spec.dimensions.map((d) => d.value).join(" ")}`.trim(),
    visible: true,
  };
}

function buildWidget(template: WidgetTemplate, scope: BenchScope, index: number): MetricWidget {
  const series = demoCatalog().byScope.get(scopeKey(scope.accountId, scope.region)) ?? [];
  const metrics: Query[] = [];
  const firstSourceIds: string[] = [];
  for (const [n, source] of template.sources.entries()) {
    for (const spec of candidates(series, source)) {
      if (metrics.length >= template.size) break;
      const id = `m${metrics.length + 1}`;
      metrics.push(metricQuery(id, spec, source.stat));
      if (n === 0) firstSourceIds.push(id);
    }
  }
  if (metrics.length < template.size) {
    throw new Error(
      `the demo catalogue has only ${metrics.length} series for "${template.slug}" in ${scope.slug}`,
    );
  }
  const math = template.expression;
  if (math && firstSourceIds.length > 1 && (!math.onlyIn || math.onlyIn === scope.accountId)) {
    metrics.push({
      kind: "expression",
      id: "e1",
      expression: `${math.fn}([${firstSourceIds.join(", ")}])`,
      label: math.label,
      visible: true,
    });
  }
  const { x, dy, w, h } = template.position;
  return {
    type: template.type,
    id: `${scope.slug}-${template.slug}`,
    title: `${template.title} — ${scope.slug}`,
    position: { x, y: index * ROWS_PER_SCOPE + dy, w, h },
    accountId: scope.accountId,
    region: scope.region,
    period: template.period,
    metrics,
  };
}

export function benchWidgets(): MetricWidget[] {
  return BENCH_SCOPES.flatMap((scope, i) => WIDGETS.map((template) => buildWidget(template, scope, i)));
}

/** Auto-refresh off: the benchmark decides when the dashboard refreshes. */
export function benchDashboardDocument(title: string): DashboardDocument {
  return {
    schemaVersion: DASHBOARD_SCHEMA_VERSION,
    title,
    defaultRegion: "us-east-1",
    defaultRange: { type: "relative", duration: "PT3H" },
    defaultRefresh: "off",
    variables: [],
    widgets: benchWidgets(),
  };
}

const LARGE_METRICS_PER_WIDGET = 4;

/**
 * A wall of `count` widgets (issue #14's 500-widget case): the 20 benchmark widgets repeated down the page,
 * each copy 48 rows below the previous, ids suffixed with the copy's number, 4 metrics each.
 */
export function largeBenchDocument(title: string, count: number): DashboardDocument {
  const base = benchWidgets();
  const rowsPerCopy = Math.max(...base.map((w) => w.position.y + w.position.h));
  const widgets: MetricWidget[] = [];
  for (let copy = 0; widgets.length < count; copy++) {
    for (const w of base) {
      if (widgets.length >= count) break;
      widgets.push({
        ...w,
        // A dashboard holds at most 2,500 metrics (5 per widget at 500): the first 4 metric queries, no math.
        metrics: w.metrics.filter((q) => q.kind === "metric").slice(0, LARGE_METRICS_PER_WIDGET),
        id: `${w.id}-${copy}`,
        title: `${w.title} #${copy + 1}`,
        position: { ...w.position, y: w.position.y + copy * rowsPerCopy },
      });
    }
  }
  return { ...benchDashboardDocument(title), widgets };
}
