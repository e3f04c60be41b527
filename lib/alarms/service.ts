import { listAccounts } from "@/lib/accounts/repository";
import { describeAlarmStateHistory } from "@/lib/aws/alarms";
import { classifyAwsError, describeFailure } from "@/lib/aws/errors";
import { parseEnv } from "@/lib/config/env";
import type {
  AlarmDetailResponse,
  AlarmSourceJson,
  AlarmsListResponse,
  AlarmsSummaryResponse,
} from "@/lib/contracts/alarms";
import type { AlarmSelector, AlarmStatusWidget } from "@/lib/dashboards/model";
import { runMetricsQuery } from "@/lib/metrics/query-request";
import { relativeRange } from "@/lib/time";
import { compositeChildren } from "./composite-tree";
import { STALE_AFTER_INTERVALS } from "./constants";
import { alarmGraphWidget } from "./graph-widget";
import { flappingIndexes, stateSegments } from "./history";
import { configurationLines } from "./plain-words";
import {
  alarmNamespaces,
  countByState,
  matchesAlarm,
  sortAlarms,
  type AlarmFilter,
  type AlarmSort,
  type LocatedAlarm,
} from "./query";
import { listAlarmSnapshots, type AlarmSnapshot } from "./snapshot-store";
import { alarmWidgetTiles } from "./widget-alarms";

// What the alarm routes serve: the pollers' snapshots from PostgreSQL (never AWS, so viewers add no
// DescribeAlarms calls), except the detail view, which reads one alarm's history and graph on demand.

export class AlarmNotFoundError extends Error {
  override name = "AlarmNotFoundError";
}

export function alarmPollIntervalSeconds(): number {
  return parseEnv().WATCHWALL_ALARM_POLL_SECONDS;
}

function sourceOf(snapshot: AlarmSnapshot, now: number, intervalSeconds: number): AlarmSourceJson {
  const staleAfter = STALE_AFTER_INTERVALS * intervalSeconds * 1000;
  return {
    accountId: snapshot.awsAccountId,
    accountName: snapshot.accountName,
    region: snapshot.region,
    ...(snapshot.fetchedAt ? { fetchedAt: snapshot.fetchedAt.toISOString() } : {}),
    attemptedAt: snapshot.attemptedAt.toISOString(),
    ...(snapshot.error ? { error: snapshot.error } : {}),
    stale: !snapshot.fetchedAt || now - snapshot.fetchedAt.getTime() > staleAfter,
  };
}

export async function currentAlarms(now = Date.now()) {
  const interval = alarmPollIntervalSeconds();
  const snapshots = await listAlarmSnapshots();
  const alarms: LocatedAlarm[] = snapshots.flatMap((s) =>
    s.alarms.map((a) => ({ ...a, accountId: s.awsAccountId, accountName: s.accountName, region: s.region })),
  );
  const sources = snapshots.map((s) => sourceOf(s, now, interval));
  return { alarms, sources, interval };
}

const unreadableCount = (sources: readonly AlarmSourceJson[]) =>
  sources.filter((s) => s.error || s.stale).length;

/** What a set of alarm status widgets may show: the alarms they resolve to (whatever their state filter says,
 *  so a state change never hides one) and the accounts and Regions those alarms can come from. */
export function widgetAlarmsScope(
  widgets: readonly AlarmStatusWidget[],
  alarms: readonly LocatedAlarm[],
  sources: readonly AlarmSourceJson[],
): { alarms: LocatedAlarm[]; sources: AlarmSourceJson[] } {
  const shown = new Map<string, LocatedAlarm>();
  const places = new Set<string>();
  const wide: AlarmSelector[] = [];
  for (const widget of widgets) {
    for (const tile of alarmWidgetTiles({ ...widget, states: [] }, alarms)) {
      if (tile.alarm) shown.set(`${tile.alarm.accountId}/${tile.alarm.region}/${tile.alarm.arn}`, tile.alarm);
    }
    if (widget.selector) wide.push(widget.selector);
    // Listed ARNs name their account and Region, found or not (an unreadable source explains a missing tile).
    else for (const ref of widget.alarms) places.add(placeOfArn(ref));
  }
  const within = (list: readonly string[] | undefined, value: string) =>
    !list?.length || list.includes(value);
  return {
    alarms: [...shown.values()],
    sources: sources.filter(
      (s) =>
        places.has(`${s.accountId}/${s.region}`) ||
        wide.some((sel) => within(sel.accounts, s.accountId) && within(sel.regions, s.region)),
    ),
  };
}

/** `<account>/<region>` of an alarm ARN (`arn:aws:cloudwatch:<region>:<account>:alarm:<name>`). */
function placeOfArn(arn: string): string {
  const [, , , region = "", account = ""] = arn.split(":");
  return `${account}/${region}`;
}

/**
 * The alarms list, filtered and ordered. With `widgets` (a wall screen's or anonymous viewer's dashboard), only
 * what those alarm status widgets show, and only the sources they read, are part of the answer at all.
 */
export async function listAlarmsView(
  filter: AlarmFilter,
  sort: AlarmSort,
  widgets?: readonly AlarmStatusWidget[],
): Promise<AlarmsListResponse> {
  const current = await currentAlarms();
  const { interval } = current;
  const { alarms, sources } = widgets ? widgetAlarmsScope(widgets, current.alarms, current.sources) : current;
  const matching = sortAlarms(
    alarms.filter((a) => matchesAlarm(a, filter)),
    sort,
  );
  return {
    alarms: matching,
    counts: countByState(matching),
    sources,
    unreadable: unreadableCount(sources),
    pollIntervalSeconds: interval,
    namespaces: [...new Set(alarms.flatMap(alarmNamespaces))].sort(),
  };
}

export async function alarmsSummary(): Promise<AlarmsSummaryResponse> {
  const { alarms, sources, interval } = await currentAlarms();
  return {
    counts: countByState(alarms),
    unreadable: unreadableCount(sources),
    sources: sources.length,
    empty: sources.length === 0,
    pollIntervalSeconds: interval,
  };
}

const RANGE_SECONDS: Record<string, number> = {
  "1h": 3600,
  "3h": 3 * 3600,
  "12h": 12 * 3600,
  "1d": 86400,
  "3d": 3 * 86400,
  "1w": 7 * 86400,
};

/** [I] The longest window alarm history is read for (AWS keeps 30 days of it anyway). */
const MAX_HISTORY_WINDOW_MS = 31 * 86_400_000;

export async function alarmDetail(
  where: {
    account: string;
    region: string;
    name: string;
    range: string;
    start?: number;
    end?: number;
    graph?: "true" | "false";
  },
  now = Date.now(),
): Promise<AlarmDetailResponse> {
  const { alarms, sources } = await currentAlarms(now);
  const alarm = alarms.find(
    (a) => a.accountId === where.account && a.region === where.region && a.name === where.name,
  );
  const source = sources.find((s) => s.accountId === where.account && s.region === where.region);
  if (!alarm || !source) {
    throw new AlarmNotFoundError(
      `no alarm named "${where.name}" in account ${where.account}, Region ${where.region} (as of the last poll)`,
    );
  }
  const seconds = RANGE_SECONDS[where.range] ?? RANGE_SECONDS["3h"] ?? 10800;
  const range =
    where.start !== undefined && where.end !== undefined
      ? { start: Math.max(where.start, where.end - MAX_HISTORY_WINDOW_MS), end: Math.min(where.end, now) }
      : { start: now - seconds * 1000, end: now };
  const account = (await listAccounts()).find(
    (a) => a.accountId === where.account && a.regions.includes(where.region),
  );
  let history: Awaited<ReturnType<typeof describeAlarmStateHistory>> = [];
  let historyError: string | undefined;
  if (account) {
    try {
      history = await describeAlarmStateHistory(
        account,
        where.region,
        alarm,
        new Date(range.start),
        new Date(range.end),
      );
    } catch (error) {
      historyError = describeFailure(classifyAwsError(error));
    }
  } else {
    historyError = `account ${where.account} is no longer registered`;
  }
  const segments = stateSegments(history, alarm.state, range.start, range.end);
  const flapping = flappingIndexes(history);
  const detail: AlarmDetailResponse = {
    alarm,
    source,
    range,
    history: history.map((h, i) => ({ ...h, flapping: flapping.has(i) })).reverse(),
    ...(historyError ? { historyError } : {}),
    segments,
    configuration: configurationLines(alarm),
    children: compositeChildren(alarm, alarms).map((c) => ({
      ref: c.ref,
      ...(c.alarm ? { alarm: c.alarm } : {}),
    })),
  };
  if (alarm.type === "metric" && where.graph !== "false") {
    const widget = alarmGraphWidget(alarm, { accountId: alarm.accountId, region: alarm.region }, segments);
    detail.widget = widget;
    try {
      detail.graph = await runMetricsQuery(
        {
          range:
            where.start !== undefined
              ? { type: "absolute", start: range.start, end: Math.max(range.end, range.start + 60_000) }
              : relativeRange(seconds),
          widgets: [widget],
          widths: {},
          variables: [],
          variableValues: {},
        },
        now,
      );
    } catch (error) {
      detail.graphError = error instanceof Error ? error.message : String(error);
    }
  }
  return detail;
}
