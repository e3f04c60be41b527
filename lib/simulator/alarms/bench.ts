// Benchmark: `npx tsx lib/simulator/alarms/bench.ts`. Evaluation cost of 1,000 alarms over the demo world
// (static thresholds on basic statistics and percentiles, 1- and 5-minute periods, metric-math alarms),
// per simulated minute: steady state (the clock advances one minute between requests) and catch-up (an
// hour of evaluations at once), plus the one-time cost of the demo alarms of a scope on first access.

import { availableParallelism, loadavg } from "node:os";
import { MetricsBackend } from "@/lib/simulator/cloudwatch";
import { demoCatalog, PRODUCTION_ACCOUNT_ID, type SeriesSpec } from "@/lib/simulator/demo";
import { AlarmEngine } from "./engine";
import type { MetricAlarmConfig } from "./model";

const REGION = "us-east-1";
const ALARMS = 1000;
const START = Date.UTC(2026, 5, 3, 9, 0, 0);
const MINUTE = 60_000;

function metricOf(spec: SeriesSpec) {
  return { namespace: spec.namespace, metricName: spec.metricName, dimensions: spec.dimensions };
}

function alarmConfigs(): MetricAlarmConfig[] {
  const specs = demoCatalog().series.filter(
    (s) => s.accountId === PRODUCTION_ACCOUNT_ID && s.region === REGION && s.nativeSeconds === 60,
  );
  const out: MetricAlarmConfig[] = [];
  for (let i = 0; out.length < ALARMS; i++) {
    const spec = specs[i % specs.length];
    const other = specs[(i * 7 + 3) % specs.length];
    if (!spec || !other) break;
    const common = {
      name: `bench-${String(i).padStart(4, "0")}`,
      actionsEnabled: true,
      okActions: [],
      alarmActions: [],
      insufficientDataActions: [],
      comparisonOperator: "GreaterThanThreshold" as const,
      threshold: spec.base * (0.9 + (i % 5) * 0.1),
    };
    const kind = i % 10;
    if (kind === 9) {
      out.push({
        ...common,
        period: 60,
        evaluationPeriods: 3,
        datapointsToAlarm: 2,
        threshold: 100,
        metrics: [
          { id: "a", returnData: false, metricStat: { metric: metricOf(spec), period: 60, stat: "Average" } },
          {
            id: "b",
            returnData: false,
            metricStat: { metric: metricOf(other), period: 60, stat: "Average" },
          },
          { id: "r", expression: "100 * a / b", returnData: true },
        ],
      });
      continue;
    }
    const stat = kind === 8 ? "p99" : ["Average", "Sum", "Maximum"][kind % 3];
    out.push({
      ...common,
      metric: metricOf(spec),
      ...(stat === "p99" ? { extendedStatistic: "p99" } : { statistic: stat }),
      period: kind % 4 === 0 ? 300 : 60,
      evaluationPeriods: 1 + (i % 5),
      treatMissingData: (["missing", "breaching", "notBreaching", "ignore"] as const)[i % 4],
    });
  }
  return out;
}

async function setUp(createdAt: number) {
  let now = createdAt;
  const backend = new MetricsBackend({ clock: () => new Date(now) });
  const engine = new AlarmEngine({ backend, demo: false });
  await engine.run(PRODUCTION_ACCOUNT_ID, REGION, now, (scope) => {
    for (const config of alarmConfigs()) engine.putMetricAlarm(scope, config, [], now);
  });
  const advance = async (ms: number) => {
    now += ms;
    const t0 = performance.now();
    await engine.run(PRODUCTION_ACCOUNT_ID, REGION, now, () => undefined);
    return performance.now() - t0;
  };
  const evaluations = () =>
    engine
      .run(PRODUCTION_ACCOUNT_ID, REGION, now, (scope) => [...scope.runners.values()])
      .then((runners) => runners.reduce((n, r) => n + r.evaluations, 0));
  return { advance, evaluations };
}

function report(label: string, ms: number, minutes: number, evaluations: number): void {
  const perMinute = ms / minutes;
  const perSecond = (evaluations / ms) * 1000;
  console.log(
    `${label.padEnd(44)} ${perMinute.toFixed(2).padStart(8)} ms per simulated minute   ${Math.round(perSecond).toLocaleString("en-US").padStart(9)} alarm evaluations/s`,
  );
}

async function main(): Promise<void> {
  console.log(
    `cores=${availableParallelism()} load=${loadavg()
      .map((l) => l.toFixed(2))
      .join(",")} alarms=${ALARMS}`,
  );

  // Steady state: warm for an hour (rings filled, demo data generated), then one minute per request.
  const steady = await setUp(START - 60 * MINUTE);
  await steady.advance(60 * MINUTE);
  const before = await steady.evaluations();
  let total = 0;
  const MINUTES = 60;
  for (let m = 0; m < MINUTES; m++) total += await steady.advance(MINUTE);
  report("steady state (1 minute per request)", total, MINUTES, (await steady.evaluations()) - before);

  // Catch-up: the same hour evaluated in one request, on data that is already generated.
  const catchUp = await setUp(START);
  const ms = await catchUp.advance(60 * MINUTE);
  report("catch-up (60 minutes in one request)", ms, 60, await catchUp.evaluations());

  // Cold: a fresh backend, so the demo data of the hour is generated too.
  const cold = await setUp(START + 5 * 3600_000);
  const coldMs = await cold.advance(60 * MINUTE);
  report("cold catch-up (data generated on the way)", coldMs, 60, await cold.evaluations());

  for (const region of ["us-east-1", "eu-west-1"]) {
    const backend = new MetricsBackend({ clock: () => new Date(START) });
    const demo = new AlarmEngine({ backend });
    const t0 = performance.now();
    const count = await demo.run(PRODUCTION_ACCOUNT_ID, region, START, (scope) => scope.alarms.size);
    console.log(
      `demo alarms ${region.padEnd(15)} first access: ${count} alarms, ${(START / 1000 - (Math.floor(START / 86_400_000) - 1) * 86_400) / 3600}h of history in ${(performance.now() - t0).toFixed(0)} ms`,
    );
  }
}

void main();
