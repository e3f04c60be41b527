"use client";

import { useState } from "react";
import { TimeRangePicker } from "@/components/time/TimeRangePicker";
import { ZoomControls } from "@/components/time/ZoomControls";
import type { NewWidgetType } from "@/lib/client/dashboard-draft";
import type { RefreshInterval, TimeRange, TimeZoneSetting } from "@/lib/time";
import styles from "./view.module.css";

const NEW_WIDGET_TYPES: ReadonlyArray<{ type: NewWidgetType; label: string }> = [
  { type: "line", label: "Line" },
  { type: "area", label: "Stacked area" },
  { type: "bar", label: "Bar" },
  { type: "number", label: "Number" },
  { type: "gauge", label: "Gauge" },
  { type: "pie", label: "Pie" },
  { type: "table", label: "Table" },
  { type: "text", label: "Text" },
  { type: "logs", label: "Logs Insights" },
];

export interface DashboardToolbarProps {
  name: string;
  range: TimeRange;
  timezone: TimeZoneSetting;
  refresh: RefreshInterval;
  zoomed: boolean;
  canGoBack: boolean;
  editing: boolean;
  dirty: boolean;
  saving: boolean;
  fetching: boolean;
  onChange: (next: { range: TimeRange; timezone: TimeZoneSetting; refresh: RefreshInterval }) => void;
  onBack: () => void;
  onReset: () => void;
  shareUrl: () => string;
  onEdit: () => void;
  onAddWidget: (type: NewWidgetType) => void;
  onSave: () => void;
  onDiscard: () => void;
  onSettings: () => void;
  onHistory: () => void;
}

export function DashboardToolbar(props: DashboardToolbarProps) {
  const [copied, setCopied] = useState(false);

  async function share() {
    const url = props.shareUrl();
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      window.prompt("Copy this link", url);
    }
  }

  return (
    <div className={styles.toolbar}>
      <h1 className={styles.title}>{props.name}</h1>
      {props.fetching && <span className={styles.muted}>refreshing…</span>}
      <ZoomControls
        canGoBack={props.canGoBack}
        canReset={props.zoomed}
        onBack={props.onBack}
        onReset={props.onReset}
      />
      <TimeRangePicker
        value={props.range}
        timezone={props.timezone}
        refresh={props.refresh}
        onChange={props.onChange}
      />
      <button
        type="button"
        className={styles.button}
        onClick={() => void share()}
        title="Copy a link to exactly this view (the range frozen to absolute times)"
      >
        {copied ? "Link copied" : "Share"}
      </button>
      {props.editing ? (
        <>
          <select
            className={styles.button}
            aria-label="Add widget"
            value=""
            onChange={(e) => {
              const choice = NEW_WIDGET_TYPES.find((t) => t.type === e.target.value);
              if (choice) props.onAddWidget(choice.type);
            }}
          >
            <option value="">Add widget…</option>
            {NEW_WIDGET_TYPES.map((t) => (
              <option key={t.type} value={t.type}>
                {t.label}
              </option>
            ))}
          </select>
          <button
            type="button"
            className={`${styles.button} ${styles.primary}`}
            disabled={props.saving}
            onClick={props.onSave}
          >
            {props.saving ? "Saving…" : "Save"}
          </button>
          <button type="button" className={styles.button} onClick={props.onDiscard}>
            Discard changes
          </button>
        </>
      ) : (
        <>
          <button type="button" className={styles.button} onClick={props.onHistory}>
            History
          </button>
          <button type="button" className={styles.button} onClick={props.onEdit}>
            Edit
          </button>
        </>
      )}
    </div>
  );
}
