import type { Axis, HorizontalAnnotation } from "@/lib/dashboards/model";
import { formatValue } from "@/lib/charts/format-value";
import { gaugeModel } from "@/lib/charts/gauge";
import type { SnapshotItem } from "@/lib/charts/snapshot";
import { Gauge } from "@/components/charts/Gauge";
import styles from "./widgets.module.css";

export interface GaugeWidgetBodyProps {
  items: readonly SnapshotItem[];
  axis: Axis | undefined;
  annotations: readonly HorizontalAnnotation[] | undefined;
  fullPrecision: boolean;
}

/** One gauge per series over the yAxis.left range, coloured by the horizontal annotations. */
export function GaugeWidgetBody({ items, axis, annotations, fullPrecision }: GaugeWidgetBodyProps) {
  return (
    <div className={styles.gauges}>
      {items.map((item) => {
        const model = gaugeModel(item.value, axis, annotations);
        const format = { fullPrecision, ...(item.unit ? { unit: item.unit } : {}) };
        const text = (v: number) => formatValue(v, { ...format, fullPrecision: false });
        return (
          <div key={item.key} className={styles.gaugeTile}>
            <div className={styles.numberLabel} title={item.label}>
              <span className={styles.swatch} style={{ background: item.color }} aria-hidden="true" />
              {item.label}
            </div>
            <div className={styles.gaugeGraphic}>
              <Gauge
                model={model}
                label={item.label}
                valueText={model.value === null ? "—" : formatValue(model.value, format)}
                minText={text(model.min)}
                maxText={text(model.max)}
              />
            </div>
          </div>
        );
      })}
    </div>
  );
}
