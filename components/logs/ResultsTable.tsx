"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { Fragment, memo, useEffect, useMemo, useRef, useState } from "react";
import { parseLogsTimestamp } from "@/lib/logs/result-chart";
import { formatDateTime, type TimeZoneSetting } from "@/lib/time";
import styles from "./logs.module.css";

// The result rows, virtualised (@tanstack/react-virtual): only the visible rows are in the DOM, so 10,000 or
// 100,000 rows scroll smoothly. A row expands to every field, JSON messages pretty-printed.

const ROW_HEIGHT = 24;
const MAX_COLUMNS = 6;

export interface ResultsTableProps {
  rows: readonly Record<string, string>[];
  fields: readonly string[];
  timezone: TimeZoneSetting;
}

function prettyValue(value: string): string {
  const start = value.indexOf("{");
  if (start < 0) return value;
  try {
    const parsed: unknown = JSON.parse(value.slice(start));
    return `${value.slice(0, start)}${JSON.stringify(parsed, null, 2)}`;
  } catch {
    return value;
  }
}

function displayValue(field: string, value: string | undefined, timezone: TimeZoneSetting): string {
  if (value === undefined) return "";
  if (field === "@timestamp" || field === "@ingestionTime" || /^bin\(/i.test(field)) {
    const ms = parseLogsTimestamp(value);
    if (ms !== null) return formatDateTime(ms, timezone, { milliseconds: true });
  }
  return value;
}

function copy(text: string): void {
  void navigator.clipboard?.writeText(text).catch(() => {});
}

interface ResultRowProps {
  row: Record<string, string>;
  index: number;
  columns: readonly string[];
  template: string;
  open: boolean;
  timezone: TimeZoneSetting;
  onToggle: (index: number) => void;
}

/** One row; memoised so scrolling renders only the rows that come into view. */
const ResultRow = memo(function ResultRow({
  row,
  index,
  columns,
  template,
  open,
  timezone,
  onToggle,
}: ResultRowProps) {
  return (
    <>
      <div
        className={styles.tableCells}
        style={{ gridTemplateColumns: template }}
        onClick={() => onToggle(index)}
        aria-expanded={open}
      >
        {columns.map((c) => (
          <span key={c} role="cell" title={row[c]}>
            {displayValue(c, row[c], timezone)}
          </span>
        ))}
      </div>
      {open ? (
        <div className={styles.detail} data-testid="logs-row-detail">
          <button type="button" className={styles.copy} onClick={() => copy(JSON.stringify(row, null, 2))}>
            Copy row
          </button>
          {Object.entries(row).map(([field, value]) => (
            <Fragment key={field}>
              <div>
                <strong>{field}</strong>
                <button type="button" className={styles.copy} onClick={() => copy(value)}>
                  Copy
                </button>
              </div>
              <pre className={styles.detail}>{prettyValue(displayValue(field, value, timezone))}</pre>
            </Fragment>
          ))}
        </div>
      ) : null}
    </>
  );
});

export function ResultsTable({ rows, fields, timezone }: ResultsTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const columns = useMemo(() => fields.filter((f) => f !== "@ptr").slice(0, MAX_COLUMNS), [fields]);
  const template = columns
    .map((c) =>
      c === "@message" ? "minmax(300px, 1fr)" : c === "@timestamp" ? "200px" : "minmax(90px, 200px)",
    )
    .join(" ");
  // TanStack Virtual re-renders through its own state; the compiler's memoisation does not apply to it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => index,
    overscan: 20,
  });

  // Collapsed rows keep the fixed height: re-measure when a row opens or closes.
  useEffect(() => virtualizer.measure(), [expanded, virtualizer]);

  const toggle = useRef((index: number) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    }),
  ).current;

  return (
    <div ref={scroller} className={styles.tableScroller} data-testid="logs-results-table" role="table">
      <div className={styles.tableHeader} style={{ gridTemplateColumns: template }} role="row">
        {columns.map((c) => (
          <span key={c} role="columnheader">
            {c}
          </span>
        ))}
      </div>
      <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index] as Record<string, string>;
          const open = expanded.has(item.index);
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={open ? virtualizer.measureElement : undefined}
              className={styles.tableRow}
              style={{ transform: `translateY(${item.start}px)` }}
              role="row"
            >
              <ResultRow
                row={row}
                index={item.index}
                columns={columns}
                template={template}
                open={open}
                timezone={timezone}
                onToggle={toggle}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
