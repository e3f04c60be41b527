import { formatInstant, formatRange, freezeRange, parseInstant, parseRange, type TimeRange } from "./range";
import { parseRefreshInterval, type RefreshInterval } from "./refresh";
import { fail, ok, type ParseResult } from "./result";
import { concreteTimeZone, isValidTimeZone, type TimeZoneSetting } from "./timezone";

// The part of a dashboard view that lives in the query string, so a copied URL reproduces the view exactly.
// The dashboard id is not here: it belongs in the path. Parameters this codec does not own (e.g. `kiosk`) are
// ignored on decode and never written.

export const VIEW_PARAMS = { from: "from", to: "to", tz: "tz", refresh: "refresh" } as const;
export const VARIABLE_PARAM_PREFIX = "var-";
const NOW = "now";

export interface ViewState {
  /** Absent: use the dashboard's default range. */
  range?: TimeRange;
  tz?: TimeZoneSetting;
  refresh?: RefreshInterval;
  /** Dashboard variable id → chosen value. */
  vars: Record<string, string>;
}

/** Writes the state; the same state always produces the same string (variables sorted by id). */
export function encodeViewState(state: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.range?.type === "relative") {
    params.set(VIEW_PARAMS.from, `${NOW}-${formatRange(state.range)}`);
    params.set(VIEW_PARAMS.to, NOW);
  } else if (state.range) {
    params.set(VIEW_PARAMS.from, formatInstant(state.range.start));
    params.set(VIEW_PARAMS.to, formatInstant(state.range.end));
  }
  if (state.tz !== undefined) params.set(VIEW_PARAMS.tz, state.tz);
  if (state.refresh !== undefined) params.set(VIEW_PARAMS.refresh, state.refresh);
  for (const id of Object.keys(state.vars).sort()) {
    params.set(`${VARIABLE_PARAM_PREFIX}${id}`, state.vars[id] ?? "");
  }
  return params;
}

function single(params: URLSearchParams, key: string): ParseResult<string | undefined> {
  const values = params.getAll(key);
  if (values.length > 1) return fail(`"${key}" appears ${values.length} times`);
  return ok(values[0]);
}

function decodeRange(from: string | undefined, to: string | undefined): ParseResult<TimeRange | undefined> {
  if (from === undefined && to === undefined) return ok(undefined);
  if (from === undefined) return fail(`"${VIEW_PARAMS.to}" needs "${VIEW_PARAMS.from}"`);
  if (to === undefined || to === NOW) {
    if (!from.startsWith(`${NOW}-`))
      return fail(`"${VIEW_PARAMS.from}=${from}": a relative range is written now-<duration>`);
    const range = parseRange(from);
    if (!range.ok) return fail(`"${VIEW_PARAMS.from}": ${range.reason}`);
    return range;
  }
  const start = parseInstant(from);
  if (!start.ok) return fail(`"${VIEW_PARAMS.from}": ${start.reason}`);
  const end = parseInstant(to);
  if (!end.ok) return fail(`"${VIEW_PARAMS.to}": ${end.reason}`);
  if (start.value >= end.value) return fail(`"${VIEW_PARAMS.from}" must be before "${VIEW_PARAMS.to}"`);
  return ok({ type: "absolute", start: start.value, end: end.value });
}

/** Reads the state back; rejects the whole URL with a reason rather than guessing at a garbled part. */
export function decodeViewState(params: URLSearchParams): ParseResult<ViewState> {
  const from = single(params, VIEW_PARAMS.from);
  if (!from.ok) return from;
  const to = single(params, VIEW_PARAMS.to);
  if (!to.ok) return to;
  const range = decodeRange(from.value, to.value);
  if (!range.ok) return range;
  const state: ViewState = { vars: {} };
  if (range.value) state.range = range.value;

  const tz = single(params, VIEW_PARAMS.tz);
  if (!tz.ok) return tz;
  if (tz.value !== undefined) {
    if (!isValidTimeZone(tz.value)) return fail(`"${VIEW_PARAMS.tz}=${tz.value}" is not a known time zone`);
    state.tz = tz.value;
  }
  const refresh = single(params, VIEW_PARAMS.refresh);
  if (!refresh.ok) return refresh;
  if (refresh.value !== undefined) {
    const parsed = parseRefreshInterval(refresh.value);
    if (!parsed.ok) return parsed;
    state.refresh = parsed.value;
  }
  // A Map, not a plain object, while collecting: a variable called "__proto__" must stay an ordinary key.
  const vars = new Map<string, string>();
  for (const [key, value] of params) {
    if (!key.startsWith(VARIABLE_PARAM_PREFIX)) continue;
    const id = key.slice(VARIABLE_PARAM_PREFIX.length);
    if (id === "") return fail(`"${key}" has no variable name`);
    if (vars.has(id)) return fail(`variable "${id}" appears more than once`);
    vars.set(id, value);
  }
  state.vars = Object.fromEntries(vars);
  return ok(state);
}

/**
 * The state a "share" link carries: the range frozen to the instants on screen now, so the link shows the same
 * data later, and always the zone the sharer sees (`zone`: the zone in effect, the dashboard's default or the
 * viewer's own), so a link made in New York does not open in Kolkata's. `dashboardRange` is used when the view
 * is still on the dashboard's default range.
 */
export function shareViewState(
  state: ViewState,
  now: number,
  dashboardRange: TimeRange,
  zone: TimeZoneSetting,
): ViewState {
  return {
    ...state,
    range: freezeRange(state.range ?? dashboardRange, now),
    tz: concreteTimeZone(state.tz ?? zone),
    vars: { ...state.vars },
  };
}
