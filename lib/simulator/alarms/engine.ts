// The alarm engine: alarms per account and Region, evaluated lazily. Every operation first catches
// evaluation up to the request time (each alarm at each of its evaluation times since the last catch-up,
// composites replayed in time order), so results do not depend on when requests arrive and tests can pin
// or advance the clock. Operations on one scope run one at a time.

import type { MetricsBackend } from "@/lib/simulator/cloudwatch";
import { ruleReferences } from "./composite-rule";
import { evaluateCompositeNow, propagate, stateSnapshot, type StateEvent } from "./composite-eval";
import {
  DEMO_HISTORY_DAYS,
  HISTORY_RETENTION_SECONDS,
  MAX_ALARMS_PER_REGION,
  MAX_RULE_ALARM_REFERENCES,
} from "./constants";
import { demoAlarmDefinitions } from "./demo-alarms";
import { alarmNotFound, limitExceeded, MESSAGES, validationError } from "./errors";
import { writeJson } from "./format";
import { configSummary, createdData, deletedData, updatedData } from "./history";
import { MetricAlarmRunner } from "./metric-runner";
import {
  alarmArn,
  type CompositeAlarmConfig,
  type MetricAlarmConfig,
  type StateValue,
  type StoredAlarm,
  type StoredCompositeAlarm,
  type StoredMetricAlarm,
  type Tag,
} from "./model";
import { RegionAlarms } from "./region-alarms";

export interface AlarmEngineDeps {
  backend: MetricsBackend;
  /** Simulator clock; operations use it instead of the request time when given. */
  now?: () => Date;
  /** Seed every account and Region with the demo alarms on first access (default true). */
  demo?: boolean;
}

const DAY_MS = 86_400_000;
export const INITIAL_STATE_REASON = "Unchecked: Initial alarm creation";

export class AlarmEngine {
  readonly backend: MetricsBackend;
  readonly demo: boolean;
  private readonly clock?: () => Date;
  private readonly scopes = new Map<string, RegionAlarms>();

  constructor(deps: AlarmEngineDeps) {
    this.backend = deps.backend;
    this.demo = deps.demo ?? true;
    this.clock = deps.now;
  }

  /** The simulator time for a request: the engine's clock when it has one, else the request's. */
  timeOf(requestTime: Date): number {
    return (this.clock ? this.clock() : requestTime).getTime();
  }

  /** The scope of an account and Region, created (with demo alarms) on first access at `nowMs`. */
  scope(accountId: string, region: string, nowMs: number): RegionAlarms {
    const key = `${accountId}|${region}`;
    let scope = this.scopes.get(key);
    if (!scope) {
      scope = new RegionAlarms(accountId, region);
      this.scopes.set(key, scope);
      if (this.demo) this.installDemo(scope, nowMs);
    }
    return scope;
  }

  /** Runs `fn` after catching the scope's evaluation up to `nowMs`; operations on a scope never overlap. */
  run<T>(accountId: string, region: string, nowMs: number, fn: (scope: RegionAlarms) => T): Promise<T> {
    const scope = this.scope(accountId, region, nowMs);
    const result = scope.queue.then(async () => {
      await this.evaluate(scope, nowMs);
      return fn(scope);
    });
    scope.queue = result.catch(() => undefined);
    return result;
  }

  /** Catches every scope seen so far up to `now` (for an optional background timer). */
  async evaluateAll(now: Date): Promise<void> {
    const nowMs = now.getTime();
    for (const scope of this.scopes.values())
      await this.run(scope.accountId, scope.region, nowMs, () => undefined);
  }

  /**
   * Optional background evaluation: catches every known scope up every `intervalMs` so that history grows
   * even when nobody asks. Results are the same as with lazy evaluation alone. Returns a stop function.
   */
  startTimer(intervalMs = 60_000, clock: () => Date = this.clock ?? (() => new Date())): () => void {
    const handle = setInterval(() => {
      this.evaluateAll(clock()).catch(() => undefined);
    }, intervalMs);
    handle.unref?.();
    return () => clearInterval(handle);
  }

  /** Evaluates every metric alarm of the scope up to `nowMs` and replays the composites. */
  async evaluate(scope: RegionAlarms, nowMs: number): Promise<void> {
    const until = Math.floor(nowMs / 1000);
    const composites = scope.hasComposites();
    let snapshot: Map<string, StateValue> | undefined;
    const events: StateEvent[] = [];
    for (const name of scope.sortedNames()) {
      const runner = scope.runners.get(name);
      const alarm = scope.alarms.get(name);
      if (!runner || alarm?.kind !== "metric" || runner.next > until) continue;
      // Composites replay child changes from the states as they were before this catch-up.
      if (composites) snapshot ??= stateSnapshot(scope.alarms.values());
      await runner.catchUp(until, (t) => {
        scope.transition(alarm, t.time, t.state, t.reason, writeJson(t.reasonData));
        if (composites) events.push({ time: t.time, name, state: t.state });
      });
    }
    if (events.length > 0 && snapshot) {
      events.sort((a, b) => a.time - b.time);
      propagate(scope, events, snapshot);
    }
    scope.history.prune(nowMs - HISTORY_RETENTION_SECONDS * 1000);
  }

  private newState(nowMs: number) {
    return {
      value: "INSUFFICIENT_DATA" as const,
      reason: INITIAL_STATE_REASON,
      updatedAt: nowMs,
      transitionedAt: nowMs,
    };
  }

  /**
   * [D] An update replaces the configuration and keeps the state; tags given on update are ignored. Either way
   * a ConfigurationUpdate history item records it.
   */
  private upsert<A extends StoredMetricAlarm | StoredCompositeAlarm>(
    scope: RegionAlarms,
    existing: A | undefined,
    config: A["config"],
    nowMs: number,
    create: () => A,
  ): A {
    if (existing) {
      const before: A = { ...existing };
      existing.config = config;
      existing.configUpdatedAt = nowMs;
      scope.history.add(
        existing,
        nowMs,
        "ConfigurationUpdate",
        configSummary(config.name, "updated"),
        updatedData(before, existing),
      );
      return existing;
    }
    const alarm = create();
    scope.alarms.set(config.name, alarm);
    scope.history.add(
      alarm,
      nowMs,
      "ConfigurationUpdate",
      configSummary(config.name, "created"),
      createdData(alarm),
    );
    return alarm;
  }

  putMetricAlarm(scope: RegionAlarms, config: MetricAlarmConfig, tags: Tag[], nowMs: number): void {
    const existing = scope.alarms.get(config.name);
    if (existing?.kind === "composite")
      throw validationError(MESSAGES.alarmKindClash(config.name, "composite alarm"));
    if (!existing && scope.alarms.size >= MAX_ALARMS_PER_REGION)
      throw limitExceeded(MESSAGES.tooManyAlarms(MAX_ALARMS_PER_REGION));
    const alarm = this.upsert(scope, existing, config, nowMs, () => ({
      kind: "metric",
      arn: alarmArn(scope.region, scope.accountId, config.name),
      config,
      configUpdatedAt: nowMs,
      state: this.newState(nowMs),
      tags,
    }));
    const runnerScope = { backend: this.backend, accountId: scope.accountId, region: scope.region };
    scope.runners.set(config.name, new MetricAlarmRunner(alarm, runnerScope, nowMs / 1000));
    scope.markGraphDirty();
  }

  putCompositeAlarm(scope: RegionAlarms, config: CompositeAlarmConfig, tags: Tag[], nowMs: number): void {
    const existing = scope.alarms.get(config.name);
    if (existing?.kind === "metric")
      throw validationError(MESSAGES.alarmKindClash(config.name, "metric alarm"));
    const refs = ruleReferences(config.parsedRule);
    if (refs.length > MAX_RULE_ALARM_REFERENCES)
      throw validationError(MESSAGES.ruleTooManyAlarms(MAX_RULE_ALARM_REFERENCES));
    const unknown = scope.unknownReferences(refs);
    if (unknown.length > 0) throw validationError(MESSAGES.ruleUnknownAlarms(unknown));
    if (!existing && scope.alarms.size >= MAX_ALARMS_PER_REGION)
      throw limitExceeded(MESSAGES.tooManyAlarms(MAX_ALARMS_PER_REGION));
    const alarm = this.upsert(scope, existing, config, nowMs, () => ({
      kind: "composite",
      arn: alarmArn(scope.region, scope.accountId, config.name),
      config,
      configUpdatedAt: nowMs,
      state: this.newState(nowMs),
      tags,
    }));
    scope.markGraphDirty();
    const snapshot = stateSnapshot(scope.alarms.values());
    const event = evaluateCompositeNow(scope, alarm, nowMs, existing ? "updated" : "created");
    if (event) propagate(scope, [event], snapshot);
  }

  setAlarmState(
    scope: RegionAlarms,
    name: string,
    value: StateValue,
    reason: string,
    reasonData: string | undefined,
    nowMs: number,
  ): void {
    const alarm = scope.alarms.get(name);
    if (!alarm) throw alarmNotFound();
    const snapshot = stateSnapshot(scope.alarms.values());
    const changed = alarm.state.value !== value;
    scope.transition(alarm, nowMs, value, reason, reasonData);
    if (changed) propagate(scope, [{ time: nowMs, name, state: value }], snapshot);
  }

  deleteAlarms(scope: RegionAlarms, names: readonly string[], nowMs: number): void {
    const doomed = [...new Set(names)].filter((n) => scope.alarms.has(n));
    const composites = doomed.filter((n) => scope.alarms.get(n)?.kind === "composite");
    if (composites.length > 1) throw validationError(MESSAGES.deleteTwoComposites);
    const blocked = doomed.filter((n) => scope.parents(n).some((p) => !doomed.includes(p)));
    if (blocked.length > 0) {
      const parents = [...new Set(blocked.flatMap((n) => scope.parents(n)))].filter(
        (p) => !doomed.includes(p),
      );
      throw validationError(MESSAGES.deleteReferenced(blocked, parents));
    }
    for (const name of doomed) {
      const alarm = scope.alarms.get(name);
      if (!alarm) continue;
      scope.history.add(
        alarm,
        nowMs,
        "ConfigurationUpdate",
        configSummary(name, "deleted"),
        deletedData(alarm),
      );
      scope.alarms.delete(name);
      scope.runners.delete(name);
    }
    scope.markGraphDirty();
  }

  setActionsEnabled(scope: RegionAlarms, names: readonly string[], enabled: boolean): void {
    for (const name of names) {
      const alarm = scope.alarms.get(name);
      if (alarm) alarm.config.actionsEnabled = enabled;
    }
  }

  /** The alarm a CloudWatch alarm ARN names, if it belongs to `accountId`. */
  alarmByArn(
    accountId: string,
    arn: string,
    nowMs: number,
  ): { scope: RegionAlarms; alarm: StoredAlarm } | undefined {
    const m = /^arn:aws:cloudwatch:([a-z0-9-]+):(\d{12}):alarm:(.+)$/.exec(arn);
    if (!m || m[2] !== accountId) return undefined;
    const scope = this.scope(accountId, m[1] ?? "", nowMs);
    const alarm = scope.alarms.get(m[3] ?? "");
    return alarm ? { scope, alarm } : undefined;
  }

  private installDemo(scope: RegionAlarms, nowMs: number): void {
    const createdAt = Math.floor(nowMs / DAY_MS) * DAY_MS - DEMO_HISTORY_DAYS * DAY_MS;
    for (const def of demoAlarmDefinitions(scope.accountId, scope.region)) {
      if (def.kind === "metric") this.putMetricAlarm(scope, def.config, def.tags, createdAt);
      else this.putCompositeAlarm(scope, def.config, def.tags, createdAt);
    }
  }
}
