"use client";

import { useState } from "react";
import { useAccounts } from "@/lib/client/accounts";
import { LogWidgetView } from "@/components/widgets/LogWidgetView";
import { useLogFields } from "@/lib/client/logs";
import type { LogsWidget } from "@/lib/dashboards/model";
import { parseLogWidgetQuery } from "@/lib/dashboards/model/log-query";
import { logWidget, viewOfWidget, type LogsView } from "@/lib/logs/log-widget";
import { validateQuery } from "@/lib/logs-insights";
import type { TimeRange, TimeZoneSetting } from "@/lib/time";
import editorStyles from "@/components/dashboard-view/editor.module.css";
import { LogGroupPicker } from "./LogGroupPicker";
import { QueryEditor } from "./QueryEditor";
import styles from "./logs.module.css";

export interface LogWidgetEditorProps {
  widget: LogsWidget;
  range: TimeRange;
  timezone: TimeZoneSetting;
  defaultAccountId?: string;
  onCancel: () => void;
  onApply: (widget: LogsWidget) => void;
}

/** Builds a log widget with the Logs page's group picker and query editor, previewed over the dashboard's range. */
export function LogWidgetEditor({
  widget,
  range,
  timezone,
  defaultAccountId,
  onCancel,
  onApply,
}: LogWidgetEditorProps) {
  const accounts = useAccounts();
  const parsed = parseLogWidgetQuery(widget.query);
  const [title, setTitle] = useState(widget.title ?? "");
  const [account, setAccount] = useState(
    widget.accountId ?? defaultAccountId ?? accounts.data?.[0]?.accountId ?? "",
  );
  const [region, setRegion] = useState(widget.region);
  const [groups, setGroups] = useState(parsed.logGroups);
  const [query, setQuery] = useState(parsed.body || "stats count(*) by bin(5m)");
  const [view, setView] = useState<LogsView>(viewOfWidget(widget));
  const [preview, setPreview] = useState<LogsWidget | null>(null);
  const fields = useLogFields(account, region, groups);
  const checked = validateQuery(query);
  const build = () =>
    logWidget({
      id: widget.id,
      title,
      accountId: account,
      region,
      groups,
      query,
      view,
      position: widget.position,
    });
  const valid = checked.ok && groups.length > 0 && Boolean(account);
  return (
    <div className={editorStyles.overlay} role="dialog" aria-modal="true" aria-label="Edit log widget">
      <div className={editorStyles.panel}>
        <div className={styles.row}>
          <input
            className={styles.input}
            style={{ width: 300 }}
            aria-label="Title"
            placeholder="Title"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
          <select
            className={styles.input}
            style={{ width: 140 }}
            aria-label="View"
            value={view}
            onChange={(e) => setView(e.target.value as LogsView)}
          >
            <option value="table">Table</option>
            <option value="line">Line</option>
            <option value="stacked">Stacked area</option>
            <option value="bar">Bar</option>
            <option value="pie">Pie</option>
          </select>
          <button
            type="button"
            className={styles.button}
            disabled={!valid}
            onClick={() => setPreview(build())}
          >
            Preview
          </button>
          <button type="button" className={styles.primary} disabled={!valid} onClick={() => onApply(build())}>
            Apply
          </button>
          <button type="button" className={styles.button} onClick={onCancel}>
            Cancel
          </button>
        </div>
        <div className={styles.page} style={{ padding: 0 }}>
          <LogGroupPicker
            accounts={accounts.data ?? []}
            account={account}
            region={region}
            onScopeChange={(a, r) => {
              setAccount(a);
              setRegion(r);
              setGroups([]);
            }}
            selected={groups.map((name) => ({ accountId: account, region, name }))}
            onSelectedChange={(refs) => setGroups(refs.map((g) => g.name))}
            mode="groups"
            onModeChange={() => {}}
          />
          <div className={styles.main}>
            <QueryEditor
              value={query}
              onChange={setQuery}
              onRun={() => valid && setPreview(build())}
              fields={(fields.data?.fields ?? []).map((f) => f.name)}
            />
            {preview ? (
              <div style={{ height: 300 }}>
                <LogWidgetView
                  widget={preview}
                  range={range}
                  timezone={timezone}
                  variables={[]}
                  variableValues={{}}
                  defaultAccountId={account}
                  refreshMs={0}
                />
              </div>
            ) : null}
          </div>
        </div>
      </div>
    </div>
  );
}
