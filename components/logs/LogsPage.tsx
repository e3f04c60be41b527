"use client";

import { useQueryClient } from "@tanstack/react-query";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useAccounts } from "@/lib/client/accounts";
import { TimeRangePicker } from "@/components/time/TimeRangePicker";
import { logsKeys, useLogFields, useLogsRun } from "@/lib/client/logs";
import type { LogGroupRef } from "@/lib/contracts/logs";
import { toCsv, toJson } from "@/lib/logs/export";
import { fieldShares } from "@/lib/logs/result-chart";
import { decodeLogsState, encodeLogsState, type LogsPageState } from "@/lib/logs/url-state";
import { validateQuery } from "@/lib/logs-insights";
import { DEFAULT_TIME_RANGE, LOCAL_TIME_ZONE } from "@/lib/time";
import { AddLogWidget } from "./AddLogWidget";
import { LogGroupPicker } from "./LogGroupPicker";
import { QueryHistory, SavedQueries } from "./QueryLibrary";
import { QueryEditor } from "./QueryEditor";
import { ResultChart, type LogsChartView } from "./ResultChart";
import { ResultsTable } from "./ResultsTable";
import { RunStatus } from "./RunStatus";
import styles from "./logs.module.css";

const DEFAULT_QUERY = "fields @timestamp, @message, @logStream\n| sort @timestamp desc\n| limit 100";

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The Logs Insights page; its state (groups, query, range, zone) lives in the URL. */
export function LogsPage() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const queryClient = useQueryClient();
  const decoded = useMemo(() => decodeLogsState(new URLSearchParams(params.toString())), [params]);
  const url = decoded.state;
  const accounts = useAccounts();
  const firstAccount = accounts.data?.[0];
  const account = url.account ?? firstAccount?.accountId;
  const region = url.region ?? firstAccount?.regions[0];
  const [draft, setDraft] = useState(url.query || DEFAULT_QUERY);
  const [tab, setTab] = useState<"logs" | "chart">("logs");
  const [view, setView] = useState<LogsChartView>("line");
  const { state: runState, run, cancel } = useLogsRun();
  const range = url.range ?? DEFAULT_TIME_RANGE;
  const timezone = url.tz ?? LOCAL_TIME_ZONE;

  const replace = useCallback(
    (patch: Partial<LogsPageState>) => {
      const next: LogsPageState = { ...url, account, region, ...patch };
      router.replace(`${pathname}?${encodeLogsState(next).toString()}`, { scroll: false });
    },
    [url, account, region, router, pathname],
  );

  const scopeGroups = url.groups
    .filter((g) => g.accountId === account && g.region === region)
    .map((g) => g.name);
  const fields = useLogFields(account, region, url.mode === "groups" ? scopeGroups : []);
  const fieldNames = useMemo(() => (fields.data?.fields ?? []).map((f) => f.name), [fields.data]);
  const validation = useMemo(() => (draft.trim() ? validateQuery(draft) : null), [draft]);
  const canRun = url.groups.length > 0 && validation?.ok === true;

  const start = useCallback(
    (query: string, groups: LogGroupRef[]) => {
      // A query that does not parse never leaves the browser (the server would refuse it too).
      const checked = validateQuery(query);
      if (!checked.ok || groups.length === 0) return;
      replace({ query, groups, run: false });
      void run({
        query,
        groups,
        mode: url.mode,
        range,
        history: true,
        ...(url.limit ? { limit: url.limit } : {}),
      }).then(() => queryClient.invalidateQueries({ queryKey: logsKeys.history }));
    },
    [replace, run, url.mode, url.limit, range, queryClient],
  );

  // `&run=1` runs the linked query once, as soon as the page can.
  const autoRan = useRef(false);
  useEffect(() => {
    if (autoRan.current || !url.run || url.groups.length === 0 || !url.query) return;
    autoRan.current = true;
    start(url.query, url.groups);
  }, [url.run, url.groups, url.query, start]);

  const running =
    runState.progress?.status === "running" ||
    runState.progress?.status === "queued" ||
    (runState.ticket && !runState.progress);
  const shares = useMemo(() => fieldShares(runState.rows, runState.fields), [runState.rows, runState.fields]);
  const resultRange = runState.ticket?.range ?? { start: 0, end: 0 };

  return (
    <div className={styles.page}>
      <div className={styles.side}>
        <LogGroupPicker
          accounts={accounts.data ?? []}
          account={account}
          region={region}
          onScopeChange={(a, r) => replace({ account: a, region: r })}
          selected={url.groups}
          onSelectedChange={(groups) => replace({ groups })}
          mode={url.mode}
          onModeChange={(mode) => replace({ mode })}
        />
        <SavedQueries
          account={account}
          region={region}
          query={draft}
          groups={scopeGroups}
          onPick={(query, groups) => {
            setDraft(query);
            if (groups.length > 0 && account && region) {
              replace({ query, groups: groups.map((name) => ({ accountId: account, region, name })) });
            }
          }}
        />
        <QueryHistory
          onPick={(query) => {
            setDraft(query);
          }}
        />
      </div>
      <div className={styles.main}>
        <h1 className="page-title">Logs Insights</h1>
        {decoded.error ? (
          <p className={styles.error}>The link&apos;s range is not valid: {decoded.error}</p>
        ) : null}
        <div className={styles.row}>
          <TimeRangePicker
            value={range}
            timezone={timezone}
            refresh="off"
            onChange={(next) => replace({ range: next.range, tz: next.timezone })}
          />
          <button
            type="button"
            className={styles.primary}
            disabled={!canRun || Boolean(running)}
            onClick={() => start(draft, url.groups)}
          >
            Run query
          </button>
          <button type="button" className={styles.button} disabled={!running} onClick={cancel}>
            Cancel
          </button>
          <span className={styles.muted}>Ctrl/Cmd+Enter runs the query</span>
        </div>
        <QueryEditor
          value={draft}
          onChange={setDraft}
          onRun={() => canRun && start(draft, url.groups)}
          fields={fieldNames}
        />
        <RunStatus state={runState} />
        <div className={styles.tabs} role="tablist">
          <button
            type="button"
            role="tab"
            aria-selected={tab === "logs"}
            className={tab === "logs" ? styles.tabActive : styles.tab}
            onClick={() => setTab("logs")}
          >
            Logs ({runState.rows.length.toLocaleString("en-US")})
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={tab === "chart"}
            className={tab === "chart" ? styles.tabActive : styles.tab}
            onClick={() => setTab("chart")}
          >
            Visualization
          </button>
          <span style={{ flex: 1 }} />
          <button
            type="button"
            className={styles.button}
            disabled={runState.rows.length === 0}
            onClick={() => download("logs-insights.csv", "text/csv", toCsv(runState.rows, runState.fields))}
          >
            Export CSV
          </button>
          <button
            type="button"
            className={styles.button}
            disabled={runState.rows.length === 0}
            onClick={() =>
              download("logs-insights.json", "application/json", toJson(runState.rows, runState.fields))
            }
          >
            Export JSON
          </button>
        </div>
        {tab === "logs" ? (
          <div className={styles.results}>
            <ResultsTable rows={runState.rows} fields={runState.fields} timezone={timezone} />
            <section className={`${styles.panel} ${styles.fieldsPane}`} aria-label="Fields">
              <h2 className={styles.panelTitle}>Fields</h2>
              <ul>
                {(shares.length > 0 ? shares : (fields.data?.fields ?? [])).map((f) => (
                  <li key={f.name}>
                    <span>{f.name}</span>
                    <span className={styles.muted}>{Math.round(f.percent)}%</span>
                  </li>
                ))}
              </ul>
            </section>
          </div>
        ) : (
          <div>
            <div className={styles.row} role="radiogroup" aria-label="Chart type">
              {(["line", "stacked", "bar", "pie"] as const).map((v) => (
                <label key={v} className={styles.row}>
                  <input type="radio" name="chart-view" checked={view === v} onChange={() => setView(v)} />
                  {v}
                </label>
              ))}
            </div>
            <ResultChart
              rows={runState.rows}
              fields={runState.fields}
              query={draft}
              view={view}
              range={resultRange}
              timezone={timezone}
              onZoom={(s, e) => replace({ range: { type: "absolute", start: s, end: e } })}
            />
            {account && region ? (
              <AddLogWidget
                accountId={account}
                region={region}
                groups={scopeGroups}
                query={draft}
                view={view}
              />
            ) : null}
          </div>
        )}
      </div>
    </div>
  );
}
