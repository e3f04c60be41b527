// Manual benchmark: `npx tsx lib/simulator/logs/bench.ts [hours]`. Times Logs Insights queries over about a
// million generated ALB access-log events, in-process (service handlers, background worker) and through the
// real SDK client against the HTTP simulator (polling GetQueryResults as a client would).

import {
  CloudWatchLogsClient,
  GetQueryResultsCommand,
  StartQueryCommand,
} from "@aws-sdk/client-cloudwatch-logs";
import { randomUUID } from "node:crypto";
import os from "node:os";
import { clientConfig, startTestSimulator } from "@/lib/simulator/core/test-support";
import type { RequestContext } from "@/lib/simulator/core/types";
import { createLogsService } from "./index";

const NOW = Date.UTC(2026, 5, 2, 0, 0);
const HOURS = Number(process.argv[2] ?? 5);
// US afternoon and evening: the busiest hours of the production load balancer.
const END_S = Date.UTC(2026, 5, 1, 22, 0) / 1000 - 1;
const START_S = END_S + 1 - HOURS * 3600;
const GROUP = "/watchwall/alb/prod-web-alb/access-logs";

const QUERIES = [
  "stats count(*) by bin(5m)",
  'filter @message like "/api/" | parse @message /^\\S+ \\S+ \\S+ \\S+ \\S+ \\S+ (?<tpt>\\S+) \\S+ (?<status>\\d+) / ' +
    "| stats count(*) as requests, avg(tpt) as latency, pct(tpt, 95) as p95 by status",
  // The same with a glob pattern: the engine turns each `*` into a lazy group, which backtracks a lot on
  // ALB lines (a property of the engine, not of the generator).
  'filter @message like "/api/" | parse @message "* * * * * * * * * * *" as type, time, elb, client, target, ' +
    "rpt, tpt, spt, status, target_status, rest | stats count(*) as requests, avg(tpt) as latency by status",
];

const clock = () => new Date(NOW);
const ctx = (): RequestContext => ({
  accountId: "111111111111",
  region: "us-east-1",
  accessKeyId: "AKIAPRODDEMO00000001",
  protocol: "json",
  requestId: randomUUID(),
  now: clock(),
});

interface Outcome {
  ms: number;
  /** CPU time of this process (user + system): robust against other load on a shared machine. */
  cpuMs: number;
  scanned: number;
  rows: number;
  polls: number;
}

async function inProcess(queryString: string): Promise<Outcome> {
  const service = createLogsService({ now: clock, queries: { scheduleDelayMs: 0 } });
  const ops = service.operations;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const started = (await ops.StartQuery?.(
    { logGroupName: GROUP, startTime: START_S, endTime: END_S, queryString },
    ctx(),
  )) as { queryId: string };
  for (let polls = 1; ; polls++) {
    const out = (await ops.GetQueryResults?.({ queryId: started.queryId }, ctx())) as {
      status: string;
      results: unknown[];
      statistics: { recordsScanned: number };
    };
    if (out.status !== "Scheduled" && out.status !== "Running") {
      const ms = performance.now() - t0;
      return {
        ms,
        cpuMs: cpuSince(c0),
        scanned: out.statistics.recordsScanned,
        rows: out.results.length,
        polls,
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function viaSdk(queryString: string, pollMs: number): Promise<Outcome> {
  const service = createLogsService({ now: clock });
  const sim = await startTestSimulator({ services: [service], now: clock });
  try {
    const client = new CloudWatchLogsClient(clientConfig(sim));
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const { queryId } = await client.send(
      new StartQueryCommand({ logGroupName: GROUP, startTime: START_S, endTime: END_S, queryString }),
    );
    for (let polls = 1; ; polls++) {
      const out = await client.send(new GetQueryResultsCommand({ queryId }));
      if (out.status !== "Scheduled" && out.status !== "Running") {
        const scanned = out.statistics?.recordsScanned ?? 0;
        const ms = performance.now() - t0;
        return { ms, cpuMs: cpuSince(c0), scanned, rows: out.results?.length ?? 0, polls };
      }
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  } finally {
    service.backend.close();
    await sim.close();
  }
}

function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function report(label: string, o: Outcome): void {
  const rate = (o.scanned / (o.cpuMs / 1000) / 1e6).toFixed(2);
  console.log(
    `${label.padEnd(26)} ${o.ms.toFixed(0).padStart(6)} ms wall ${o.cpuMs.toFixed(0).padStart(6)} ms CPU  ` +
      `${o.scanned} events  ${rate} M events/CPU-s  ${o.rows} rows  ${o.polls} polls`,
  );
}

/** Generating the range without any query: the share of the cost that is the demo world itself. */
function generationOnly(): Outcome {
  const service = createLogsService({ now: clock });
  const group = service.backend.world.region("111111111111", "us-east-1").groups.get(GROUP);
  if (!group) throw new Error(`no demo group ${GROUP}`);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let scanned = 0;
  for (let m = START_S / 60; m <= END_S / 60; m++)
    scanned += service.backend.reader.generated(group, m, false).length;
  return { ms: performance.now() - t0, cpuMs: cpuSince(c0), scanned, rows: 0, polls: 0 };
}

async function main(): Promise<void> {
  console.log(`load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} CPUs`);
  console.log(
    `${GROUP}, ${HOURS} h (${new Date(START_S * 1000).toISOString()} – ${new Date((END_S + 1) * 1000).toISOString()})`,
  );
  let gen: Outcome | null = null;
  for (let i = 0; i < 3; i++) {
    const o = generationOnly();
    if (!gen || o.cpuMs < gen.cpuMs) gen = o;
  }
  if (gen) report("generation only", gen);
  for (const q of QUERIES) {
    console.log(`\n${q}`);
    // The machine may be shared: report the best of a few runs.
    let best: Outcome | null = null;
    for (let i = 0; i < 3; i++) {
      const o = await inProcess(q);
      if (!best || o.cpuMs < best.cpuMs) best = o;
    }
    if (best) report("in-process (handlers)", best);
    report("SDK, polling every 100 ms", await viaSdk(q, 100));
    report("SDK, polling every 20 ms", await viaSdk(q, 20));
  }
}

void main();
