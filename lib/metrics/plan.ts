import crypto from "node:crypto";
import { alignWindow, INGESTION_DELAY_MS } from "@/lib/time";
import { checkPanelExpressions } from "./check-expressions";
import { defaultLabels } from "./labels";
import { referencedIds, rewriteExpression } from "./rewrite";
import type {
  FetchWindow,
  PanelExpressionQuery,
  PanelMetricQuery,
  PanelQuery,
  PanelRequest,
  QueryProblem,
  Scope,
  WireQuery,
} from "./types";

// Planning turns panels into fetch units: the smallest self-contained sets of queries CloudWatch can run
// (a visible metric alone, or an expression with everything it references). A unit's wire ids are derived from
// its content, so identical units from different widgets or viewers share one fetch and one cache entry.
// Expressions whose inputs live in different accounts or Regions cannot run in CloudWatch: their inputs are
// fetched as separate units and the math is evaluated on the server (see server-math.ts).

export interface FetchUnit {
  key: string;
  scope: Scope;
  /** Largest period in the unit; its window is aligned to it. */
  period: number;
  window: FetchWindow;
  /** Whether the newest bucket is still filling (cache briefly). */
  live: boolean;
  /** Epoch seconds: buckets starting at or after this are incomplete (live data only). */
  incompleteFrom: number;
  queries: WireQuery[];
  /** wire id → the unit-local query id (the panel's original id). */
  idMap: Map<string, string>;
}

export interface PanelPlan {
  panel: PanelRequest;
  labels: Map<string, string>;
  /** Units whose returned series are drawn (or feed server-side math). */
  units: FetchUnit[];
  /** Expressions refused before sending (invalid, or using an invalid one), named as the user wrote them. */
  rejected: QueryProblem[];
  /** Expressions evaluated on the server, with the unit-backed inputs they need. */
  serverMath?: {
    expressions: PanelExpressionQuery[];
    inputs: PanelMetricQuery[];
    window: FetchWindow;
    period: number;
    scope: Scope;
    /** Epoch seconds, as FetchUnit.incompleteFrom; only set with live data. */
    incompleteFrom?: number;
  };
}

function hash(value: unknown): string {
  return crypto.createHash("sha1").update(JSON.stringify(value)).digest("hex").slice(0, 10);
}

const SEARCH_PERIOD = /SEARCH\s*\(\s*'(?:[^'\\]|\\.)*'\s*,\s*'[^']*'\s*,\s*(\d+)\s*\)/gi;

/**
 * The period a query's points are spaced by: its own, or the coarser period a SEARCH inside it asks for. A
 * window aligned to anything finer cuts that query's first and last buckets short (they plunge).
 */
export function effectivePeriod(query: PanelQuery, panelPeriod: number): number {
  const own = query.period ?? panelPeriod;
  if (query.kind !== "expression") return own;
  let period = own;
  for (const match of query.expression.matchAll(SEARCH_PERIOD)) period = Math.max(period, Number(match[1]));
  return period;
}

export function scopeOf(query: PanelQuery, panel: PanelRequest): Scope {
  return { accountId: query.accountId ?? panel.accountId, region: query.region ?? panel.region };
}

const sameScope = (a: Scope, b: Scope) => a.accountId === b.accountId && a.region === b.region;

/** Connected components of the reference graph (an expression and everything it uses, transitively). */
function components(queries: readonly PanelQuery[], metricIds: readonly string[]): PanelQuery[][] {
  const byId = new Map(queries.map((q) => [q.id, q]));
  const parent = new Map(queries.map((q) => [q.id, q.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    return root;
  };
  for (const query of queries) {
    if (query.kind !== "expression") continue;
    for (const ref of referencedIds(query.expression, metricIds)) {
      if (byId.has(ref)) parent.set(find(ref), find(query.id));
    }
  }
  const groups = new Map<string, PanelQuery[]>();
  for (const query of queries) {
    const root = find(query.id);
    groups.set(root, [...(groups.get(root) ?? []), query]);
  }
  return [...groups.values()];
}

function wireQuery(
  query: PanelQuery,
  wireId: string,
  label: string | undefined,
  returnData: boolean,
  period: number,
  rename: (id: string) => string,
  metricIds: readonly string[],
): WireQuery {
  if (query.kind === "metric") {
    return {
      Id: wireId,
      ...(label ? { Label: label } : {}),
      ReturnData: returnData,
      MetricStat: {
        Metric: {
          Namespace: query.namespace,
          MetricName: query.metricName,
          Dimensions: query.dimensions.map((d) => ({ Name: d.name, Value: d.value })),
        },
        Period: query.period ?? period,
        Stat: query.stat,
        ...(query.unit ? { Unit: query.unit } : {}),
      },
    };
  }
  return {
    Id: wireId,
    ...(label ? { Label: label } : {}),
    ReturnData: returnData,
    Expression: rewriteExpression(query.expression, rename, metricIds),
    ...(query.period ? { Period: query.period } : {}),
  };
}

function buildUnit(options: {
  members: PanelQuery[];
  panel: PanelRequest;
  labels: Map<string, string>;
  returned: (q: PanelQuery) => boolean;
  metricIds: readonly string[];
  range: { start: number; end: number; now: number };
}): FetchUnit {
  const { members, panel, labels, range } = options;
  const head = members[0];
  if (!head) throw new Error("a fetch unit needs at least one query");
  const scope = scopeOf(head, panel);
  const period = Math.max(...members.map((q) => effectivePeriod(q, panel.period)));
  const signature = members.map((q) => ({ ...q, label: labels.get(q.id), returned: options.returned(q) }));
  const prefix = `u${hash([scope, panel.period, signature])}`;
  const rename = (id: string) => `${prefix}_${id}`;
  const idMap = new Map<string, string>();
  const queries = members.map((q) => {
    idMap.set(rename(q.id), q.id);
    return wireQuery(
      q,
      rename(q.id),
      labels.get(q.id) ?? q.id,
      options.returned(q),
      panel.period,
      rename,
      options.metricIds,
    );
  });
  const aligned = alignWindow({
    start: range.start,
    end: range.end,
    period,
    now: range.now,
    keepPartial: panel.liveData ?? false,
    ingestionDelayMs: INGESTION_DELAY_MS,
  });
  const window = { start: aligned.start / 1000, end: aligned.end / 1000 };
  return {
    key: `${scope.accountId}|${scope.region}|${window.start}|${window.end}|${prefix}`,
    scope,
    period,
    window,
    live: aligned.partialLastBucket,
    incompleteFrom: aligned.incompleteFrom / 1000,
    queries,
    idMap,
  };
}

/** Range in epoch ms as chosen by the viewer; each unit aligns it to its own period. */
export function planPanel(
  panel: PanelRequest,
  range: { start: number; end: number; now: number },
): PanelPlan {
  const labels = defaultLabels(panel.queries, panel.period);
  const metricIds = panel.queries.filter((q) => q.kind === "metric").map((q) => q.id);
  const { accepted, rejected } = checkPanelExpressions(panel.queries, (q) => scopeOf(q, panel));
  const units: FetchUnit[] = [];
  const serverExpressions: PanelExpressionQuery[] = [];
  const serverInputs: PanelMetricQuery[] = [];

  for (const component of components(accepted, metricIds)) {
    const first = component[0];
    if (!first) continue;
    const local = component.every((q) => sameScope(scopeOf(q, panel), scopeOf(first, panel)));
    if (local) {
      // Metrics nobody references and that are hidden need not be fetched at all.
      if (component.length === 1 && !first.visible) continue;
      units.push(
        buildUnit({ members: component, panel, labels, returned: (q) => q.visible, metricIds, range }),
      );
      continue;
    }
    for (const query of component) {
      if (query.kind === "expression") {
        serverExpressions.push(query);
      } else {
        serverInputs.push(query);
        units.push(buildUnit({ members: [query], panel, labels, returned: () => true, metricIds, range }));
      }
    }
  }

  const plan: PanelPlan = { panel, labels, units, rejected };
  if (serverExpressions.length > 0) {
    const period = Math.max(
      panel.period,
      ...[...serverInputs, ...serverExpressions].map((q) => effectivePeriod(q, panel.period)),
    );
    const aligned = alignWindow({
      start: range.start,
      end: range.end,
      period,
      now: range.now,
      keepPartial: panel.liveData ?? false,
      ingestionDelayMs: INGESTION_DELAY_MS,
    });
    plan.serverMath = {
      expressions: serverExpressions,
      inputs: serverInputs,
      window: { start: aligned.start / 1000, end: aligned.end / 1000 },
      period,
      scope: { accountId: panel.accountId, region: panel.region },
      ...(aligned.partialLastBucket ? { incompleteFrom: aligned.incompleteFrom / 1000 } : {}),
    };
  }
  return plan;
}
