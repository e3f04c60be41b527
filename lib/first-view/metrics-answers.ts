import type { Principal } from "@/lib/auth/principal";
import { initiallySeen, widgetsOfBatches } from "@/lib/client/grid";
import { metricsKeys, metricsRequestBody, viewGroups } from "@/lib/client/metrics-view";
import {
  metricsQueryBody,
  metricsQueryResponse,
  plotWidths,
  type MetricsQueryResponse,
} from "@/lib/contracts/metrics-query";
import type { DashboardDocument, DashboardVariable } from "@/lib/dashboards/model";
import type { ScopedPrincipal } from "@/lib/scoped-access/allowed-views";
import { scopedMetricsBody } from "@/lib/scoped-access/metrics";
import type { ViewState } from "@/lib/time";
import { metricsQueryAnswer } from "@/lib/metrics/query-answer";

// The first metrics answers of a dashboard page, computed while the server renders it: the same requests the
// browser would send after hydration (same widgets, groups, widths and cache keys), answered through the same
// shared answer and AWS fetch, so the page's HTML arrives with its charts drawn and the browser starts from a
// filled cache instead of a request waterfall. Whatever is not ready within the wait is left to the browser,
// which then joins the fetch still running here.

/** [I] How long the page waits for its first answers; slower groups are fetched by the browser as usual. */
export const FIRST_VIEW_WAIT_MS = 1_000;
/** [I] At most this many widgets' data travel in a page's HTML (a kiosk wall of hundreds of widgets would
 *  make the page megabytes larger); the groups beyond are fetched by the browser. */
export const FIRST_VIEW_MAX_WIDGETS = 100;

/** The first groups, in order, up to `max` widgets in all. */
export function firstGroups<T>(groups: readonly T[][], max: number): T[][] {
  const kept: T[][] = [];
  let widgets = 0;
  for (const group of groups) {
    if (widgets + group.length > max) break;
    kept.push(group);
    widgets += group.length;
  }
  return kept;
}

export interface FirstViewAnswer {
  /** The browser's query key for this group (lib/client/metrics-view.ts). */
  queryKey: readonly unknown[];
  data: MetricsQueryResponse;
  /** When it was answered (epoch ms): the browser's cache counts its age from here. */
  at: number;
}

export interface FirstViewRequest {
  dashboardId: string;
  document: DashboardDocument;
  /** The view state decoded from the page's URL (range, variables). */
  view: ViewState;
  /** The grid's width in the viewer's browser, as last measured there (or assumed). */
  containerWidth: number;
  /** Off-screen widgets wait until scrolled near (not kiosk): only the first screenful is answered. */
  lazy: boolean;
  principal: Principal;
}

function isSearched(variable: DashboardVariable): boolean {
  return variable.type === "property" && Boolean(variable.search) && Boolean(variable.populateFrom);
}

function withinWait<T>(work: Promise<T>, waitMs: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), waitMs);
  });
  return Promise.race([work.catch(() => undefined), timeout]).finally(() => clearTimeout(timer));
}

/**
 * The answers of the view's first requests that arrive within `waitMs`. None for dashboards with searched
 * variables: their values (part of the request) are only known once the browser has listed them.
 */
export async function firstViewAnswers(
  request: FirstViewRequest,
  waitMs: number = FIRST_VIEW_WAIT_MS,
): Promise<FirstViewAnswer[]> {
  const { document } = request;
  if (request.containerWidth <= 0 || document.variables.some(isSearched)) return [];
  const widgets = document.widgets;
  const batches = request.lazy ? widgetsOfBatches(widgets, [initiallySeen(widgets)]) : [widgets];
  const input = {
    widgets,
    range: request.view.range ?? document.defaultRange,
    widths: plotWidths(widgets, request.containerWidth),
    variables: document.variables,
    variableValues: request.view.vars,
    ...(document.defaultAccountId ? { defaultAccountId: document.defaultAccountId } : {}),
    dashboardId: request.dashboardId,
  };
  const scoped = request.principal.scope ? (request.principal as ScopedPrincipal) : null;
  const answers = await Promise.all(
    firstGroups(viewGroups(batches), FIRST_VIEW_MAX_WIDGETS).map((group) =>
      withinWait(
        (async (): Promise<FirstViewAnswer> => {
          const body = metricsQueryBody.parse(metricsRequestBody(input, group));
          const allowed = scoped ? await scopedMetricsBody(scoped, body) : body;
          const { shared, tail } = await metricsQueryAnswer(allowed);
          const json = Buffer.concat([shared, tail]).toString("utf8");
          const data = metricsQueryResponse.parse(JSON.parse(json));
          return { queryKey: metricsKeys.view({ ...input, widgets: group }), data, at: Date.now() };
        })(),
        waitMs,
      ),
    ),
  );
  return answers.filter((answer): answer is FirstViewAnswer => answer !== undefined);
}
