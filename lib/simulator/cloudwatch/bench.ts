// Benchmark: `npx tsx lib/simulator/cloudwatch/bench.ts`. Times a GetMetricData of 500 queries × 1,440 points
// and a 50-query Metric Math dashboard refresh, in-process (handler call) and over HTTP with the real SDK.

import { availableParallelism, loadavg } from "node:os";
import { CloudWatchClient, GetMetricDataCommand, type MetricDataQuery } from "@aws-sdk/client-cloudwatch";
import { clientConfig, startTestSimulator } from "@/lib/simulator/core/test-support";
import type { RequestContext } from "@/lib/simulator/core/types";
import { PRODUCTION_ACCOUNT_ID } from "@/lib/simulator/accounts";
import { demoCatalog, type SeriesSpec } from "@/lib/simulator/demo";
import { cloudWatchService } from "./index";

const REGION = "us-east-1";
const RUNS = 7;

function metricOf(spec: SeriesSpec) {
  return {
    Namespace: spec.namespace,
    MetricName: spec.metricName,
    Dimensions: spec.dimensions.map((d) => ({ Name: d.name, Value: d.value })),
  };
}

/** 500 one-minute queries over the last 24 hours, across the monitoring account and its sources. */
function bigRequest(): MetricDataQuery[] {
  const specs = demoCatalog().series.filter((s) => s.region === REGION && s.nativeSeconds === 60);
  const stats = ["Average", "Sum", "Maximum", "Average", "p99"];
  return specs.slice(0, 500).map((spec, i) => ({
    Id: `m${i}`,
    AccountId: spec.accountId,
    MetricStat: { Metric: metricOf(spec), Period: 60, Stat: stats[i % stats.length] ?? "Average" },
  }));
}

/** A ten-widget dashboard: raw metrics, sums, rates, SEARCH, anomaly band, error-rate math. */
function dashboardRequest(): MetricDataQuery[] {
  const prod = demoCatalog().series.filter(
    (s) => s.accountId === PRODUCTION_ACCOUNT_ID && s.region === REGION,
  );
  const pick = (name: string, n: number) => prod.filter((s) => s.metricName === name).slice(0, n);
  const queries: MetricDataQuery[] = [];
  const add = (id: string, spec: SeriesSpec, stat: string, returnData = true) =>
    queries.push({
      Id: id,
      MetricStat: { Metric: metricOf(spec), Period: 300, Stat: stat },
      ReturnData: returnData,
    });
  pick("CPUUtilization", 8).forEach((s, i) => add(`cpu${i}`, s, "Average"));
  queries.push({ Id: "cpuavg", Expression: 'AVG(METRICS("cpu"))', Label: "Fleet average" });
  pick("Invocations", 5).forEach((s, i) => add(`inv${i}`, s, "Sum", false));
  pick("Errors", 5).forEach((s, i) => add(`err${i}`, s, "Sum", false));
  queries.push({
    Id: "errrate",
    Expression: '100 * SUM(METRICS("err")) / SUM(METRICS("inv"))',
    Label: "Error %",
  });
  pick("Duration", 5).forEach((s, i) => add(`dur${i}`, s, "p99"));
  pick("RequestCount", 2).forEach((s, i) => add(`req${i}`, s, "Sum"));
  queries.push({ Id: "reqrate", Expression: 'RATE(METRICS("req"))' });
  pick("TargetResponseTime", 2).forEach((s, i) => add(`lat${i}`, s, "Average"));
  queries.push({ Id: "band", Expression: "ANOMALY_DETECTION_BAND(lat0, 2)" });
  queries.push({
    Id: "search1",
    Expression: "SEARCH('{AWS/EC2,InstanceId} MetricName=\"NetworkIn\"', 'Sum', 300)",
  });
  queries.push({
    Id: "search2",
    Expression: "SUM(SEARCH('{AWS/Lambda,FunctionName} MetricName=\"Errors\"', 'Sum', 300))",
  });
  pick("DatabaseConnections", 2).forEach((s, i) => add(`db${i}`, s, "Maximum"));
  pick("ApproximateNumberOfMessagesVisible", 3).forEach((s, i) => add(`q${i}`, s, "Maximum"));
  queries.push({ Id: "qfill", Expression: 'FILL(METRICS("q"), 0)' });
  pick("ConsumedReadCapacityUnits", 3).forEach((s, i) => add(`rcu${i}`, s, "Sum"));
  pick("Orders", 1).forEach((s, i) => add(`ord${i}`, s, "Sum"));
  queries.push({ Id: "ordersday", Expression: "RUNNING_SUM(ord0)" });
  return queries.slice(0, 50);
}

function context(now: Date): RequestContext {
  return {
    accountId: PRODUCTION_ACCOUNT_ID,
    region: REGION,
    accessKeyId: "bench",
    protocol: "json",
    requestId: "bench",
    now,
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

interface Sample {
  wall: number;
  cpu: number;
}

/**
 * Runs `fn` several times and prints the first (cold) and median (warm) wall-clock and CPU times. CPU time
 * (user + system of this process) is the figure to compare on a machine shared with other work.
 */
async function time(label: string, runs: number, fn: () => Promise<number>): Promise<void> {
  const samples: Sample[] = [];
  let points = 0;
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    points = await fn();
    const used = process.cpuUsage(cpu);
    samples.push({ wall: performance.now() - t, cpu: (used.user + used.system) / 1000 });
  }
  const fmt = (n: number) => n.toFixed(0).padStart(5);
  const first = samples[0];
  const warm = samples.slice(1);
  console.log(
    `${label.padEnd(44)} first ${fmt(first?.wall ?? NaN)} ms (cpu ${fmt(first?.cpu ?? NaN)})` +
      `   warm median ${fmt(median(warm.map((s) => s.wall)))} ms (cpu ${fmt(median(warm.map((s) => s.cpu)))})   ${points} points`,
  );
}

function countPoints(results: Array<{ Values?: ArrayLike<number> }> | undefined): number {
  return (results ?? []).reduce((n, r) => n + (r.Values?.length ?? 0), 0);
}

async function main(): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
  const t = performance.now();
  demoCatalog();
  console.log(`demo catalogue built in ${(performance.now() - t).toFixed(0)} ms`);
  const now = new Date(Math.floor(Date.now() / 60_000) * 60_000);
  const start = new Date(now.getTime() - 24 * 3600_000);
  const big = { MetricDataQueries: bigRequest(), StartTime: start, EndTime: now, MaxDatapoints: 1_000_000 };
  const dash = {
    MetricDataQueries: dashboardRequest(),
    StartTime: new Date(now.getTime() - 3 * 3600_000),
    EndTime: now,
  };

  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")} on ${availableParallelism()} cores`,
  );

  const inProcess = cloudWatchService({ clock: () => now });
  const gmd = inProcess.operations.GetMetricData;
  if (!gmd) throw new Error("GetMetricData missing");
  const call = async (input: object): Promise<number> => {
    const out = (await gmd(structuredClone(input) as Record<string, unknown>, context(now))) as {
      MetricDataResults?: Array<{ Values?: number[] }>;
    };
    return countPoints(out.MetricDataResults);
  };
  await time("in-process  500 × 1,440 GetMetricData", RUNS, () => call(big));
  await time("in-process  50-query math dashboard (3 h)", RUNS, () => call(dash));

  const served = cloudWatchService({ clock: () => now });
  // Times the handler inside the server, so that the rest (codec, HTTP, SDK parsing) can be told apart.
  const handlerTimes: number[] = [];
  const handler = served.operations.GetMetricData;
  if (!handler) throw new Error("GetMetricData missing");
  served.operations.GetMetricData = async (input, ctx) => {
    const t = performance.now();
    try {
      return await handler(input, ctx);
    } finally {
      handlerTimes.push(performance.now() - t);
    }
  };
  const sim = await startTestSimulator({ services: [served], now: () => now });
  try {
    const client = new CloudWatchClient(clientConfig(sim));
    const send = async (input: typeof big | typeof dash): Promise<number> => {
      const out = await client.send(new GetMetricDataCommand(input));
      return countPoints(out.MetricDataResults);
    };
    const handlerMedian = (): string => {
      const warm = handlerTimes.splice(0).slice(1);
      return `${"".padEnd(12)}of which the handler: warm median ${median(warm).toFixed(0)} ms`;
    };
    await time("HTTP+SDK    500 × 1,440 GetMetricData", RUNS, () => send(big));
    console.log(handlerMedian());
    await time("HTTP+SDK    50-query math dashboard (3 h)", RUNS, () => send(dash));
    console.log(handlerMedian());
  } finally {
    await sim.close();
  }
}

void main();
