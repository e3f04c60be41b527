"use client";

import { useCallback, useMemo, useState } from "react";
import { Cell, Pie, PieChart, ResponsiveContainer, Tooltip, type PieLabelRenderProps } from "recharts";
import { formatValue } from "@/lib/charts/format-value";
import { pieSlices, pieTooltipText, type SnapshotItem } from "@/lib/charts/snapshot";
import { CHART_THEME } from "@/lib/charts/theme";
import { ChartLegend } from "@/components/charts/ChartLegend";
import styles from "./widgets.module.css";

export interface PieWidgetBodyProps {
  items: readonly SnapshotItem[];
  /** CloudWatch `labels.visible`: name and share written beside each slice. */
  showLabels: boolean;
  legend: "right" | "bottom" | "hidden";
  initialSize?: { width: number; height: number };
}

const TOOLTIP_STYLE = {
  background: CHART_THEME.panel,
  border: `1px solid ${CHART_THEME.grid}`,
  borderRadius: 6,
  fontSize: 12,
};

function sliceLabel(props: PieLabelRenderProps): string {
  const percent = typeof props.percent === "number" ? ` ${Math.round(props.percent * 1000) / 10}%` : "";
  return `${String(props.name ?? "")}${percent}`;
}

/** Each series' value as a slice; the legend hides and shows slices. */
export function PieWidgetBody({ items, showLabels, legend, initialSize }: PieWidgetBodyProps) {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = useCallback((id: string) => {
    setHidden((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);
  const slices = useMemo(() => pieSlices(items.filter((i) => !hidden.has(i.id))), [items, hidden]);
  const units = useMemo(() => new Map(items.map((i) => [i.label, i.unit])), [items]);
  const shares = useMemo(() => new Map(slices.map((s) => [s.label, s.share])), [slices]);
  const formatter = useCallback(
    (value: unknown, name: unknown) => {
      const label = typeof name === "string" ? name : "";
      const unit = units.get(label);
      const share = shares.get(label);
      if (typeof value !== "number") return String(value);
      return share === undefined
        ? formatValue(value, unit ? { unit } : {})
        : pieTooltipText(value, share, unit);
    },
    [units, shares],
  );
  return (
    <div className={styles.pie} style={{ flexDirection: legend === "right" ? "row" : "column" }}>
      <div className={styles.pieChart}>
        <ResponsiveContainer width="100%" height="100%" minWidth={0} initialDimension={initialSize}>
          <PieChart>
            <Pie
              data={slices}
              dataKey="value"
              nameKey="label"
              outerRadius={showLabels ? "65%" : "80%"}
              isAnimationActive={false}
              label={showLabels ? sliceLabel : false}
              labelLine={showLabels}
              stroke={CHART_THEME.panel}
            >
              {slices.map((slice) => (
                <Cell key={slice.key} fill={slice.color} />
              ))}
            </Pie>
            <Tooltip
              isAnimationActive={false}
              formatter={formatter}
              contentStyle={TOOLTIP_STYLE}
              itemStyle={{ color: CHART_THEME.text }}
            />
          </PieChart>
        </ResponsiveContainer>
      </div>
      {legend !== "hidden" && (
        <ChartLegend
          entries={items}
          hidden={hidden}
          onToggle={toggle}
          orientation={legend === "right" ? "vertical" : "horizontal"}
        />
      )}
    </div>
  );
}
