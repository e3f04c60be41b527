"use client";

import { useState, type ReactNode } from "react";
import { KioskSettingsFields } from "@/components/kiosk/KioskSettingsFields";
import { LogGroupLinksField } from "@/components/logs/LogGroupLinksField";
import { DashboardCostPanel } from "@/components/dashboards/DashboardCost";
import { TimeRangePicker } from "@/components/time/TimeRangePicker";
import { Dialog } from "@/components/ui/Dialog";
import type { DashboardMetadataInput } from "@/lib/client/dashboards";
import type { DashboardDocument } from "@/lib/dashboards/model";
import { LOCAL_TIME_ZONE } from "@/lib/time";
import { VariablesEditor } from "./VariablesEditor";
import { DashboardScopeFields } from "./DashboardScopeFields";
import styles from "./editor.module.css";
import viewStyles from "./view.module.css";

/**
 * Name, description, tags, folder, the view defaults (range, zone, refresh) and the variables of the dashboard
 * being edited. `extraFields` is where other settings (e.g. the default account and Region) slot in.
 */
export function DashboardSettings({
  metadata,
  document,
  onApply,
  onCancel,
  extraFields,
  dashboardId,
}: {
  /** Saved dashboards show their estimated AWS cost and how the edits change it. */
  dashboardId?: string;
  metadata: DashboardMetadataInput;
  document: DashboardDocument;
  onApply: (metadata: DashboardMetadataInput, document: DashboardDocument) => void;
  onCancel: () => void;
  extraFields?: (doc: DashboardDocument, setDoc: (doc: DashboardDocument) => void) => ReactNode;
}) {
  const [meta, setMeta] = useState(metadata);
  const [tags, setTags] = useState(metadata.tags.join(", "));
  const [doc, setDoc] = useState(document);
  const [variablesValid, setVariablesValid] = useState(true);
  const tagList = tags
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
  const duplicateTag = new Set(tagList).size !== tagList.length;
  return (
    <Dialog title="Dashboard settings" onClose={onCancel} testId="dashboard-settings">
      <label className={styles.field}>
        Name
        <input
          className={styles.input}
          value={meta.name}
          maxLength={255}
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
      <LogGroupLinksField
        label="Log groups for “View logs” (comma separated; empty: derived from each widget's metrics)"
        value={doc.logGroupLinks}
        fallback={[]}
        onChange={(groups) => setDoc({ ...doc, logGroupLinks: groups })}
        className={styles.field}
        inputClassName={styles.input}
      />
      <DashboardScopeFields document={doc} onChange={setDoc} />
      <KioskSettingsFields
        className={styles.field}
        value={doc.kiosk}
        onChange={(kiosk) => setDoc({ ...doc, kiosk })}
      />
      {dashboardId && <DashboardCostPanel dashboardId={dashboardId} document={doc} />}
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
      {extraFields?.(doc, setDoc)}
      <VariablesEditor
        variables={doc.variables}
        onChange={(variables, valid) => {
          setDoc({ ...doc, variables });
          setVariablesValid(valid);
        }}
      />
      <div className={styles.row}>
        <button
          type="button"
          className={`${viewStyles.button} ${viewStyles.primary}`}
          disabled={!meta.name.trim() || duplicateTag || !variablesValid}
          onClick={() => onApply({ ...meta, name: meta.name.trim(), tags: tagList }, doc)}
        >
          Apply
        </button>
        <button type="button" className={viewStyles.button} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
