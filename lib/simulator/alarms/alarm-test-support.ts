// Helpers for the alarm tests: an engine over a data-only metrics backend with a movable clock, and a way to
// write datapoints straight into the backend's PutMetricData store.

import type { Dimension } from "@/lib/metric-math";
import { MetricsBackend } from "@/lib/simulator/cloudwatch";
import { AlarmEngine } from "./engine";
import { parseAlarmRule } from "./composite-rule";
import type { CompositeAlarmConfig, MetricAlarmConfig, StoredAlarm } from "./model";
import type { RegionAlarms } from "./region-alarms";

export const ACCOUNT = "111111111111";
export const REGION = "us-east-1";
export const T0 = Date.UTC(2026, 5, 1, 12, 0, 0);
export const MINUTE = 60_000;

export class TestWorld {
  now = T0;
  readonly backend = new MetricsBackend({ demo: false, clock: () => new Date(this.now) });
  readonly engine = new AlarmEngine({ backend: this.backend, demo: false });

  at(ms: number): this {
    this.now = ms;
    return this;
  }

  /** Runs `fn` on the test scope after evaluation has caught up with the clock. */
  run<T>(fn: (scope: RegionAlarms) => T): Promise<T> {
    return this.engine.run(ACCOUNT, REGION, this.now, fn);
  }

  alarm(scope: RegionAlarms, name: string): StoredAlarm {
    const a = scope.alarms.get(name);
    if (!a) throw new Error(`no alarm ${name}`);
    return a;
  }

  /** One sample per entry, stamped `offsetSeconds` into each minute from `startMs`; null leaves a gap. */
  putMinutes(
    metric: string,
    values: readonly (number | null)[],
    startMs = T0,
    options: PutOptions = {},
  ): void {
    values.forEach((v, i) => {
      if (v !== null)
        this.put(metric, v, startMs + i * MINUTE + (options.offsetSeconds ?? 10) * 1000, options);
    });
  }

  put(metric: string, value: number | number[], atMs: number, options: PutOptions = {}): void {
    const values = Array.isArray(value) ? value : [value];
    const sum = values.reduce((a, b) => a + b, 0);
    this.backend.store.add(ACCOUNT, REGION, options.namespace ?? "Test", metric, options.dimensions ?? [], {
      t: atMs / 1000,
      unit: options.unit ?? "None",
      storageResolution: options.storageResolution ?? 60,
      n: values.length,
      sum,
      min: Math.min(...values),
      max: Math.max(...values),
      values: Float64Array.from(values),
      counts: new Float64Array(values.length).fill(1),
    });
  }

  /** StateUpdate transitions of an alarm as "HH:MM:SS STATE" (UTC), oldest first. */
  transitions(scope: RegionAlarms, name: string): string[] {
    return scope.history
      .all()
      .filter((h) => h.alarmName === name && h.type === "StateUpdate")
      .map((h) => {
        const parsed: unknown = JSON.parse(h.data);
        const state = (parsed as { newState: { stateValue: string } }).newState.stateValue;
        return `${new Date(h.timestamp).toISOString().slice(11, 19)} ${state}`;
      });
  }
}

export interface PutOptions {
  namespace?: string;
  dimensions?: Dimension[];
  unit?: string;
  storageResolution?: number;
  offsetSeconds?: number;
}

export function simpleAlarm(name: string, overrides: Partial<MetricAlarmConfig> = {}): MetricAlarmConfig {
  return {
    name,
    actionsEnabled: true,
    okActions: [],
    alarmActions: [],
    insufficientDataActions: [],
    metric: { namespace: "Test", metricName: "m", dimensions: [] },
    statistic: "Average",
    period: 60,
    evaluationPeriods: 1,
    threshold: 10,
    comparisonOperator: "GreaterThanThreshold",
    ...overrides,
  };
}

export function compositeAlarm(name: string, rule: string): CompositeAlarmConfig {
  return {
    name,
    actionsEnabled: true,
    okActions: [],
    alarmActions: [],
    insufficientDataActions: [],
    rule,
    parsedRule: parseAlarmRule(rule),
  };
}
