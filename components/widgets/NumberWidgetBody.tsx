import { numberTiles } from "@/lib/charts/number-widget";
import type { ChartSeries, QueryDisplayOptions } from "@/lib/charts/series-model";
import { TEST_IDS } from "@/lib/testing/test-ids";
import { Sparkline } from "@/components/charts/Sparkline";
import styles from "./widgets.module.css";

export interface NumberWidgetBodyProps {
  series: readonly ChartSeries[];
  queries: readonly QueryDisplayOptions[];
  wholeRange: boolean;
  showTrend: boolean;
  sparkline: boolean;
  fullPrecision: boolean;
  range: { start: number; end: number };
}

const ARROWS = { up: "▲", down: "▼", flat: "▶" } as const;
const TREND_WORDS = { up: "Up", down: "Down", flat: "Unchanged" } as const;

/** One big number per series, with its unit, trend and optional sparkline. */
export function NumberWidgetBody(props: NumberWidgetBodyProps) {
  const tiles = numberTiles(props.series, props.queries, props);
  return (
    <div className={styles.numbers}>
      {tiles.map((tile, i) => {
        const s = props.series[i];
        return (
          <div key={tile.key} className={styles.numberTile}>
            <div className={styles.numberLabel} title={tile.label}>
              <span className={styles.swatch} style={{ background: tile.color }} aria-hidden="true" />
              {tile.label}
            </div>
            <div className={styles.numberValue} data-testid={TEST_IDS.numberValue}>
              {tile.value ? (
                <>
                  {tile.value.number}
                  {tile.value.suffix && <span className={styles.numberUnit}>{tile.value.suffix.trim()}</span>}
                </>
              ) : (
                "—"
              )}
            </div>
            {tile.trend && (
              <div className={styles.trend} title={tile.trend.description}>
                <span aria-hidden="true">{ARROWS[tile.trend.direction]} </span>
                <span className={styles.srOnly}>{TREND_WORDS[tile.trend.direction]} </span>
                {tile.trend.text}
              </div>
            )}
            {props.sparkline && s && (
              <div className={styles.numberSparkline}>
                <Sparkline
                  timestamps={s.timestamps}
                  values={s.values}
                  period={s.period}
                  color={s.color}
                  range={props.range}
                />
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}
