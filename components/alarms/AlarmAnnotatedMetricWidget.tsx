"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { stateBands, thresholdLine } from "@/lib/alarms/graph-widget";
import { alarmAnnotationOptions } from "@/lib/client/alarms";
import { MetricWidgetView, type MetricWidgetViewProps } from "@/components/widgets/MetricWidgetView";

/**
 * A metric widget with `annotations.alarms` (CloudWatch allows one alarm): drawn with the alarm's threshold
 * line and its states shaded along the time axis, as the console does.
 */
export function AlarmAnnotatedMetricWidget(props: MetricWidgetViewProps) {
  const arn = props.widget.annotations?.alarms?.[0] ?? "";
  const { data } = useQuery(alarmAnnotationOptions(arn, props.range));
  const widget = useMemo(() => {
    if (!data) return props.widget;
    const annotations = props.widget.annotations ?? {};
    return {
      ...props.widget,
      annotations: {
        ...annotations,
        horizontal: [...(annotations.horizontal ?? []), ...thresholdLine(data.alarm)],
        vertical: [...(annotations.vertical ?? []), ...stateBands(data.segments)],
      },
    };
  }, [data, props.widget]);
  return <MetricWidgetView {...props} widget={widget} />;
}
