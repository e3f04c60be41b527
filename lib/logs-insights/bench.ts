// Manual benchmark: `npx tsx lib/logs-insights/bench.ts [events]`. Times typical queries over synthetic events.

import { compileQuery, parseQuery } from "./index";
import type { LogEvent } from "./types";

const count = Number(process.argv[2] ?? 1_000_000);
const T0 = Date.UTC(2024, 0, 1);
const events: LogEvent[] = new Array<LogEvent>(count);
for (let i = 0; i < count; i++) {
  const ts = T0 + i * 10;
  const json = i % 2 === 0;
  events[i] = {
    timestamp: ts,
    ingestionTime: ts + 5,
    message: json
      ? `{"level":"${i % 5 === 0 ? "ERROR" : "INFO"}","path":"/p${i % 20}","latency":${i % 997},"user":{"id":"u${i % 100}"}}`
      : `${i % 7 === 0 ? "ERROR" : "INFO"} user=u${i % 100} took ${i % 1000} ms`,
    logStream: `s${i % 4}`,
    logGroup: "/bench/app",
    ptr: `p${i}`,
  };
}

// Template strings are V8 cons-strings; flatten them as strings decoded from a request body would be.
for (const e of events) e.message = JSON.parse(JSON.stringify(e.message)) as string;

const QUERIES = [
  "stats count(*) by bin(5m)",
  'filter @message like /ERROR/ | parse @message "user=* took * ms" as user, ms | stats avg(ms) as a, count(*) as n by user',
  'filter level = "ERROR" | stats count(*) as n, pct(latency, 95) by path',
  "fields @timestamp, @message | sort @timestamp desc | limit 100",
  "filter @message like /ERROR/",
  "stats count(*) by @logStream, bin(1h)",
  "pattern @message",
  "pattern @message | anomaly",
];

// The machine may be shared: report the best of a few runs.
for (const q of QUERIES) {
  const compiled = compileQuery(parseQuery(q), { startTime: T0, endTime: T0 + count * 10 - 1 });
  let best = Infinity;
  let rows = 0;
  for (let rep = 0; rep < 3; rep++) {
    const t = performance.now();
    const run = compiled.run();
    run.feed(events);
    rows = run.finish().rows.length;
    best = Math.min(best, performance.now() - t);
  }
  console.log(`${best.toFixed(0).padStart(6)} ms  ${rows} rows  ${q}`);
}
