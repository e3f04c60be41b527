import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as importDashboard } from "@/app/api/dashboards/import/route";
import { POST as queryMetrics } from "@/app/api/metrics/query/route";
import { syncAccounts } from "@/lib/accounts/repository";
import { db } from "@/lib/db/client";
import { benchWidgets } from "@/lib/metrics/bench/bench-dashboard";
import { startEmbeddedSimulator, type EmbeddedSimulator } from "@/lib/simulator/embed";
import { withMigratedDatabase } from "@/lib/testing/database";

// Drill: fuzzed dashboard imports and metric query requests (fast-check) through the real route handlers,
// a real PostgreSQL and the simulator: zero 5xx, and an import that is refused leaves nothing saved.
// DRILL_FUZZ_RUNS sets the number of requests per kind (default 1,000 here; the drill is 10,000:
// `DRILL_FUZZ_RUNS=5000 npx vitest run lib/drills/fuzz-requests.test.ts`).

withMigratedDatabase();

const RUNS = Number(process.env.DRILL_FUZZ_RUNS ?? 1_000);
let simulator: EmbeddedSimulator;

beforeAll(async () => {
  simulator = await startEmbeddedSimulator({ host: "127.0.0.1", port: 0 });
  process.env.WATCHWALL_AWS_MODE_RESOLVED = "simulator";
  process.env.WATCHWALL_SIMULATOR_URL = simulator.url;
  process.env.WATCHWALL_SIMULATOR_ACCESS_KEY_ID = simulator.baseCredentials.accessKeyId;
  process.env.WATCHWALL_SIMULATOR_SECRET_ACCESS_KEY = simulator.baseCredentials.secretAccessKey;
  await syncAccounts("simulator", simulator.accounts);
});
afterAll(async () => {
  const { closeCluster } = await import("@/lib/cluster/cluster");
  await closeCluster();
  await simulator.close();
});

function post(url: string, body: string): Request {
  return new Request(url, { method: "POST", headers: { "content-type": "application/json" }, body });
}

const widget = benchWidgets()[0];
/** Mostly-valid shapes with fuzzed leaves reach deep into validation; raw JSON and text cover the rest. */
const fuzzedValue = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 3 }),
);

const cloudWatchBody = fc.record(
  {
    start: fc.oneof(fc.constantFrom("-PT3H", "-P7D", "2026-01-01T00:00:00Z", "bogus"), fuzzedValue),
    periodOverride: fc.oneof(fc.constantFrom("auto", "inherit"), fuzzedValue),
    widgets: fc.array(
      fc.record(
        {
          type: fc.oneof(fc.constantFrom("metric", "text", "log", "alarm", "explorer"), fuzzedValue),
          x: fc.oneof(fc.integer({ min: -5, max: 30 }), fuzzedValue),
          y: fc.oneof(fc.integer({ min: -5, max: 1000 }), fuzzedValue),
          width: fc.oneof(fc.integer({ min: -1, max: 30 }), fuzzedValue),
          height: fc.oneof(fc.integer({ min: -1, max: 30 }), fuzzedValue),
          properties: fc.oneof(
            fc.record(
              {
                metrics: fc.array(
                  fc.array(fc.oneof(fc.constantFrom("AWS/EC2", "CPUUtilization", "...", "."), fuzzedValue), {
                    maxLength: 8,
                  }),
                  { maxLength: 5 },
                ),
                region: fc.oneof(fc.constantFrom("us-east-1", "eu-west-1"), fuzzedValue),
                stat: fc.oneof(fc.constantFrom("Average", "p99", "TM(10%:90%)"), fuzzedValue),
                period: fc.oneof(fc.constantFrom(60, 300, 1), fuzzedValue),
                markdown: fuzzedValue,
                query: fuzzedValue,
              },
              { requiredKeys: [] },
            ),
            fuzzedValue,
          ),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 6 },
    ),
  },
  { requiredKeys: [] },
);

const importRequest = fc.oneof(
  fc.record({ name: fc.string({ maxLength: 300 }), body: cloudWatchBody }).map((b) => JSON.stringify(b)),
  fc
    .record({
      name: fc.string({ minLength: 1, maxLength: 20 }),
      body: cloudWatchBody.map((b) => JSON.stringify(b)),
    })
    .map((b) => JSON.stringify(b)),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string(),
);

/** Usually a valid value, sometimes anything: most requests get past validation and reach the pipeline. */
function mostly<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 5, arbitrary: valid }, { weight: 1, arbitrary: fuzzedValue });
}

const queryRequest = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record(
        {
          range: mostly(
            fc.oneof(
              fc.record({
                type: fc.constant("relative"),
                duration: mostly(fc.constantFrom("PT3H", "P1D", "PT5M", "P400D")),
              }),
              fc.record({
                type: fc.constant("absolute"),
                start: mostly(fc.integer({ min: Date.now() - 40 * 86_400_000, max: Date.now() })),
                end: mostly(fc.integer({ min: Date.now() - 40 * 86_400_000, max: Date.now() + 3_600_000 })),
              }),
            ),
          ),
          widgets: mostly(
            fc.array(
              fc.record({
                ...Object.fromEntries(
                  Object.entries(widget ?? {}).map(([k, v]) => [k, fc.constant(v as unknown)]),
                ),
                stat: mostly(fc.constantFrom("Average", "p99", "Sum", "TM(10%:90%)", "bogus(")),
                accountId: mostly(fc.constantFrom("111111111111", "222222222222", "999999999999")),
                region: mostly(fc.constantFrom("us-east-1", "eu-west-1", "mars-north-1")),
              }),
              { minLength: 1, maxLength: 3 },
            ),
          ),
          widths: mostly(fc.constant({})),
        },
        { requiredKeys: ["range", "widgets"] },
      )
      .map((b) => JSON.stringify(b)),
  },
  { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.string() },
);

describe("drill: fuzzed requests", () => {
  it(`${RUNS} fuzzed dashboard imports: no 5xx, nothing half-saved`, async () => {
    const statuses = new Map<number, number>();
    const before = await db().dashboard.count();
    await fc.assert(
      fc.asyncProperty(importRequest, async (body) => {
        const response = await importDashboard(post("http://localhost/api/dashboards/import", body));
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        return response.status < 500;
      }),
      { numRuns: RUNS },
    );
    const created = statuses.get(201) ?? 0;
    // Every dashboard row has its first version: an import is all or nothing.
    const dashboards = await db().dashboard.count();
    const orphans = await db().dashboard.count({ where: { versions: { none: {} } } });
    console.log(
      `${RUNS} fuzzed imports: ${JSON.stringify(Object.fromEntries(statuses))}; ${orphans} dashboards without a version`,
    );
    expect(dashboards - before).toBe(created);
    expect(orphans).toBe(0);
  }, 600_000);

  it(`${RUNS} fuzzed metric query requests: no 5xx`, async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(queryRequest, async (body) => {
        const response = await queryMetrics(post("http://localhost/api/metrics/query", body));
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        return response.status < 500;
      }),
      { numRuns: RUNS },
    );
    console.log(`${RUNS} fuzzed metric queries: ${JSON.stringify(Object.fromEntries(statuses))}`);
  }, 600_000);
});
