import { decodeViewState, encodeViewState, type TimeRange, type TimeZoneSetting } from "@/lib/time";
import type { LogGroupRef } from "@/lib/contracts/logs";
import { MAX_LOG_GROUPS, MAX_QUERY_ROWS } from "./constants";

// The Logs page's state in the URL, so a link reproduces it:
//   /logs?account=<12-digit id>&region=<code>&groups=<name>[,<name>…]&query=<text>&from=…&to=…[&tz=…][&run=1]
// `from`/`to` take the dashboards' forms (now-3h / now, or ISO instants). Groups of other accounts or Regions
// are written as log group ARNs (arn:aws:logs:<region>:<account>:log-group:<name>). `mode=prefix` treats the
// names as prefixes; `limit=` raises the row limit.

const GROUP_ARN = /^arn:aws[a-z-]*:logs:([a-z0-9-]+):(\d{12}):log-group:(.+?)(?::\*)?$/;

export interface LogsPageState {
  account?: string;
  region?: string;
  groups: LogGroupRef[];
  query: string;
  range?: TimeRange;
  tz?: TimeZoneSetting;
  mode: "groups" | "prefix";
  limit?: number;
  run: boolean;
}

export function decodeLogsState(params: URLSearchParams): { state: LogsPageState; error?: string } {
  const view = decodeViewState(params);
  const account = params.get("account") ?? undefined;
  const region = params.get("region") ?? undefined;
  const groups: LogGroupRef[] = [];
  for (const item of (params.get("groups") ?? "").split(",")) {
    const name = item.trim();
    if (!name) continue;
    const arn = GROUP_ARN.exec(name);
    if (arn) groups.push({ region: arn[1] ?? "", accountId: arn[2] ?? "", name: arn[3] ?? "" });
    else if (account && region) groups.push({ accountId: account, region, name });
  }
  const limitText = params.get("limit");
  const limit = limitText ? Number(limitText) : undefined;
  const state: LogsPageState = {
    ...(account ? { account } : {}),
    ...(region ? { region } : {}),
    groups: groups.slice(0, MAX_LOG_GROUPS),
    query: params.get("query") ?? "",
    mode: params.get("mode") === "prefix" ? "prefix" : "groups",
    run: params.get("run") === "1",
    ...(limit !== undefined && Number.isInteger(limit) && limit >= 1 && limit <= MAX_QUERY_ROWS
      ? { limit }
      : {}),
    ...(view.ok && view.value.range ? { range: view.value.range } : {}),
    ...(view.ok && view.value.tz ? { tz: view.value.tz } : {}),
  };
  return view.ok ? { state } : { state, error: view.reason };
}

export function encodeLogsState(state: LogsPageState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.account) params.set("account", state.account);
  if (state.region) params.set("region", state.region);
  if (state.groups.length > 0) {
    params.set(
      "groups",
      state.groups
        .map((g) =>
          g.accountId === state.account && g.region === state.region
            ? g.name
            : `arn:aws:logs:${g.region}:${g.accountId}:log-group:${g.name}`,
        )
        .join(","),
    );
  }
  if (state.query) params.set("query", state.query);
  for (const [k, v] of encodeViewState({ range: state.range, tz: state.tz, vars: {} })) params.set(k, v);
  if (state.mode === "prefix") params.set("mode", "prefix");
  if (state.limit !== undefined) params.set("limit", String(state.limit));
  if (state.run) params.set("run", "1");
  return params;
}

/** A deep link to the Logs page (alarms, Health events, runbooks and "View logs" use it). */
export function logsLink(input: {
  accountId: string;
  region: string;
  groups: string[];
  query?: string;
  range?: TimeRange;
  run?: boolean;
}): string {
  const params = encodeLogsState({
    account: input.accountId,
    region: input.region,
    groups: input.groups.map((name) => ({ accountId: input.accountId, region: input.region, name })),
    query: input.query ?? "",
    ...(input.range ? { range: input.range } : {}),
    mode: "groups",
    run: input.run ?? false,
  });
  return `/logs?${params.toString()}`;
}
