// Drill: `npx tsx lib/metrics/drills/replicas-drill.ts --replicas http://127.0.0.1:3000,http://127.0.0.1:3001
//   --simulator http://127.0.0.1:4566 [--viewers 8] [--metrics-token …]`
// Against running replicas (real launcher processes on one database and one simulator): the GetMetricData
// calls of one viewer, then of N viewers spread over every replica, each on a range no cache has seen; and,
// with the metrics token, which replica leads. Prints the figures; exit code 1 when N viewers cost more.

import { parseArgs } from "node:util";
import { benchWidgets } from "../bench/bench-dashboard";
import { readMetricDataCounts, resetStats } from "../bench/simulator-stats";
import { ColdRanges, refreshView } from "../bench/view-refresh";

const { values } = parseArgs({
  options: {
    replicas: { type: "string" },
    simulator: { type: "string" },
    viewers: { type: "string", default: "8" },
    "metrics-token": { type: "string" },
  },
});
const replicas = (values.replicas ?? "").split(",").filter(Boolean);
const simulator = values.simulator;
if (replicas.length === 0 || !simulator) {
  console.error("usage: --replicas <url,url,…> --simulator <url> [--viewers 8] [--metrics-token …]");
  process.exit(2);
}
const viewers = Number(values.viewers);
const widgets = benchWidgets();
const widths = Object.fromEntries(widgets.map((w) => [w.id, 700]));
const ranges = new ColdRanges();

async function round(count: number) {
  const range = ranges.next();
  await resetStats(simulator ?? "");
  const started = performance.now();
  const results = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      refreshView(replicas[i % replicas.length] ?? "", widgets, range, widths),
    ),
  );
  const counts = await readMetricDataCounts(simulator ?? "");
  const errors = results.flatMap((r) => r.errors).length;
  return { counts, errors, ms: Math.round(performance.now() - started) };
}

const one = await round(1);
console.log(
  `1 viewer on ${replicas[0]}: ${one.counts.calls} GetMetricData calls, ${one.counts.queries} metric queries, ${one.errors} errors, ${one.ms} ms`,
);
const many = await round(viewers);
console.log(
  `${viewers} viewers over ${replicas.length} replicas: ${many.counts.calls} GetMetricData calls, ${many.counts.queries} metric queries, ${many.errors} errors, ${many.ms} ms`,
);
if (values["metrics-token"]) {
  for (const url of replicas) {
    const text = await (
      await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${values["metrics-token"]}` } })
    ).text();
    const leader = /^watchwall_cluster_leader (\S+)$/m.exec(text)?.[1];
    console.log(`${url}: leader=${leader ?? "?"}`);
  }
}
const ok = many.counts.calls === one.counts.calls && many.counts.queries === one.counts.queries;
console.log(ok ? "PASS: N viewers over the replicas cost the AWS calls of one viewer" : "FAIL");
process.exit(ok ? 0 : 1);
