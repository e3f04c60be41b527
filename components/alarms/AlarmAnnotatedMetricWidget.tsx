"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { stateBands, thresholdLine } from "@/lib/alarms/graph-widget";
import { alarmAnnotationOptions } from "@/lib/client/alarms";
import { MetricWidgetView, type MetricWidgetViewProps } from "@/components/widgets/MetricWidgetView";

/**
 * A metric widget with `annotations.alarms` (CloudWatch allows one alarm): drawn with the alarm's threshold
 * line and its states shaded along the time axis, as the console does. A widget that names only the alarm
 * (no metrics) draws the alarm's own metric.
 */
export function AlarmAnnotatedMetricWidget({
  dashboardId,
  ...props
}: MetricWidgetViewProps & {
  /** The saved dashboard shown: wall screens and anonymous viewers may read only the alarms it annotates. */
  dashboardId?: string | undefined;
}) {
  const arn = props.widget.annotations?.alarms?.[0] ?? "";
  const alarmOnly = props.widget.metrics.length === 0;
  const { data, error } = useQuery(alarmAnnotationOptions(arn, props.range, alarmOnly, dashboardId));
  const widget = useMemo(() => {
    if (!data) return props.widget;
    const annotations = props.widget.annotations ?? {};
    const base = alarmOnly && data.widget ? { ...props.widget, metrics: data.widget.metrics } : props.widget;
    return {
      ...base,
      annotations: {
        ...annotations,
        horizontal: [...(annotations.horizontal ?? []), ...thresholdLine(data.alarm)],
        vertical: [...(annotations.vertical ?? []), ...stateBands(data.segments)],
      },
    };
  }, [alarmOnly, data, props.widget]);
  if (!alarmOnly) return <MetricWidgetView {...props} widget={widget} />;
  const panel = data?.graph?.panels[0];
  return (
    <MetricWidgetView
      {...props}
      widget={widget}
      result={panel ? { ...panel, key: props.widget.id } : undefined}
      requestError={error?.message ?? data?.graphError}
      periodSeconds={panel?.period.period}
    />
  );
}
