"use client";

import { useState } from "react";
import { DashboardCostPanel } from "@/components/dashboards/DashboardCost";
import { TimeRangePicker } from "@/components/time/TimeRangePicker";
import type { DashboardMetadataInput } from "@/lib/client/dashboards";
import type { DashboardDocument } from "@/lib/dashboards/model";
import { LOCAL_TIME_ZONE } from "@/lib/time";
import styles from "./editor.module.css";
import viewStyles from "./view.module.css";

/** Name, description, tags, folder and the view defaults (range, zone, refresh) of the dashboard being edited. */
export function DashboardSettings({
  metadata,
  document,
  onApply,
  onCancel,
  dashboardId,
}: {
  /** Saved dashboards show their estimated AWS cost and how the edits change it. */
  dashboardId?: string;
  metadata: DashboardMetadataInput;
  document: DashboardDocument;
  onApply: (metadata: DashboardMetadataInput, document: DashboardDocument) => void;
  onCancel: () => void;
}) {
  const [meta, setMeta] = useState(metadata);
  const [tags, setTags] = useState(metadata.tags.join(", "));
  const [doc, setDoc] = useState(document);
  const tagList = tags
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
  const duplicateTag = new Set(tagList).size !== tagList.length;
  return (
    <div className={styles.overlay} role="dialog" aria-modal="true" aria-label="Dashboard settings">
      <div className={styles.panel} style={{ width: "min(720px, 100%)", gridTemplateColumns: "1fr" }}>
        <h2 style={{ margin: 0 }}>Dashboard settings</h2>
        <label className={styles.field}>
          Name
          <input
            className={styles.input}
            value={meta.name}
            onChange={(e) => setMeta({ ...meta, name: e.target.value })}
          />
        </label>
        <label className={styles.field}>
          Description
          <textarea
            className={styles.input}
            rows={3}
            value={meta.description ?? ""}
            onChange={(e) => setMeta({ ...meta, description: e.target.value })}
          />
        </label>
        <label className={styles.field}>
          Tags (comma separated)
          <input className={styles.input} value={tags} onChange={(e) => setTags(e.target.value)} />
        </label>
        {duplicateTag && <p className={styles.problem}>Each tag may appear once.</p>}
        <label className={styles.field}>
          Folder (e.g. payments/prod)
          <input
            className={styles.input}
            value={meta.folder ?? ""}
            onChange={(e) => setMeta({ ...meta, folder: e.target.value.trim() || undefined })}
          />
        </label>
        <div className={styles.field}>
          Default time range, zone and refresh
          <TimeRangePicker
            value={doc.defaultRange}
            timezone={doc.timezone ?? LOCAL_TIME_ZONE}
            refresh={doc.defaultRefresh}
            onChange={(next) =>
              setDoc({
                ...doc,
                defaultRange: next.range,
                defaultRefresh: next.refresh,
                timezone: next.timezone === LOCAL_TIME_ZONE ? undefined : next.timezone,
              })
            }
          />
        </div>
        {dashboardId && <DashboardCostPanel dashboardId={dashboardId} document={doc} />}
        <div className={styles.row}>
          <button
            type="button"
            className={`${viewStyles.button} ${viewStyles.primary}`}
            disabled={!meta.name.trim() || duplicateTag}
            onClick={() => onApply({ ...meta, name: meta.name.trim(), tags: tagList }, doc)}
          >
            Apply
          </button>
          <button type="button" className={viewStyles.button} onClick={onCancel}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
