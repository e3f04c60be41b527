"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent, type Ref } from "react";
import { nextListIndex } from "@/lib/metric-browser/list-navigation";
import type { CatalogMetric } from "@/lib/client/catalog";
import styles from "./metric-browser.module.css";
import { TEST_IDS } from "@/lib/testing/test-ids";

export function catalogMetricKey(metric: CatalogMetric): string {
  return JSON.stringify([
    metric.namespace,
    metric.metricName,
    metric.dimensions.map((d) => [d.name, d.value]),
  ]);
}

interface MetricListProps {
  metrics: readonly CatalogMetric[];
  /** Prefix each metric with its namespace (the list spans several). */
  showNamespace: boolean;
  isSelected?: (metric: CatalogMetric) => boolean;
  onChoose: (metric: CatalogMetric) => void;
  label: string;
  ref?: Ref<HTMLUListElement>;
}

/** A listbox: arrows / Home / End / Page keys move, Enter or Space chooses, a click chooses too. */
export function MetricList({ metrics, showNamespace, isSelected, onChoose, label, ref }: MetricListProps) {
  const baseId = useId();
  // The active option belongs to one list; a new list (other namespace, search) starts with none.
  const [active, setActive] = useState<{ list: readonly CatalogMetric[]; index: number }>({
    list: metrics,
    index: -1,
  });
  const activeIndex = active.list === metrics ? active.index : -1;
  const optionId = (index: number) => `${baseId}-option-${index}`;
  // A click focuses the list on mousedown. Focus by keyboard activates the first option (and scrolls to it),
  // but focus by pointer must not: scrolling to the top between mousedown and mouseup moved another option
  // under the pointer, so the click landed nowhere and the list jumped back to the top.
  const pointerDown = useRef(false);

  useEffect(() => {
    if (activeIndex < 0) return;
    document.getElementById(`${baseId}-option-${activeIndex}`)?.scrollIntoView({ block: "nearest" });
  }, [activeIndex, baseId]);

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if ((event.key === "Enter" || event.key === " ") && activeIndex >= 0) {
      const metric = metrics[activeIndex];
      if (metric) {
        event.preventDefault();
        onChoose(metric);
      }
      return;
    }
    const next = nextListIndex(event.key, activeIndex, metrics.length);
    if (next === null) return;
    event.preventDefault();
    setActive({ list: metrics, index: next });
  }

  return (
    <ul
      ref={ref}
      className={styles.metricList}
      role="listbox"
      aria-label={label}
      tabIndex={0}
      aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
      onKeyDown={onKeyDown}
      onPointerDown={() => {
        pointerDown.current = true;
      }}
      onPointerUp={() => {
        pointerDown.current = false;
      }}
      onBlur={() => {
        pointerDown.current = false;
      }}
      onFocus={() => {
        if (pointerDown.current) return;
        if (activeIndex < 0 && metrics.length > 0) setActive({ list: metrics, index: 0 });
      }}
    >
      {metrics.map((metric, index) => {
        const selected = isSelected?.(metric) ?? false;
        return (
          <li
            key={catalogMetricKey(metric)}
            id={optionId(index)}
            role="option"
            aria-selected={selected}
            data-active={index === activeIndex || undefined}
            data-testid={TEST_IDS.metricItem}
            className={styles.metricItem}
            onClick={() => {
              setActive({ list: metrics, index });
              onChoose(metric);
            }}
          >
            <span className={styles.metricName}>
              {selected && <span aria-hidden="true">✓ </span>}
              {showNamespace && <span className={styles.metricNamespace}>{metric.namespace} · </span>}
              {metric.metricName}
            </span>
            {metric.dimensions.length > 0 ? (
              <span className={styles.dimensions}>
                {metric.dimensions.map((d) => (
                  <span key={d.name} className={styles.dimension} title={`${d.name}=${d.value}`}>
                    <span className={styles.dimensionName}>{d.name}</span>
                    {d.value}
                  </span>
                ))}
              </span>
            ) : (
              <span className={styles.dimensions}>
                <span className="muted">no dimensions</span>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
