import { classifyAwsError, type AwsFailure } from "@/lib/aws/errors";
import type { EvaluationHooks, TimeSeries } from "@/lib/metric-math";
import { packCalls, type Call } from "./batch";
import { effectivePeriod, planPanel, type FetchUnit, type PanelPlan } from "./plan";
import { withholdIncompleteExpressions } from "./incomplete-math";
import { evaluateServerMath } from "./server-math";
import { knownUnit } from "./aws-metric-units";
import { metricKey, type MetricUnits } from "./metric-units";
import type {
  MetricDataSource,
  PanelRequest,
  PanelResult,
  QueryProblem,
  SeriesData,
  WireResult,
} from "./types";
import { ttlFor, UnitStore, type UnitOutcome } from "./fetch-unit-store";

// One refresh of a dashboard view: plan every panel, take what the shared store already has or is fetching,
// send the rest as the fewest GetMetricData calls, and give each panel its series and its own errors.

export interface PipelineDeps {
  source: MetricDataSource;
  store: UnitStore;
  now?: () => number;
  /** Concurrent GetMetricData calls per account and Region, to stay below AWS's request rate. */
  concurrencyPerScope?: number;
  /** Units of metrics no documentation lists (custom metrics); without it they are drawn unitless. */
  units?: MetricUnits;
}

/** Custom metrics' unit lookups by metricKey, started alongside the data fetch so they add no wait. */
type UnitLookups = ReadonlyMap<string, Promise<string | undefined>>;

function startUnitLookups(plans: readonly PanelPlan[], units: MetricUnits | undefined): UnitLookups {
  const lookups = new Map<string, Promise<string | undefined>>();
  if (!units) return lookups;
  for (const unit of plans.flatMap((p) => p.units)) {
    for (const query of unit.queries) {
      const stat = query.MetricStat;
      if (!stat || stat.Unit || knownUnit(stat.Metric.Namespace, stat.Metric.MetricName, stat.Stat)) continue;
      const key = metricKey(unit.scope, stat.Metric);
      if (!lookups.has(key)) lookups.set(key, units.unitOf(unit.scope, stat.Metric));
    }
  }
  return lookups;
}

/** Epoch ms, as the viewer chose it. */
export interface ViewRange {
  start: number;
  end: number;
}

const DEFAULT_CONCURRENCY = 4;

class Limiter {
  private active = 0;
  private readonly queue: Array<() => void> = [];
  constructor(private readonly limit: number) {}
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.queue.push(resolve));
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.queue.shift()?.();
    }
  }
}

const limiters = new Map<string, Limiter>();

function limiterFor(call: Call, limit: number): Limiter {
  const scope = call.groupKey.split("|").slice(0, 2).join("|");
  let limiter = limiters.get(scope);
  if (!limiter) {
    limiter = new Limiter(limit);
    limiters.set(scope, limiter);
  }
  return limiter;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** AWS's message with the wire ids of the unit put back to the ids the user wrote. */
function inUserTerms(failure: AwsFailure, unit: FetchUnit): AwsFailure {
  let message = failure.message;
  for (const [wire, local] of unit.idMap) message = message.replaceAll(wire, local);
  return message === failure.message ? failure : { ...failure, message };
}

/**
 * One GetMetricData call for the units. When AWS refuses a call of several units as a whole (a validation
 * error names one query but fails the request), the units are split in halves and sent again, so only the
 * offending units fail and each failure is recorded only for the unit that caused it.
 */
async function runCall(call: Call, deps: PipelineDeps): Promise<Map<string, UnitOutcome>> {
  const first = call.units[0];
  const outcomes = new Map<string, UnitOutcome>();
  if (!first) return outcomes;
  const fetchedAt = (deps.now ?? Date.now)();
  try {
    const results = await limiterFor(call, deps.concurrencyPerScope ?? DEFAULT_CONCURRENCY).run(() =>
      deps.source(first.scope, {
        start: first.window.start,
        end: first.window.end,
        queries: call.units.flatMap((u) => u.queries),
      }),
    );
    const byId = new Map<string, WireResult[]>();
    for (const result of results) byId.set(result.Id, [...(byId.get(result.Id) ?? []), result]);
    for (const unit of call.units) {
      const mine = [...unit.idMap.keys()].flatMap((id) => byId.get(id) ?? []);
      outcomes.set(unit.key, { ok: true, results: mine, fetchedAt });
    }
  } catch (error) {
    const failure = classifyAwsError(error);
    if (failure.kind === "invalid-request" && call.units.length > 1) {
      const half = Math.ceil(call.units.length / 2);
      const parts = [call.units.slice(0, half), call.units.slice(half)].map((units) => ({
        ...call,
        units,
        queryCount: units.reduce((n, u) => n + u.queries.length, 0),
      }));
      for (const part of await Promise.all(parts.map((part) => runCall(part, deps)))) {
        for (const [key, outcome] of part) outcomes.set(key, outcome);
      }
      return outcomes;
    }
    for (const unit of call.units) {
      outcomes.set(unit.key, { ok: false, failure: inUserTerms(failure, unit), fetchedAt });
    }
  }
  return outcomes;
}

/** Outcomes for units: from the store when fresh or in flight, else fetched in packed calls. */
async function resolveUnits(units: FetchUnit[], deps: PipelineDeps): Promise<Map<string, UnitOutcome>> {
  const unique = new Map(units.map((u) => [u.key, u]));
  const waiting = new Map<string, UnitOutcome | Promise<UnitOutcome>>();
  const missing: FetchUnit[] = [];
  for (const unit of unique.values()) {
    const known = deps.store.lookup(unit.key);
    if (known) waiting.set(unit.key, known);
    else missing.push(unit);
  }
  for (const call of packCalls(missing)) {
    const outcomes = runCall(call, deps);
    for (const unit of call.units) {
      const outcome = outcomes.then(
        (m): UnitOutcome =>
          m.get(unit.key) ?? {
            ok: false,
            failure: { kind: "unknown", message: "no result for this query", retryable: true },
            fetchedAt: Date.now(),
          },
      );
      deps.store.track(unit.key, outcome, ttlFor(unit.live, unit.period));
      waiting.set(unit.key, outcome);
    }
  }
  const resolved = new Map<string, UnitOutcome>();
  await Promise.all(
    [...waiting.entries()].map(async ([key, outcome]) => {
      resolved.set(key, await outcome);
    }),
  );
  return resolved;
}

/**
 * The period a series' points are actually spaced by, when coarser than the one declared (math over coarser
 * inputs, a SEARCH period we could not read): the chart draws it as a line instead of scattered dots.
 */
function spacedPeriod(timestamps: readonly number[], declared: number): number {
  let smallest = Number.POSITIVE_INFINITY;
  for (let i = 1; i < timestamps.length; i++) {
    const step = (timestamps[i] ?? 0) - (timestamps[i - 1] ?? 0);
    if (step > 0 && step < smallest) smallest = step;
  }
  return Number.isFinite(smallest) && smallest > declared ? smallest : declared;
}

function statusProblem(result: WireResult, queryId: string, unit: FetchUnit): QueryProblem | undefined {
  if (result.StatusCode === "Complete" || result.StatusCode === "PartialData") return undefined;
  const detail = result.Messages.map((m) => [m.Code, m.Value].filter(Boolean).join(": ")).join("; ");
  const kind: AwsFailure["kind"] = result.StatusCode === "Forbidden" ? "access-denied" : "unavailable";
  return {
    queryId,
    ...unit.scope,
    failure: {
      kind,
      code: result.StatusCode,
      message: detail || result.StatusCode,
      retryable: kind === "unavailable",
    },
  };
}

function searchHook(
  plan: PanelPlan,
  deps: PipelineDeps,
  range: ViewRange & { now: number },
): EvaluationHooks {
  return {
    async search(request) {
      const period = request.period ?? plan.panel.period;
      const text = `SEARCH('${request.query.replace(/'/g, "\\'")}', '${request.stat}', ${period})`;
      const probe = planPanel(
        {
          ...plan.panel,
          period,
          queries: [{ kind: "expression", id: "search", expression: text, visible: true }],
        },
        range,
      );
      const unit = probe.units[0];
      if (!unit) return [];
      const outcome = (await resolveUnits([unit], deps)).get(unit.key);
      if (!outcome?.ok) throw new Error(outcome ? outcome.failure.message : "SEARCH failed");
      return outcome.results.map((r): TimeSeries => ({
        label: r.Label,
        timestamps: r.Timestamps,
        values: r.Values,
        period,
        ...unit.scope,
      }));
    },
  };
}

async function assemble(
  plan: PanelPlan,
  outcomes: Map<string, UnitOutcome>,
  deps: PipelineDeps,
  range: ViewRange & { now: number },
  unitLookups: UnitLookups,
): Promise<PanelResult> {
  const result: PanelResult = { key: plan.panel.key, series: [], errors: [...plan.rejected], warnings: [] };
  const visible = new Set(plan.panel.queries.filter((q) => q.visible).map((q) => q.id));
  const mathInputs = new Map<string, SeriesData>();
  const mathInputIds = new Set(plan.serverMath?.inputs.map((q) => q.id) ?? []);
  const failed = new Map<string, QueryProblem>();
  for (const unit of plan.units) {
    const outcome = outcomes.get(unit.key);
    if (!outcome) continue;
    if (!outcome.ok) {
      const ids = [...unit.idMap.values()].filter((id) => visible.has(id) || mathInputIds.has(id));
      const problem: QueryProblem = {
        queryId: ids.length === 1 ? ids[0] : undefined,
        ...unit.scope,
        failure: outcome.failure,
      };
      result.errors.push(problem);
      for (const id of unit.idMap.values()) failed.set(id, problem);
      continue;
    }
    for (const wire of outcome.results) {
      const queryId = unit.idMap.get(wire.Id);
      if (!queryId) continue;
      const problem = statusProblem(wire, queryId, unit);
      if (problem) {
        result.errors.push(problem);
        failed.set(queryId, problem);
      }
      for (const message of wire.Messages) {
        result.warnings.push(`${queryId}: ${message.Value ?? message.Code ?? "note from CloudWatch"}`);
      }
      const stat = unit.queries.find((q) => q.Id === wire.Id)?.MetricStat;
      // A unit the query asks for is the unit of every value GetMetricData returns for it.
      const measured = stat
        ? (knownUnit(stat.Metric.Namespace, stat.Metric.MetricName, stat.Stat) ??
          stat.Unit ??
          (await unitLookups.get(metricKey(unit.scope, stat.Metric))))
        : undefined;
      const query = plan.panel.queries.find((q) => q.id === queryId);
      const declared = stat?.Period ?? (query ? effectivePeriod(query, plan.panel.period) : unit.period);
      const series: SeriesData = {
        queryId,
        label: wire.Label,
        ...unit.scope,
        // A metric's period is authoritative (wider spacing is missing data); an expression's may be coarser.
        period: stat ? declared : spacedPeriod(wire.Timestamps, declared),
        timestamps: wire.Timestamps,
        values: wire.Values,
        ...(measured ? { unit: measured } : {}),
        ...(unit.live ? { incompleteFrom: unit.incompleteFrom } : {}),
      };
      if (mathInputIds.has(queryId)) mathInputs.set(queryId, series);
      if (visible.has(queryId)) result.series.push(series);
    }
  }
  if (plan.serverMath) {
    try {
      const math = await evaluateServerMath(plan, mathInputs, searchHook(plan, deps, range));
      result.series.push(...math.series);
      result.warnings.push(...math.warnings);
    } catch (error) {
      for (const expression of plan.serverMath.expressions.filter((e) => e.visible)) {
        const problem: QueryProblem = {
          queryId: expression.id,
          failure: {
            kind: "invalid-request",
            code: "MetricMath",
            message: errorMessage(error),
            retryable: false,
          },
        };
        result.errors.push(problem);
        failed.set(expression.id, problem);
      }
    }
  }
  withholdIncompleteExpressions(plan, result, failed);
  return result;
}

export async function fetchPanels(
  panels: PanelRequest[],
  range: ViewRange,
  deps: PipelineDeps,
): Promise<PanelResult[]> {
  const now = (deps.now ?? Date.now)();
  const window = { ...range, now };
  const plans = panels.map((panel) => planPanel(panel, window));
  const unitLookups = startUnitLookups(plans, deps.units);
  const outcomes = await resolveUnits(
    plans.flatMap((p) => p.units),
    deps,
  );
  return Promise.all(plans.map((plan) => assemble(plan, outcomes, deps, window, unitLookups)));
}

const STORE_KEY = Symbol.for("watchwall.metrics.store");

/** The process-wide store every viewer shares. */
export function sharedUnitStore(): UnitStore {
  const holder = globalThis as { [STORE_KEY]?: UnitStore };
  holder[STORE_KEY] ??= new UnitStore();
  return holder[STORE_KEY];
}
