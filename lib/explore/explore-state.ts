import {
  isValidPeriod,
  isValidStatistic,
  MAX_DIMENSIONS,
  PERIOD_CHOICES_SECONDS,
  STATISTIC_CHOICES,
  type Dimension,
} from "@/lib/dashboards/model";
import {
  DEFAULT_TIME_RANGE,
  decodeViewState,
  encodeViewState,
  LOCAL_TIME_ZONE,
  VIEW_PARAMS,
  type RefreshInterval,
  type TimeRange,
  type TimeZoneSetting,
} from "@/lib/time";

// The metrics explorer keeps its whole state in the query string so a copied URL reopens the same graph.
// Layout: v=1&account=…&region=…&stat=…&period=…&from=now-3h&to=now&tz=…&refresh=…&m={…}&m={…}; the time
// parameters are the dashboards' own (lib/time/view-state). Each `m` is a small JSON object (dimension values
// may hold any character, JSON escapes them for free). Decoding is lenient part by part: a garbled metric is
// dropped and reported, the rest of the graph still opens.

export const EXPLORE_STATE_VERSION = 1;

export const EXPLORE_PARAMS = {
  version: "v",
  account: "account",
  region: "region",
  stat: "stat",
  period: "period",
  metric: "m",
} as const;

/** Statistics offered by the explorer's selectors (any valid CloudWatch statistic decodes, though). */
export const EXPLORE_STATS = STATISTIC_CHOICES;
export const DEFAULT_EXPLORE_STAT = "Average";

/** Period choices in the explorer, in seconds, besides "auto" (the server picks one for the width). */
export const EXPLORE_PERIODS = PERIOD_CHOICES_SECONDS;
export type ExplorePeriod = number | "auto";

/** [I] Metrics on one ad-hoc graph; more is unreadable and makes URLs too long to share. */
export const MAX_EXPLORE_METRICS = 20;

export interface ExploreMetric {
  accountId: string;
  region: string;
  namespace: string;
  metricName: string;
  dimensions: Dimension[];
  /** Absent: the graph's statistic. */
  stat?: string;
}

export interface ExploreState {
  /** The account and Region the metric browser shows (new metrics come from there). */
  accountId?: string;
  region?: string;
  metrics: ExploreMetric[];
  stat: string;
  period: ExplorePeriod;
  range: TimeRange;
  timezone: TimeZoneSetting;
  refresh: RefreshInterval;
}

export const EMPTY_EXPLORE_STATE: ExploreState = {
  metrics: [],
  stat: DEFAULT_EXPLORE_STAT,
  period: "auto",
  range: DEFAULT_TIME_RANGE,
  timezone: LOCAL_TIME_ZONE,
  refresh: "off",
};

interface WireMetric {
  a?: string;
  r?: string;
  ns: string;
  n: string;
  d?: Array<[string, string]>;
  s?: string;
}

/** Identity of a graphed metric: same metric, scope and statistic means the same line. */
export function exploreMetricKey(metric: ExploreMetric): string {
  const dims = [...metric.dimensions].sort(
    (a, b) => a.name.localeCompare(b.name) || a.value.localeCompare(b.value),
  );
  return JSON.stringify([
    metric.accountId,
    metric.region,
    metric.namespace,
    metric.metricName,
    dims.map((d) => [d.name, d.value]),
    metric.stat ?? "",
  ]);
}

/** Adds a metric unless the graph already has it or is full; returns the same state object when nothing changed. */
export function addExploreMetric(state: ExploreState, metric: ExploreMetric): ExploreState {
  if (state.metrics.length >= MAX_EXPLORE_METRICS) return state;
  const key = exploreMetricKey(metric);
  if (state.metrics.some((m) => exploreMetricKey(m) === key)) return state;
  return { ...state, metrics: [...state.metrics, metric] };
}

/** What clicking a metric in the browser does: add it, or take it off the graph if it is already there. */
export function toggleExploreMetric(state: ExploreState, metric: ExploreMetric): ExploreState {
  const key = exploreMetricKey(metric);
  const index = state.metrics.findIndex((m) => exploreMetricKey(m) === key);
  return index >= 0 ? removeExploreMetric(state, index) : addExploreMetric(state, metric);
}

/** Changes one metric's statistic (undefined: the graph's); refused if that line is already on the graph. */
export function setExploreMetricStat(
  state: ExploreState,
  index: number,
  stat: string | undefined,
): ExploreState {
  const metric = state.metrics[index];
  if (!metric || metric.stat === stat) return state;
  const changed: ExploreMetric = { ...metric };
  if (stat === undefined) delete changed.stat;
  else changed.stat = stat;
  const key = exploreMetricKey(changed);
  if (state.metrics.some((m, i) => i !== index && exploreMetricKey(m) === key)) return state;
  return { ...state, metrics: state.metrics.map((m, i) => (i === index ? changed : m)) };
}

export function removeExploreMetric(state: ExploreState, index: number): ExploreState {
  if (index < 0 || index >= state.metrics.length) return state;
  return { ...state, metrics: state.metrics.filter((_, i) => i !== index) };
}

export function encodeExploreState(state: ExploreState): URLSearchParams {
  const params = new URLSearchParams();
  params.set(EXPLORE_PARAMS.version, String(EXPLORE_STATE_VERSION));
  if (state.accountId) params.set(EXPLORE_PARAMS.account, state.accountId);
  if (state.region) params.set(EXPLORE_PARAMS.region, state.region);
  if (state.stat !== DEFAULT_EXPLORE_STAT) params.set(EXPLORE_PARAMS.stat, state.stat);
  if (state.period !== "auto") params.set(EXPLORE_PARAMS.period, String(state.period));
  const view = encodeViewState({
    range: state.range,
    ...(state.timezone !== EMPTY_EXPLORE_STATE.timezone ? { tz: state.timezone } : {}),
    ...(state.refresh !== EMPTY_EXPLORE_STATE.refresh ? { refresh: state.refresh } : {}),
    vars: {},
  });
  for (const [key, value] of view) params.set(key, value);
  for (const metric of state.metrics) {
    // Scope is written only when it differs from the browser's, which keeps the common URL short.
    const wire: WireMetric = { ns: metric.namespace, n: metric.metricName };
    if (metric.accountId !== state.accountId) wire.a = metric.accountId;
    if (metric.region !== state.region) wire.r = metric.region;
    if (metric.dimensions.length) wire.d = metric.dimensions.map((d) => [d.name, d.value]);
    if (metric.stat !== undefined) wire.s = metric.stat;
    params.append(EXPLORE_PARAMS.metric, JSON.stringify(wire));
  }
  return params;
}

export interface DecodedExploreState {
  state: ExploreState;
  /** What was ignored and why, for a notice; empty for a URL this codec wrote. */
  problems: string[];
}

const ACCOUNT_ID = /^\d{12}$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function decodeDimensions(value: unknown): Dimension[] | string {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return "dimensions must be a list";
  if (value.length > MAX_DIMENSIONS) return `more than ${MAX_DIMENSIONS} dimensions`;
  const dims: Dimension[] = [];
  for (const pair of value) {
    if (!Array.isArray(pair) || pair.length !== 2) return "a dimension must be [name, value]";
    const [name, dimValue] = pair as unknown[];
    if (typeof name !== "string" || name === "" || typeof dimValue !== "string") {
      return "a dimension must be [name, value]";
    }
    dims.push({ name, value: dimValue });
  }
  return dims;
}

function decodeMetric(text: string, scope: { accountId?: string; region?: string }): ExploreMetric | string {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return "not valid JSON";
  }
  if (!isRecord(raw)) return "not an object";
  const { ns, n, a, r, s, d } = raw;
  if (typeof ns !== "string" || ns === "") return "no namespace";
  if (typeof n !== "string" || n === "") return "no metric name";
  const accountId = a === undefined ? scope.accountId : a;
  if (typeof accountId !== "string" || !ACCOUNT_ID.test(accountId)) return "no valid account id";
  const region = r === undefined ? scope.region : r;
  if (typeof region !== "string" || !REGION.test(region)) return "no valid Region";
  if (s !== undefined && (typeof s !== "string" || !isValidStatistic(s)))
    return `unknown statistic ${String(s)}`;
  const dimensions = decodeDimensions(d);
  if (typeof dimensions === "string") return dimensions;
  const metric: ExploreMetric = { accountId, region, namespace: ns, metricName: n, dimensions };
  if (typeof s === "string") metric.stat = s;
  return metric;
}

/** Each time parameter is read on its own so one bad value does not discard the others. */
function decodeTime(params: URLSearchParams, state: ExploreState, problems: string[]) {
  const read = (keys: string[], what: string) => {
    const only = new URLSearchParams();
    for (const key of keys) for (const v of params.getAll(key)) only.append(key, v);
    const decoded = decodeViewState(only);
    if (!decoded.ok) problems.push(`${what} ignored: ${decoded.reason}`);
    return decoded.ok ? decoded.value : undefined;
  };
  const range = read([VIEW_PARAMS.from, VIEW_PARAMS.to], "time range");
  if (range?.range) state.range = range.range;
  const tz = read([VIEW_PARAMS.tz], "time zone");
  if (tz?.tz !== undefined) state.timezone = tz.tz;
  const refresh = read([VIEW_PARAMS.refresh], "refresh interval");
  if (refresh?.refresh !== undefined) state.refresh = refresh.refresh;
}

export function decodeExploreState(params: URLSearchParams): DecodedExploreState {
  const problems: string[] = [];
  const version = params.get(EXPLORE_PARAMS.version);
  if (version !== null && version !== String(EXPLORE_STATE_VERSION)) {
    problems.push(`link format v${version} is not known; reading it as v${EXPLORE_STATE_VERSION}`);
  }
  const state: ExploreState = { ...EMPTY_EXPLORE_STATE, metrics: [] };
  const account = params.get(EXPLORE_PARAMS.account);
  if (account !== null) {
    if (ACCOUNT_ID.test(account)) state.accountId = account;
    else problems.push(`account "${account}" ignored: not a 12-digit account id`);
  }
  const region = params.get(EXPLORE_PARAMS.region);
  if (region !== null) {
    if (REGION.test(region)) state.region = region;
    else problems.push(`Region "${region}" ignored: not a Region code`);
  }
  const stat = params.get(EXPLORE_PARAMS.stat);
  if (stat !== null) {
    if (isValidStatistic(stat)) state.stat = stat;
    else problems.push(`statistic "${stat}" ignored: not a CloudWatch statistic`);
  }
  const period = params.get(EXPLORE_PARAMS.period);
  if (period !== null && period !== "auto") {
    const seconds = Number(period);
    if (isValidPeriod(seconds)) state.period = seconds;
    else problems.push(`period "${period}" ignored: must be 1, 5, 10, 30 or a multiple of 60 seconds`);
  }
  decodeTime(params, state, problems);
  params.getAll(EXPLORE_PARAMS.metric).forEach((text, index) => {
    const metric = decodeMetric(text, state);
    if (typeof metric === "string") {
      problems.push(`metric ${index + 1} ignored: ${metric}`);
      return;
    }
    const next = addExploreMetric(state, metric);
    if (next === state && state.metrics.length >= MAX_EXPLORE_METRICS) {
      problems.push(`metric ${index + 1} ignored: at most ${MAX_EXPLORE_METRICS} metrics per graph`);
    }
    state.metrics = next.metrics;
  });
  return { state, problems };
}
