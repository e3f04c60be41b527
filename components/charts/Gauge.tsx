import type { GaugeModel } from "@/lib/charts/gauge";
import { gaugeArcPath, gaugeFraction } from "@/lib/charts/gauge";
import { CHART_THEME } from "@/lib/charts/theme";
import { TEST_IDS } from "@/lib/testing/test-ids";
import styles from "./charts.module.css";

const VALUE_ARC = { cx: 100, cy: 100, radius: 72 };
const THRESHOLD_ARC = { cx: 100, cy: 100, radius: 90 };

export interface GaugeProps {
  model: GaugeModel;
  /** The value as text (with unit), and the range ends as text. */
  valueText: string;
  minText: string;
  maxText: string;
  label: string;
}

/** A half-circle gauge: threshold colours on an outer ring, the value as a filled arc, the number below. */
export function Gauge({ model, valueText, minText, maxText, label }: GaugeProps) {
  return (
    <svg
      className={styles.gauge}
      viewBox="0 0 200 128"
      role="img"
      aria-label={`${label}: ${valueText} (range ${minText} to ${maxText})`}
      data-testid={TEST_IDS.gauge}
    >
      <path d={gaugeArcPath(0, 1, VALUE_ARC)} fill="none" stroke={CHART_THEME.track} strokeWidth={18} />
      {model.segments.map((segment, i) => (
        <path
          key={i}
          d={gaugeArcPath(
            gaugeFraction(segment.from, model.min, model.max),
            gaugeFraction(segment.to, model.min, model.max),
            THRESHOLD_ARC,
          )}
          fill="none"
          stroke={segment.color}
          strokeWidth={6}
        />
      ))}
      {model.value !== null && model.fraction > 0 && (
        <path
          d={gaugeArcPath(0, model.fraction, VALUE_ARC)}
          fill="none"
          stroke={model.valueColor}
          strokeWidth={18}
        />
      )}
      <text x={100} y={96} textAnchor="middle" fill={CHART_THEME.text} fontSize={24} fontWeight={600}>
        {valueText}
      </text>
      <text x={28} y={120} textAnchor="middle" fill={CHART_THEME.axis} fontSize={11}>
        {minText}
      </text>
      <text x={172} y={120} textAnchor="middle" fill={CHART_THEME.axis} fontSize={11}>
        {maxText}
      </text>
    </svg>
  );
}
