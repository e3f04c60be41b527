// Benchmark: `DATABASE_URL=postgresql://… npx tsx lib/cluster/bench.ts [runs]` (a migrated database).
// What sharing a fetch through PostgreSQL adds to each GetMetricData call: the claim-and-store path of the
// replica that fetches (with a 100 KB answer) and the read path of a replica served another's answer.

import crypto from "node:crypto";
import { percentile } from "@/lib/metrics/bench/added-latency";
import { createCluster } from "./cluster";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("set DATABASE_URL to a migrated Watchwall database");
  process.exit(2);
}
const runs = Number(process.argv[2] ?? 200);
const owner = createCluster({ connectionString: url, replicaId: "bench-owner" });
const reader = createCluster({ connectionString: url, replicaId: "bench-reader" });
await Promise.all([owner.listener.ready(), reader.listener.ready()]);
const answer = Array.from({ length: 20 }, (_, i) => ({
  Id: `q${i}`,
  Label: `series ${i}`,
  Timestamps: Array.from({ length: 180 }, (_, t) => 1_700_000_000 + t * 60),
  Values: Array.from({ length: 180 }, () => Math.random() * 100),
  StatusCode: "Complete",
  Messages: [],
}));

const ownerMs: number[] = [];
const readMs: number[] = [];
for (let i = 0; i < runs; i++) {
  const key = `bench-${crypto.randomUUID()}`;
  let started = performance.now();
  await owner.sharedFetch.run(key, 60_000, async () => answer);
  ownerMs.push(performance.now() - started);
  started = performance.now();
  await reader.sharedFetch.run(key, 60_000, async () => {
    throw new Error("the reader should have been served the stored answer");
  });
  readMs.push(performance.now() - started);
}
await owner.pool.query(`DELETE FROM "ClusterFetch" WHERE key LIKE 'bench-%'`);
const fmt = (xs: number[]) =>
  `p50 ${percentile(xs, 50).toFixed(1)} ms, p95 ${percentile(xs, 95).toFixed(1)} ms`;
console.log(`answer of ${Math.round(JSON.stringify(answer).length / 1024)} KB, ${runs} runs`);
console.log(
  `fetching replica (claim; its answer is stored for the others in the background): ${fmt(ownerMs)}`,
);
console.log(`other replica (served the stored answer): ${fmt(readMs)}`);
await Promise.all([owner.close(), reader.close()]);
