// The demo logs tell the same story as the demo metrics: same request and invocation counts, the checkout
// error burst at the incident schedule's minutes, slower checkouts during the latency regression, and
// deployments visible as log lines.

import {
  CloudWatchLogsClient,
  DescribeLogGroupsCommand,
  FilterLogEventsCommand,
  GetQueryResultsCommand,
  StartQueryCommand,
  type ResultField,
} from "@aws-sdk/client-cloudwatch-logs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientConfig, type ClientOptions } from "@/lib/simulator/core/test-support";
import {
  aggregateSlot,
  DEFAULT_DEMO_SEED,
  demoCatalog,
  deploymentsBetween,
  deployScheduleFor,
  findDemoSeries,
  INCIDENTS,
  incidentOccurrences,
  metricKey,
  PRODUCTION_ACCOUNT_ID,
} from "@/lib/simulator/demo";
import { loadBalancerIdFor } from "@/lib/simulator/demo/inventory";
import { sleep, startLogsTestBed, TEST_NOW, type LogsTestBed } from "./test-support";

let bed: LogsTestBed;
const logs = (o: ClientOptions = {}) =>
  new CloudWatchLogsClient(clientConfig(bed.sim, { fastRetries: true, ...o }));
const MIN = 60;
const ALB = "/watchwall/alb/prod-web-alb/access-logs";
const CHECKOUT = "/aws/lambda/shop-checkout";

beforeAll(async () => {
  bed = await startLogsTestBed();
});
afterAll(() => bed.sim.close());

function field(row: ResultField[], name: string): string | undefined {
  return row.find((f) => f.field === name)?.value;
}

async function query(
  logGroupName: string,
  startTime: number,
  endTime: number,
  queryString: string,
  o: ClientOptions = {},
) {
  const { queryId } = await logs(o).send(
    new StartQueryCommand({ logGroupName, startTime, endTime, queryString }),
  );
  for (;;) {
    const out = await logs(o).send(new GetQueryResultsCommand({ queryId }));
    if (out.status === "Complete") return out.results ?? [];
    if (out.status !== "Scheduled" && out.status !== "Running") throw new Error(`query ${out.status}`);
    await sleep(20);
  }
}

/** `{ minute (epoch s) → count }` from rows of `stats count(*) as n by bin(1m) as t`. */
async function perMinute(group: string, from: number, to: number, filter: string, o: ClientOptions = {}) {
  const rows = await query(group, from, to - 1, `${filter} | stats count(*) as n by bin(1m) as t`, o);
  const out = new Map<number, number>();
  for (const row of rows)
    out.set(Date.parse(`${field(row, "t")?.replace(" ", "T")}Z`) / 1000, Number(field(row, "n")));
  return out;
}

/** Per-minute sums of demo metric series, exactly as the metrics simulator computes them. */
function metricPerMinute(
  namespace: string,
  name: string,
  dims: Record<string, string>,
  from: number,
  to: number,
) {
  const dimensions = Object.entries(dims).map(([n, value]) => ({ name: n, value }));
  const spec = findDemoSeries(
    demoCatalog(DEFAULT_DEMO_SEED),
    PRODUCTION_ACCOUNT_ID,
    "us-east-1",
    metricKey(namespace, name, dimensions),
  );
  if (!spec) throw new Error(`no demo series ${namespace} ${name}`);
  const out = new Map<number, number>();
  const agg = new Float64Array(4);
  for (let t = from; t < to; t += MIN)
    if (aggregateSlot(spec, t, 60, agg)) out.set(t, Math.round(agg[1] ?? 0));
  return out;
}

const burst = INCIDENTS.find((i) => i.id === "prod-checkout-error-burst");
const occurrence = incidentOccurrences(TEST_NOW / 1000 - 3 * 3600, TEST_NOW / 1000, burst ? [burst] : [])[0];

describe("the checkout error burst", () => {
  it("is on the incident schedule in the last hour", () => {
    expect(occurrence).toBeDefined();
    expect(new Date((occurrence?.start ?? 0) * 1000).toISOString()).toBe("2026-06-01T11:15:00.000Z");
  });

  it("shows as 5xx access-log lines in exactly the minutes and numbers of the HTTPCode_*_5XX metrics", async () => {
    const from = (occurrence?.start ?? 0) - 20 * MIN;
    const to = (occurrence?.end ?? 0) + 15 * MIN;
    const lines = await perMinute(
      ALB,
      from,
      to,
      "parse @message /^\\S+ \\S+ \\S+ \\S+ \\S+ \\S+ \\S+ \\S+ (?<code>\\d+) / | filter code >= 500",
    );
    const lb = { LoadBalancer: loadBalancerIdFor(PRODUCTION_ACCOUNT_ID, "us-east-1", "prod-web-alb") };
    const target = metricPerMinute("AWS/ApplicationELB", "HTTPCode_Target_5XX_Count", lb, from, to);
    const elb = metricPerMinute("AWS/ApplicationELB", "HTTPCode_ELB_5XX_Count", lb, from, to);
    for (let t = from; t < to; t += MIN) {
      expect(lines.get(t) ?? 0, new Date(t * 1000).toISOString()).toBe(
        (target.get(t) ?? 0) + (elb.get(t) ?? 0),
      );
    }
    const inside = [...lines].filter(([t]) => t >= (occurrence?.start ?? 0) && t < (occurrence?.end ?? 0));
    const outside = [...lines].filter(
      ([t]) => t < (occurrence?.start ?? 0) - MIN || t >= (occurrence?.end ?? 0) + MIN,
    );
    const mean = (xs: Array<[number, number]>) => xs.reduce((s, [, n]) => s + n, 0) / Math.max(1, xs.length);
    expect(mean(inside)).toBeGreaterThan(10 * mean(outside));
  });

  it("has one access-log line per request of the RequestCount metric", async () => {
    const from = TEST_NOW / 1000 - 30 * MIN;
    const lines = await perMinute(ALB, from, TEST_NOW / 1000, "fields @message");
    const lb = { LoadBalancer: loadBalancerIdFor(PRODUCTION_ACCOUNT_ID, "us-east-1", "prod-web-alb") };
    expect(lines).toEqual(metricPerMinute("AWS/ApplicationELB", "RequestCount", lb, from, TEST_NOW / 1000));
  });

  it("fails shop-checkout invocations as the Lambda Errors metric says, and slows them down", async () => {
    const from = (occurrence?.start ?? 0) - 15 * MIN;
    const to = (occurrence?.end ?? 0) + 10 * MIN;
    const fn = { FunctionName: "shop-checkout" };
    const errors = await perMinute(CHECKOUT, from, to, 'filter level = "ERROR"');
    const metric = metricPerMinute("AWS/Lambda", "Errors", fn, from, to);
    for (const [t, n] of metric) if (n === 0) metric.delete(t);
    expect(errors).toEqual(metric);
    const reports = await perMinute(CHECKOUT, from, to, 'filter @type = "REPORT"');
    expect(reports).toEqual(metricPerMinute("AWS/Lambda", "Invocations", fn, from, to));
    const timeouts = await query(
      CHECKOUT,
      occurrence?.start ?? 0,
      (occurrence?.end ?? 0) - 1,
      'filter errorType = "PaymentProviderTimeout" | stats count(*) as n',
    );
    expect(Number(field(timeouts[0] ?? [], "n"))).toBeGreaterThan(20);
    const durations = await query(
      CHECKOUT,
      from,
      to - 1,
      `filter @type = "REPORT" | fields @timestamp >= ${(occurrence?.start ?? 0) * 1000 + MIN * 1000} and @timestamp < ${(occurrence?.end ?? 0) * 1000 - MIN * 1000} as inBurst | stats avg(@duration) as d by inBurst`,
    );
    const avg = (flag: string) =>
      Number(field(durations.find((r) => field(r, "inBurst") === flag) ?? [], "d"));
    expect(avg("1")).toBeGreaterThan(2 * avg("0"));
  });

  it("logs provider timeouts with stack traces in the application log at the same minutes", async () => {
    const out = await logs().send(
      new FilterLogEventsCommand({
        logGroupName: "/watchwall/shop/production/web",
        startTime: ((occurrence?.start ?? 0) - 30 * MIN) * 1000,
        endTime: ((occurrence?.end ?? 0) + 30 * MIN) * 1000,
        filterPattern: '"PaymentProviderTimeoutException"',
      }),
    );
    const times = (out.events ?? []).map((e) => (e.timestamp ?? 0) / 1000);
    expect(times.length).toBeGreaterThan(20);
    expect(times.every((t) => t >= (occurrence?.start ?? 0) && t < (occurrence?.end ?? 0))).toBe(true);
    expect(out.events?.[0]?.message).toMatch(
      /ERROR .*Payment authorization failed[\s\S]*\n\tat com\.watchwall\.shop\.payments/,
    );
  });
});

describe("latency regression, deployments and the staging incident", () => {
  it("makes shop-checkout slower between the 13:05 release and the 14:40 rollback", async () => {
    const day = Date.UTC(2026, 4, 31) / 1000;
    const before = await query(
      CHECKOUT,
      day + 12 * 3600,
      day + 13 * 3600 - 1,
      'filter @type = "REPORT" | stats avg(@duration) as d',
    );
    const during = await query(
      CHECKOUT,
      day + 13 * 3600 + 15 * MIN,
      day + 14 * 3600 + 30 * MIN,
      'filter @type = "REPORT" | stats avg(@duration) as d',
    );
    expect(Number(field(during[0] ?? [], "d"))).toBeGreaterThan(1.4 * Number(field(before[0] ?? [], "d")));
    const rollback = await query(
      "/watchwall/shop/production/web",
      day + 14 * 3600,
      day + 15 * 3600,
      'filter @message like "Rolling back release" | stats count(*) as n, min(@timestamp) as at',
    );
    expect(field(rollback[0] ?? [], "at")).toBe("2026-05-31 14:40:00.000");
  });

  it("shows every deployment as application restarts and CloudTrail code updates", async () => {
    const schedule = deployScheduleFor(PRODUCTION_ACCOUNT_ID);
    if (!schedule) throw new Error("no deploy schedule");
    const from = TEST_NOW / 1000 - 24 * 3600;
    const deploys = deploymentsBetween(schedule, from, TEST_NOW / 1000);
    expect(deploys.length).toBe(3);
    const starts = await query(
      "/watchwall/shop/production/web",
      from,
      TEST_NOW / 1000,
      'filter @message like "Starting ShopApplication" | stats count(*) as n by bin(1h) as h',
    );
    expect(starts.map((r) => field(r, "h")).sort()).toEqual(
      deploys.map((t) =>
        new Date(Math.floor(t / 3600) * 3600_000).toISOString().replace("T", " ").replace("Z", ""),
      ),
    );
    const trail = await query(
      await cloudTrailGroup(),
      from,
      TEST_NOW / 1000,
      'filter eventName = "UpdateFunctionCode20150331v2" and requestParameters.functionName = "shop-checkout" | fields eventTime, userIdentity.type as who | sort eventTime asc',
    );
    const byDeployer = trail
      .filter((r) => field(r, "who") === "AssumedRole")
      .map((r) => field(r, "eventTime"));
    expect(byDeployer).toEqual(
      deploys.map((t) => new Date((t + 5) * 1000).toISOString().replace(".000Z", "Z")),
    );
    // The on-call engineer's rollback that ends the latency regression.
    const byHuman = trail.filter((r) => field(r, "who") === "IAMUser").map((r) => field(r, "eventTime"));
    expect(byHuman).toEqual(["2026-05-31T14:40:20Z"]);
  });

  it("reports the impaired staging instance: no application logs, NODATA flow-log records, an on-call reboot", async () => {
    const staging = { accessKeyId: "AKIASTAGEDEMO0000002" };
    const incident = INCIDENTS.find((i) => i.id === "staging-status-check-failure");
    const occ = incidentOccurrences(TEST_NOW / 1000 - 86_400, TEST_NOW / 1000, incident ? [incident] : [])[0];
    expect(occ && new Date(occ.start * 1000).toISOString()).toBe("2026-06-01T09:20:00.000Z");
    const start = occ?.start ?? 0;
    const web1 = await query(
      "/watchwall/shop/staging/web",
      start - 20 * MIN,
      start + 45 * MIN,
      'filter @logStream like "web-1/" | stats count(*) as n by bin(5m) as t',
      staging,
    );
    const silent = web1.filter((r) => {
      const t = Date.parse(`${field(r, "t")?.replace(" ", "T")}Z`) / 1000;
      return t >= start && t < start + 25 * MIN;
    });
    expect(silent).toEqual([]);
    expect(web1.length).toBeGreaterThan(4);
    const groups = await logs(staging).send(
      new FilterLogEventsCommand({
        logGroupName: await vpcGroup(staging),
        startTime: start * 1000,
        endTime: (start + 25 * MIN) * 1000,
        filterPattern: "NODATA",
      }),
    );
    expect(groups.events?.length).toBe(25);
    const reboot = await query(
      await cloudTrailGroup(staging),
      start,
      start + 30 * MIN,
      'filter eventName = "RebootInstances" | fields userIdentity.userName',
      staging,
    );
    expect(reboot.map((r) => field(r, "userIdentity.userName"))).toEqual(["oncall-alice"]);
  });
});

async function cloudTrailGroup(o: ClientOptions = {}): Promise<string> {
  const out = await logs(o).send(
    new DescribeLogGroupsCommand({ logGroupNamePrefix: "aws-cloudtrail-logs-" }),
  );
  return out.logGroups?.[0]?.logGroupName ?? "";
}

async function vpcGroup(o: ClientOptions = {}): Promise<string> {
  const out = await logs(o).send(new DescribeLogGroupsCommand({ logGroupNamePrefix: "/aws/vpc/flow-logs/" }));
  return out.logGroups?.[0]?.logGroupName ?? "";
}
