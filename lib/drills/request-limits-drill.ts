// Drill: `npx tsx lib/drills/request-limits-drill.ts --url http://127.0.0.1:3000 --metrics-token …`
// Against a running Watchwall: 20 MB bodies on the write and query routes, dashboards of 500 and 501 widgets,
// a 500-widget metrics request. Prints each answer's status, code and time, and the server's resident memory
// (from /metrics) before and after. Exit code 1 when an answer is 5xx or hangs, or memory grows by > 200 MB.

import { parseArgs } from "node:util";
import { benchWidgets } from "@/lib/metrics/bench/bench-dashboard";
import { createEmptyDocument } from "@/lib/dashboards/model/new-document";

const { values } = parseArgs({ options: { url: { type: "string" }, "metrics-token": { type: "string" } } });
const url = values.url;
if (!url) {
  console.error("usage: --url <watchwall> [--metrics-token …]");
  process.exit(2);
}
const TIMEOUT_MS = 60_000;
/** [I] The drill fails when serving these requests grows the server's memory by more than this. */
const MAX_GROWTH_BYTES = 200 * 1024 * 1024;

async function rss(): Promise<number | undefined> {
  if (!values["metrics-token"]) return undefined;
  const text = await (
    await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${values["metrics-token"]}` } })
  ).text();
  const match = /^watchwall_process_resident_memory_bytes (\S+)$/m.exec(text);
  return match ? Number(match[1]) : undefined;
}

function widgetsOf(count: number) {
  const template = benchWidgets()[0];
  if (!template) throw new Error("no bench widget");
  // Four plain metrics per widget: 500 widgets stay within a dashboard's 2,500 queries.
  const metrics = template.metrics.filter((q) => q.kind === "metric").slice(0, 4);
  return Array.from({ length: count }, (_, i) => ({
    ...template,
    metrics,
    id: `w${i}`,
    position: { x: (i % 4) * 6, y: Math.floor(i / 4) * 6, w: 6, h: 6 },
  }));
}

const big = "x".repeat(20 * 1024 * 1024);
const cases: Array<{ name: string; method: string; path: string; body: string }> = [
  {
    name: "20 MB JSON string to POST /api/dashboards",
    method: "POST",
    path: "/api/dashboards",
    body: JSON.stringify({ name: "big", tags: [], document: { blob: big } }),
  },
  {
    name: "20 MB to POST /api/dashboards/import",
    method: "POST",
    path: "/api/dashboards/import",
    body: JSON.stringify({ name: "big", body: big }),
  },
  {
    name: "20 MB to POST /api/metrics/query",
    method: "POST",
    path: "/api/metrics/query",
    body: JSON.stringify({ range: { type: "relative", duration: "PT3H" }, widgets: [], pad: big }),
  },
  {
    name: "20 MB of non-JSON to POST /api/metrics/query",
    method: "POST",
    path: "/api/metrics/query",
    body: big,
  },
  {
    name: "dashboard of 500 widgets",
    method: "POST",
    path: "/api/dashboards",
    body: JSON.stringify({
      name: "500 widgets",
      tags: [],
      document: { ...createEmptyDocument(), widgets: widgetsOf(500) },
    }),
  },
  {
    name: "dashboard of 501 widgets",
    method: "POST",
    path: "/api/dashboards",
    body: JSON.stringify({
      name: "501 widgets",
      tags: [],
      document: { ...createEmptyDocument(), widgets: widgetsOf(501) },
    }),
  },
  {
    name: "metrics request of 500 widgets",
    method: "POST",
    path: "/api/metrics/query",
    body: JSON.stringify({ range: { type: "relative", duration: "PT3H" }, widgets: widgetsOf(500) }),
  },
];

const before = await rss();
let ok = true;
for (const c of cases) {
  const started = performance.now();
  try {
    const response = await fetch(`${url}${c.path}`, {
      method: c.method,
      headers: { "content-type": "application/json" },
      body: c.body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const text = await response.text();
    const code = /"code":"([^"]+)"/.exec(text)?.[1] ?? "";
    const message = /"message":"([^"]{0,120})/.exec(text)?.[1] ?? "";
    console.log(
      `${c.name} (${(c.body.length / 1024 / 1024).toFixed(1)} MB): ${response.status} ${code} ${message} in ${Math.round(performance.now() - started)} ms`,
    );
    if (response.status >= 500) ok = false;
    if (response.status === 201) {
      const id = /"id":"([^"]+)"/.exec(text)?.[1];
      if (id) await fetch(`${url}/api/dashboards/${id}`, { method: "DELETE" });
    }
  } catch (error) {
    ok = false;
    console.log(
      `${c.name}: no answer within ${TIMEOUT_MS} ms (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}
const after = await rss();
if (before !== undefined && after !== undefined) {
  const growth = after - before;
  console.log(
    `server resident memory: ${Math.round(before / 1048576)} MB before, ${Math.round(after / 1048576)} MB after (${growth >= 0 ? "+" : ""}${Math.round(growth / 1048576)} MB)`,
  );
  if (growth > MAX_GROWTH_BYTES) ok = false;
}
console.log(ok ? "PASS: no 5xx, no hang" : "FAIL");
process.exit(ok ? 0 : 1);
