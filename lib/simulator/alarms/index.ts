// CloudWatch alarms for the simulator: the alarm API handlers (merged by the lead into the single
// "cloudwatch" service next to the metrics and dashboards operations) and the lazy evaluation engine.

import type { MetricsBackend } from "@/lib/simulator/cloudwatch";
import type { OperationHandler, RequestContext } from "@/lib/simulator/core/types";
import { describeAlarms, describeAlarmsForMetric } from "./describe-alarms";
import { describeAlarmHistory } from "./describe-history";
import { AlarmEngine } from "./engine";
import { resourceNotFoundException } from "./errors";
import { parsePutMetricAlarm } from "./put-metric-alarm-input";
import type { RegionAlarms } from "./region-alarms";
import {
  mergeTags,
  parseAlarmNames,
  parseListTags,
  parsePutCompositeAlarm,
  parseSetAlarmState,
  parseTagResource,
  parseUntagResource,
} from "./write-operations";

export { AlarmEngine, INITIAL_STATE_REASON, type AlarmEngineDeps } from "./engine";
export { RegionAlarms } from "./region-alarms";
export { MetricAlarmRunner, type Transition } from "./metric-runner";
export { demoAlarmDefinitions, type DemoAlarmDefinition } from "./demo-alarms";
export { parseAlarmRule, evaluateRule, type RuleNode } from "./composite-rule";
export { decide, BREACHING, NOT_BREACHING, MISSING } from "./evaluate";
export * from "./model";
export * as alarmConstants from "./constants";

export interface AlarmOperationsDeps {
  backend: MetricsBackend;
  /** Simulator clock; defaults to each request's `ctx.now`. */
  now?: () => Date;
  /** Seed every account and Region with demo alarms on first access (default true). */
  demo?: boolean;
  /** Share an engine (tests, benchmarks, a background timer); created from the other deps when absent. */
  engine?: AlarmEngine;
}

export function alarmOperations(deps: AlarmOperationsDeps): Record<string, OperationHandler> {
  const engine = deps.engine ?? new AlarmEngine(deps);
  const inScope = <T>(ctx: RequestContext, fn: (scope: RegionAlarms, nowMs: number) => T): Promise<T> => {
    const nowMs = engine.timeOf(ctx.now);
    return engine.run(ctx.accountId, ctx.region, nowMs, (scope) => fn(scope, nowMs));
  };
  const taggedAlarm = (ctx: RequestContext, arn: string) => {
    const found = engine.alarmByArn(ctx.accountId, arn, engine.timeOf(ctx.now));
    if (!found) throw resourceNotFoundException();
    return found.alarm;
  };

  return {
    PutMetricAlarm: (input, ctx) => {
      const { config, tags } = parsePutMetricAlarm(input);
      return inScope(ctx, (scope, now) => {
        engine.putMetricAlarm(scope, config, tags, now);
        return {};
      });
    },
    PutCompositeAlarm: (input, ctx) => {
      const { config, tags } = parsePutCompositeAlarm(input);
      return inScope(ctx, (scope, now) => {
        engine.putCompositeAlarm(scope, config, tags, now);
        return {};
      });
    },
    DescribeAlarms: (input, ctx) => inScope(ctx, (scope) => describeAlarms(scope, input)),
    DescribeAlarmsForMetric: (input, ctx) => inScope(ctx, (scope) => describeAlarmsForMetric(scope, input)),
    DescribeAlarmHistory: (input, ctx) => inScope(ctx, (scope) => describeAlarmHistory(scope, input)),
    SetAlarmState: (input, ctx) => {
      const request = parseSetAlarmState(input);
      return inScope(ctx, (scope, now) => {
        engine.setAlarmState(scope, request.name, request.value, request.reason, request.reasonData, now);
        return {};
      });
    },
    EnableAlarmActions: (input, ctx) => {
      const names = parseAlarmNames(input);
      return inScope(ctx, (scope) => {
        engine.setActionsEnabled(scope, names, true);
        return {};
      });
    },
    DisableAlarmActions: (input, ctx) => {
      const names = parseAlarmNames(input);
      return inScope(ctx, (scope) => {
        engine.setActionsEnabled(scope, names, false);
        return {};
      });
    },
    DeleteAlarms: (input, ctx) => {
      const names = parseAlarmNames(input);
      return inScope(ctx, (scope, now) => {
        engine.deleteAlarms(scope, names, now);
        return {};
      });
    },
    TagResource: (input, ctx) => {
      const { arn, tags } = parseTagResource(input);
      const alarm = taggedAlarm(ctx, arn);
      alarm.tags = mergeTags(alarm.tags, tags);
      return {};
    },
    UntagResource: (input, ctx) => {
      const { arn, keys } = parseUntagResource(input);
      const alarm = taggedAlarm(ctx, arn);
      alarm.tags = alarm.tags.filter((t) => !keys.includes(t.Key));
      return {};
    },
    ListTagsForResource: (input, ctx) => {
      const alarm = taggedAlarm(ctx, parseListTags(input));
      return { Tags: alarm.tags.map((t) => ({ Key: t.Key, Value: t.Value })) };
    },
  };
}
