"use client";

import { useState } from "react";
import { TimeRangePicker } from "@/components/time/TimeRangePicker";
import { ZoomControls } from "@/components/time/ZoomControls";
import { CopyTextDialog } from "@/components/ui/CopyTextDialog";
import { can, useMe } from "@/lib/client/auth";
import { useHydrated } from "@/lib/client/use-hydrated";
import type { NewWidgetType } from "@/lib/client/dashboard-draft";
import { cloudWatchExportUrl, fetchCloudWatchJson } from "@/lib/client/dashboards";
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
  id: string;
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
  // Viewers and wall screens see no editing controls (the server refuses their writes anyway).
  const canEdit = can(useMe().data, "editor");
  // The toolbar arrives in the server's HTML; until React runs, its controls would do nothing when used.
  const hydrated = useHydrated();
  const [copied, setCopied] = useState<"link" | "json">();
  const [byHand, setByHand] = useState<{ title: string; text: string }>();
  const [menuError, setMenuError] = useState<string>();

  async function copy(what: "link" | "json", text: () => Promise<string> | string, title: string) {
    let value = "";
    try {
      value = await text();
      await navigator.clipboard.writeText(value);
      setCopied(what);
      setTimeout(() => setCopied(undefined), 2000);
    } catch (error) {
      if (value) setByHand({ title, text: value });
      else setMenuError(error instanceof Error ? error.message : String(error));
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
        onClick={() => void copy("link", props.shareUrl, "Copy this link")}
        title="Copy a link to exactly this view (the range frozen to absolute times)"
      >
        {copied === "link" ? "Link copied" : "Share"}
      </button>
      <button type="button" className={styles.button} onClick={props.onSettings} disabled={!hydrated}>
        Settings
      </button>
      <details className={styles.menu}>
        <summary className={styles.button} aria-label="Dashboard menu">
          ⋯
        </summary>
        <div className={styles.menuList} role="menu">
          <a
            role="menuitem"
            className={styles.button}
            href={cloudWatchExportUrl(props.id)}
            download={`${props.name.replace(/[^\w.-]+/g, "_")}.json`}
          >
            Download CloudWatch JSON
          </a>
          <button
            type="button"
            role="menuitem"
            className={styles.button}
            onClick={() => void copy("json", () => fetchCloudWatchJson(props.id), "CloudWatch JSON")}
          >
            {copied === "json" ? "JSON copied" : "Copy CloudWatch JSON"}
          </button>
        </div>
      </details>
      {menuError && (
        <span className={styles.muted} role="alert">
          Could not copy: {menuError}
        </span>
      )}
      {byHand && <CopyTextDialog {...byHand} onClose={() => setByHand(undefined)} />}
      {props.editing ? (
        <>
          <select
            className={styles.button}
            aria-label="Add widget"
            value=""
            disabled={!hydrated}
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
          {canEdit && (
            <button type="button" className={styles.button} onClick={props.onEdit}>
              Edit
            </button>
          )}
        </>
      )}
    </div>
  );
}
