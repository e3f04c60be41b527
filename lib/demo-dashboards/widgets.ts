import type { MetricQuery, MetricWidget, MetricWidgetType, Query, Widget } from "@/lib/dashboards/model";

// Small builders that keep the demo dashboards readable.

type Position = { x: number; y: number; w: number; h: number };

export function metric(
  id: string,
  namespace: string,
  metricName: string,
  dimensions: Record<string, string>,
  options: Partial<Omit<MetricQuery, "kind" | "id" | "namespace" | "metricName" | "dimensions">> = {},
): Query {
  return {
    kind: "metric",
    id,
    namespace,
    metricName,
    dimensions: Object.entries(dimensions).map(([name, value]) => ({ name, value })),
    stat: "Average",
    visible: true,
    ...options,
  };
}

export function expression(
  id: string,
  text: string,
  label: string,
  options: { visible?: boolean; period?: number } = {},
): Query {
  return {
    kind: "expression",
    id,
    expression: text,
    label,
    visible: options.visible ?? true,
    ...(options.period ? { period: options.period } : {}),
  };
}

export function chart(
  type: MetricWidgetType,
  id: string,
  title: string,
  position: Position,
  region: string,
  metrics: Query[],
  options: Partial<Omit<MetricWidget, "type" | "id" | "title" | "position" | "region" | "metrics">> = {},
): Widget {
  const widget: MetricWidget = { type, id, title, position, region, metrics, ...options };
  return widget;
}

export function text(id: string, position: Position, markdown: string): Widget {
  return { type: "text", id, position, markdown };
}
