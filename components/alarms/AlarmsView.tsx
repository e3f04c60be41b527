"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { ALARM_STATES, type AlarmState } from "@/lib/alarms/model";
import { ALARM_SORTS } from "@/lib/alarms/query";
import {
  alarmsQueryFromUrl,
  durationSince,
  toggleListValue,
  withAlarmParam,
  type AlarmUrlKey,
} from "@/lib/alarms/url-state";
import { alarmsListOptions } from "@/lib/client/alarms";
import controls from "@/components/ui/controls.module.css";
import { appendSelectionWidget } from "@/lib/alarms/selection-widget";
import { AddToDashboard } from "./AddToDashboard";
import { ALARM_STATE_LABELS, AlarmStateBadge } from "./AlarmStateBadge";
import { alarmHref, AlarmTree } from "./AlarmTree";
import { SourceProblems } from "./SourceProblems";
import styles from "./alarms.module.css";

const SORT_LABELS: Record<(typeof ALARM_SORTS)[number], string> = {
  state: "State, then newest change",
  name: "Name",
  changed: "Last state change",
};

function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** Every alarm of every account and Region; filters and order live in the URL. */
export function AlarmsView() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const query = alarmsQueryFromUrl(new URLSearchParams(params.toString()));
  const { data, error, isPending, isPlaceholderData } = useQuery(alarmsListOptions(query));
  // The per-state counts of the header ignore the state filter, so they always show the whole picture.
  const { data: all } = useQuery(alarmsListOptions({ ...query, state: undefined }));
  const now = useNow(15_000);
  const [name, setName] = useState(query.q ?? "");

  const set = (key: AlarmUrlKey, value: string) => {
    const next = withAlarmParam(new URLSearchParams(params.toString()), key, value);
    router.replace(`${pathname}${next.size ? `?${next}` : ""}`, { scroll: false });
  };
  useEffect(() => {
    const timer = setTimeout(() => {
      if ((query.q ?? "") !== name) set("q", name);
    }, 300);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- debounce on the input only
  }, [name]);

  const selectedStates = (query.state ?? "").split(",").filter(Boolean);
  const accounts = new Map((all ?? data)?.sources.map((s) => [s.accountId, s.accountName]) ?? []);
  const regions = [...new Set((all ?? data)?.sources.map((s) => s.region) ?? [])].sort();
  const counts = (all ?? data)?.counts;

  return (
    <div>
      <div className={styles.header} data-testid="alarm-counts">
        {ALARM_STATES.map((state: AlarmState) => (
          <button
            type="button"
            key={state}
            className={styles.count}
            data-active={selectedStates.includes(state)}
            data-testid={`alarm-count-${state}`}
            onClick={() => set("state", toggleListValue(query.state ?? null, state))}
          >
            <span className="muted">{ALARM_STATE_LABELS[state]}</span>
            <strong>{counts ? counts[state] : "–"}</strong>
          </button>
        ))}
      </div>
      {data && <SourceProblems sources={data.sources} />}
      <div className={styles.filters}>
        <label>
          Type
          <select
            className={controls.input}
            value={query.type ?? ""}
            onChange={(e) => set("type", e.target.value)}
          >
            <option value="">All</option>
            <option value="metric">Metric</option>
            <option value="composite">Composite</option>
          </select>
        </label>
        <label>
          Account
          <select
            className={controls.input}
            value={query.account ?? ""}
            onChange={(e) => set("account", e.target.value)}
            aria-label="Account"
          >
            <option value="">All</option>
            {[...accounts].map(([id, label]) => (
              <option key={id} value={id}>
                {label} ({id})
              </option>
            ))}
          </select>
        </label>
        <label>
          Region
          <select
            className={controls.input}
            value={query.region ?? ""}
            onChange={(e) => set("region", e.target.value)}
            aria-label="Region"
          >
            <option value="">All</option>
            {regions.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
        <label>
          Namespace
          <select
            className={controls.input}
            value={query.namespace ?? ""}
            onChange={(e) => set("namespace", e.target.value)}
          >
            <option value="">All</option>
            {(all ?? data)?.namespaces.map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </label>
        <label>
          Name contains
          <input
            className={controls.input}
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="e.g. checkout"
            aria-label="Name contains"
          />
        </label>
        <label>
          Name starts with
          <input
            className={controls.input}
            defaultValue={query.prefix ?? ""}
            onBlur={(e) => set("prefix", e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") set("prefix", e.currentTarget.value);
            }}
            placeholder="e.g. prod-"
            aria-label="Name starts with"
          />
        </label>
        <label>
          Actions suppressed
          <select
            className={controls.input}
            value={query.suppressed ?? ""}
            onChange={(e) => set("suppressed", e.target.value)}
          >
            <option value="">Any</option>
            <option value="true">Suppressed</option>
            <option value="false">Not suppressed</option>
          </select>
        </label>
        <label>
          Order
          <select
            className={controls.input}
            value={query.sort ?? "state"}
            onChange={(e) => set("sort", e.target.value)}
            aria-label="Order"
          >
            {ALARM_SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <AddToDashboard
        label="Add this selection to a dashboard"
        defaultName="Alarms"
        message="Added an alarm status widget from Alarms"
        append={(document) =>
          appendSelectionWidget(document, {
            ...(query.state ? { state: query.state } : {}),
            ...(query.account ? { account: query.account } : {}),
            ...(query.region ? { region: query.region } : {}),
            ...(query.prefix ? { prefix: query.prefix } : {}),
            ...(query.sort ? { sort: query.sort } : {}),
          })
        }
      />
      {error && <p className="status-error">{error.message}</p>}
      {isPending && <p className="muted">Loading alarms…</p>}
      {data && data.sources.length === 0 && (
        <p className="muted" data-testid="alarms-not-polled">
          No account has been polled yet; the first poll runs within a few seconds of start.
        </p>
      )}
      {data && (
        <>
          <p className="muted" data-testid="alarm-list-count">
            {data.alarms.length} alarms · polled every {data.pollIntervalSeconds} s
            {isPlaceholderData && " · updating for the new filters…"}
          </p>
          <table
            className={styles.table}
            data-testid="alarm-table"
            aria-busy={isPlaceholderData}
            style={isPlaceholderData ? { opacity: 0.5 } : undefined}
          >
            <thead>
              <tr>
                <th>State</th>
                <th>Name</th>
                <th>Account</th>
                <th>Region</th>
                <th>Type</th>
                <th>In state for</th>
                <th>Reason</th>
              </tr>
            </thead>
            <tbody>
              {data.alarms.map((alarm) => (
                <tr
                  key={`${alarm.accountId}/${alarm.region}/${alarm.name}`}
                  data-testid="alarm-row"
                  data-account={alarm.accountId}
                  data-region={alarm.region}
                  data-name={alarm.name}
                  data-state={alarm.state}
                >
                  <td>
                    <AlarmStateBadge state={alarm.state} />
                  </td>
                  <td>
                    <Link href={alarmHref(alarm)}>{alarm.name}</Link>
                    {alarm.actionsSuppressed && <span className="muted"> · actions suppressed</span>}
                    {alarm.type === "composite" && (
                      <AlarmTree composite={alarm} all={all?.alarms ?? data.alarms} />
                    )}
                  </td>
                  <td>{alarm.accountName}</td>
                  <td>{alarm.region}</td>
                  <td>
                    {alarm.type === "composite" ? "Composite" : alarm.metrics ? "Metric math" : "Metric"}
                  </td>
                  <td title={new Date(alarm.stateTransitionedAt ?? alarm.stateUpdatedAt).toLocaleString()}>
                    {durationSince(alarm.stateTransitionedAt ?? alarm.stateUpdatedAt, now)}
                  </td>
                  <td className={styles.reason}>{alarm.stateReason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
