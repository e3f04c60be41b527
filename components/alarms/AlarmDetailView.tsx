"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { STATE_COLORS } from "@/lib/alarms/graph-widget";
import { durationSince } from "@/lib/alarms/url-state";
import { alarmDetailOptions } from "@/lib/client/alarms";
import { ALARM_DETAIL_RANGES, type AlarmDetailQuery } from "@/lib/contracts/alarms";
import { LOCAL_TIME_ZONE } from "@/lib/time";
import controls from "@/components/ui/controls.module.css";
import { MetricWidgetView } from "@/components/widgets/MetricWidgetView";
import { AlarmStateBadge } from "./AlarmStateBadge";
import { alarmHref } from "./AlarmTree";
import { SourceProblems } from "./SourceProblems";
import styles from "./alarms.module.css";

type Range = (typeof ALARM_DETAIL_RANGES)[number];

function isRange(value: string | null): value is Range {
  return (ALARM_DETAIL_RANGES as readonly (string | null)[]).includes(value);
}

/** One alarm: its graph with threshold and states, its history with flapping marked, its configuration. */
export function AlarmDetailView() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const rangeParam = params.get("range");
  const query: AlarmDetailQuery = {
    account: params.get("account") ?? "",
    region: params.get("region") ?? "",
    name: params.get("name") ?? "",
    range: isRange(rangeParam) ? rangeParam : "3h",
  };
  const { data, error, isPending } = useQuery({
    ...alarmDetailOptions(query),
    enabled: Boolean(query.account && query.region && query.name),
  });
  const setRange = (range: string) => {
    const next = new URLSearchParams(params.toString());
    next.set("range", range);
    router.replace(`${pathname}?${next}`, { scroll: false });
  };

  if (!query.account || !query.region || !query.name) {
    return <p className="status-error">Name an alarm: ?account=…&region=…&name=…</p>;
  }
  if (error) return <p className="status-error">{error.message}</p>;
  if (isPending || !data) return <p className="muted">Loading alarm…</p>;
  const { alarm } = data;
  const total = data.range.end - data.range.start;
  const panel = data.graph?.panels[0];
  const threshold = alarm.thresholdMetricId ? undefined : alarm.threshold;

  return (
    <div data-testid="alarm-detail" data-state={alarm.state}>
      <p>
        <Link href="/alarms">← All alarms</Link>
      </p>
      <h2>
        <AlarmStateBadge state={alarm.state} /> {alarm.name}
      </h2>
      <p className="muted">
        {alarm.accountName} ({alarm.accountId}) · {alarm.region} · in this state for{" "}
        {durationSince(alarm.stateTransitionedAt ?? alarm.stateUpdatedAt, data.range.end)} (since{" "}
        {new Date(alarm.stateTransitionedAt ?? alarm.stateUpdatedAt).toLocaleString()})
      </p>
      {alarm.description && <p>{alarm.description}</p>}
      <p className={styles.reason}>{alarm.stateReason}</p>
      <SourceProblems sources={[data.source]} />

      {data.widget && (
        <section className={styles.section}>
          <label className="muted">
            Range{" "}
            <select
              className={controls.input}
              value={query.range}
              onChange={(e) => setRange(e.target.value)}
              aria-label="Range"
            >
              {ALARM_DETAIL_RANGES.map((r) => (
                <option key={r}>{r}</option>
              ))}
            </select>
          </label>
          <div
            className={styles.graph}
            data-testid="alarm-graph"
            data-threshold={threshold ?? ""}
            data-anomaly-band={alarm.thresholdMetricId ? "true" : "false"}
            data-alarm-bands={data.segments.filter((s) => s.state === "ALARM").length}
          >
            <MetricWidgetView
              widget={data.widget}
              result={panel}
              requestError={data.graphError}
              range={data.range}
              timezone={LOCAL_TIME_ZONE}
              periodSeconds={panel?.period.period}
            />
          </div>
          <div
            data-testid="alarm-state-strip"
            style={{ display: "flex", height: 10, borderRadius: 4, overflow: "hidden", marginTop: 4 }}
            aria-label="States along the time axis"
          >
            {data.segments.map((s) => (
              <div
                key={s.start}
                data-state={s.state}
                title={`${s.state} from ${new Date(s.start).toLocaleString()} to ${new Date(s.end).toLocaleString()}`}
                style={{ width: `${((s.end - s.start) / total) * 100}%`, background: STATE_COLORS[s.state] }}
              />
            ))}
          </div>
          {data.historyError && <p className="status-error">History unavailable: {data.historyError}</p>}
        </section>
      )}

      {data.children.length > 0 && (
        <section className={styles.section}>
          <h3>Rule children</h3>
          <ul className={styles.tree}>
            {data.children.map((c) => (
              <li key={c.ref} data-testid="alarm-tree-child">
                {c.alarm ? (
                  <>
                    <AlarmStateBadge state={c.alarm.state} />{" "}
                    <Link href={alarmHref(c.alarm)}>{c.alarm.name}</Link>
                  </>
                ) : (
                  <span className="muted">{c.ref} (not found)</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className={styles.section}>
        <h3>Configuration</h3>
        <dl className={styles.config} data-testid="alarm-configuration">
          {data.configuration.map(([label, value]) => (
            <div key={label} style={{ display: "contents" }}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section className={styles.section}>
        <h3>History ({data.history.length} state changes in the range)</h3>
        <ul className={styles.timeline} data-testid="alarm-history">
          {data.history.map((h) => (
            <li
              key={`${h.timestamp}-${h.summary}`}
              data-testid="alarm-history-item"
              data-flapping={h.flapping}
            >
              <span className="muted">{new Date(h.timestamp).toLocaleString()}</span> {h.summary}
              {h.flapping && <span className={styles.flapping}>flapping</span>}
              {h.reason && <div className={styles.reason}>{h.reason}</div>}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
