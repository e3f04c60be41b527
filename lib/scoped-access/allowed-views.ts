import { LRUCache } from "lru-cache";
import { CONTEXT_HEADER, decodeContext, type Principal, type Scope } from "@/lib/auth/principal";
import type { AlarmStatusWidget, DashboardVariable, HealthWidget, LogsWidget } from "@/lib/dashboards/model";
import { currentDashboardVersion, getDashboard } from "@/lib/dashboards/repository";
import { HttpError } from "@/lib/http/error-mapping";
import { playlistsShowDashboard } from "@/lib/playlists/repository";

// What a scoped principal (a wall screen, an anonymous viewer) may run: only the saved widgets of the
// dashboards it may show. A dashboard's runnable content is read once per saved version and kept, so fifty
// screens refreshing the same dashboard cost one indexed version read each, not a document load and parse.

/** A scoped principal asked for something outside its dashboards: 403 naming why (`reason`). */
export class OutsideScopeError extends HttpError {
  constructor(reason: string, message: string) {
    super(403, "outside_scope", message, undefined, { reason });
    this.name = "OutsideScopeError";
  }
}

export type ScopedPrincipal = Principal & { scope: Scope };

/** The caller when it is limited to chosen dashboards; null for full users (and requests that did not pass
 *  the gate: handlers called directly in tests, which the gate never lets through in a running server). */
export function scopedPrincipalOf(request: Request): ScopedPrincipal | null {
  const principal = decodeContext(request.headers.get(CONTEXT_HEADER))?.principal;
  return principal?.scope ? (principal as ScopedPrincipal) : null;
}

/** Who holds a Logs Insights ticket a scoped principal started. Anonymous viewers are one principal: every
 *  anonymous ticket was checked against the same dashboards. */
export function holderKey(principal: ScopedPrincipal): string {
  return `${principal.kind}:${principal.id ?? "anonymous"}`;
}

/** Stable JSON: keys sorted, undefined members dropped — two equal definitions give the same text whatever
 *  order their keys were written in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) sorted[key] = (v as Record<string, unknown>)[key];
    return sorted;
  });
}

/** A variable whose values the server lists from a search (`search` + `populateFrom`, no listed values). The
 *  browser sends it with the listed values filled in, so they are not part of its definition. */
export function isSearchedVariable(
  variable: DashboardVariable,
): variable is DashboardVariable & { search: string; populateFrom: string } {
  return (
    variable.type === "property" &&
    Boolean(variable.search) &&
    Boolean(variable.populateFrom) &&
    !(variable.values && variable.values.length > 0)
  );
}

/** What may be run of one saved version of a dashboard. */
export interface AllowedView {
  id: string;
  version: number;
  defaultAccountId?: string;
  defaultRegion: string;
  variables: DashboardVariable[];
  /** Canonical JSON of each saved widget, by widget id. */
  widgets: ReadonlyMap<string, string>;
  logWidgets: LogsWidget[];
  /** What its alarm status and Health widgets show is all the alarms and Health events it may read. */
  alarmWidgets: AlarmStatusWidget[];
  healthWidgets: HealthWidget[];
  /** ARNs of the alarms its metric widgets annotate (annotations.alarms): their detail is readable. */
  annotatedAlarms: string[];
}

/** [I] Dashboard versions kept; each is a few KB of canonical JSON. */
const VIEW_CACHE_SIZE = 500;
/** [I] How long a "this playlist shows that dashboard" answer is reused: a dashboard taken out of a playlist
 *  (or untagged) stops being runnable by its screens within this time. */
export const PLAYLIST_ANSWER_MS = 15_000;

const views = new LRUCache<string, AllowedView>({ max: VIEW_CACHE_SIZE });
const playlistAnswers = new LRUCache<string, boolean>({ max: 5_000, ttl: PLAYLIST_ANSWER_MS });
let documentLoads = 0;

/** Documents loaded into the cache since start (tests prove refreshes do not reload). */
export function allowedViewLoads(): number {
  return documentLoads;
}

async function mayShow(scope: Scope, dashboardId: string): Promise<boolean> {
  if (scope.dashboards.includes(dashboardId)) return true;
  if (scope.playlists.length === 0) return false;
  const key = JSON.stringify([[...scope.playlists].sort(), dashboardId]);
  const known = playlistAnswers.get(key);
  if (known !== undefined) return known;
  const answer = await playlistsShowDashboard(scope.playlists, dashboardId);
  playlistAnswers.set(key, answer);
  return answer;
}

/** Refuses (403) a dashboard the scoped principal may not show. */
export async function requireMayShow(principal: ScopedPrincipal, dashboardId: string): Promise<void> {
  if (!(await mayShow(principal.scope, dashboardId)))
    throw new OutsideScopeError(
      "dashboard_not_allowed",
      `Dashboard ${dashboardId} is not one this screen or viewer may show`,
    );
}

/** The dashboard a scoped principal names, if it may show it: its runnable content at the current version. */
export async function allowedView(
  principal: ScopedPrincipal,
  dashboardId: string | undefined,
): Promise<AllowedView> {
  if (!dashboardId)
    throw new OutsideScopeError(
      "dashboard_required",
      "Wall screens and anonymous viewers must name the dashboard they show (dashboardId)",
    );
  await requireMayShow(principal, dashboardId);
  const version = await currentDashboardVersion(dashboardId);
  if (version === null)
    throw new OutsideScopeError("dashboard_not_allowed", `Dashboard ${dashboardId} does not exist`);
  const key = `${dashboardId}@${version}`;
  const cached = views.get(key);
  if (cached) return cached;
  const saved = await getDashboard(dashboardId);
  documentLoads++;
  const document = saved.document;
  const view: AllowedView = {
    id: saved.id,
    version: saved.version,
    ...(document.defaultAccountId ? { defaultAccountId: document.defaultAccountId } : {}),
    defaultRegion: document.defaultRegion,
    variables: document.variables,
    widgets: new Map(document.widgets.map((w) => [w.id, canonicalJson(w)])),
    logWidgets: document.widgets.filter((w): w is LogsWidget => w.type === "logs"),
    alarmWidgets: document.widgets.filter((w): w is AlarmStatusWidget => w.type === "alarm-status"),
    healthWidgets: document.widgets.filter((w): w is HealthWidget => w.type === "aws-health"),
    annotatedAlarms: document.widgets.flatMap((w) => ("metrics" in w ? (w.annotations?.alarms ?? []) : [])),
  };
  // Saved under the version it was read at: a save in between is simply another key.
  views.set(`${dashboardId}@${saved.version}`, view);
  return view;
}
