// Real expressions: the AWS user-guide samples and Grafana strings listed in TEST-MATERIAL.md, and the
// expressions/labels inside the public dashboard fixtures.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateExpressions } from "./evaluator/evaluate-request";
import { resolveDynamicLabel } from "./labels/dynamic-labels";
import { parseExpression } from "./parser";
import { GRID, metric, seriesFromPoints, stat } from "./testing/fixture";
import type { EvaluationHooks } from "./types";
import { validateExpression } from "./validate";

const AWS_GUIDE_SAMPLES = [
  "PERIOD(m1)/60",
  "5 * m1",
  "m1 - m2",
  "SUM(100/[m1, m2])",
  "AVG(METRICS())",
  "METRICS()*100",
  "-5*m1",
  "-m1",
  "SUM(-[m1, m2])",
  "ABS(m1-m2)",
  "MIN(ABS([m1, m2]))",
  "ABS(METRICS())",
  "ANOMALY_DETECTION_BAND(m1)",
  "ANOMALY_DETECTION_BAND(m1,4)",
  "LAST(ANOMALY_DETECTION_BAND(m1))",
  "SUM([m1,m2])/AVG(m2)",
  "CEIL(m1)",
  "CEIL(METRICS())",
  "SUM(CEIL(METRICS()))",
  "FLOOR(m1)",
  "FLOOR(METRICS())",
  "SUM(m1) / DATAPOINT_COUNT(m1)",
  "DATAPOINT_COUNT(METRICS())",
  "DIFF(m1)",
  "DIFF_TIME(METRICS())",
  "FILL(m1,10)",
  "FILL(METRICS(), 0)",
  "FILL(METRICS(), m1)",
  "FILL(m1, MIN(m1))",
  "FILL(m1, REPEAT)",
  "FILL(METRICS(), LINEAR)",
  "IF(FIRST(SORT(METRICS(), AVG, DESC))>100, 1, 0)",
  "LOG(METRICS())",
  "LOG10(m1)",
  "MAX(m1)/m1",
  "MAX(METRICS())",
  "m1/METRIC_COUNT(METRICS())",
  'SUM(METRICS("errors"))',
  'SUM([METRICS("4xx"), METRICS("5xx")])',
  "m1-MIN(m1)",
  "MIN(METRICS())",
  "MINUTE(m1)",
  "IF(DAY(m1)<6,m1)",
  "IF(MONTH(m1) == 4,m1)",
  "m1/PERIOD(m1)",
  "RATE(m1)",
  "RATE(METRICS())",
  "REMOVE_EMPTY(METRICS())",
  "RUNNING_SUM([m1,m2])",
  "SLICE(SORT(METRICS(), SUM, DESC), 0, 10)",
  "SLICE(SORT(METRICS(), AVG, ASC), 5)",
  "SORT(METRICS(), AVG, DESC, 10)",
  "SORT(METRICS(), MAX, ASC)",
  "m1/STDDEV(m1)",
  "STDDEV(METRICS())",
  "SUM(METRICS())/SUM(m1)",
  'SUM(METRICS("errors"))/SUM(METRICS("requests"))*100',
  "TIME_SERIES(MAX(m1))",
  "TIME_SERIES(5*AVG(m1))",
  "TIME_SERIES(10)",
  "IF(metric1<400, metric1)",
  "IF(metric1<400, 10, 2)",
  "IF(latency>threshold, 1, 0)",
  "IF((DAY(m1)<6 AND (HOUR(m1)>=9 AND HOUR(m1)<17)),m1)",
  'LAMBDA("AmazonOpenSearchDataSource", "MyDomain", "some-query")',
  'FILL(LAMBDA("AmazonOpenSearchDataSource", "MyDomain", "some-query"), 0)',
  "SEARCH('{AWS/EC2,InstanceId} MetricName=\"CPUUtilization\"', 'Average')",
  "SEARCH('{AWS/EC2,InstanceType} MetricName=\"CPUUtilization\"', 'Average')",
  "SEARCH('{AWS/EC2,InstanceType} InstanceType=micro MetricName=\"CPUUtilization\"', 'Average')",
  "SEARCH('{AWS/EC2,InstanceType} InstanceType=\"t2.micro\" MetricName=\"CPUUtilization\"', 'Average')",
  "SEARCH('MetricName=\"CPUUtilization\"', 'Average')",
  'SEARCH(\'MetricName="CPUUtilization" AND ("AWS/ECS" OR "AWS/ES")\', \'Average\')',
  "SEARCH('{AWS/NetworkELB, LoadBalancer} \"ConsumedLCUs\" OR flow', 'Maximum')",
  "SEARCH('{AWS/Lambda,FunctionName} MetricName=\"Errors\" OR (MetricName=\"Invocations\" AND (ProjectA OR ProjectB))', 'Average')",
  "SEARCH('NOT Namespace=AWS', 'Average')",
  "SEARCH('Errors', 'Average')",
  "SEARCH(' \"Errors\" ', 'Average')",
  "SEARCH('{\"Custom-Namespace\", \"Dimension Name With Spaces\"}, ErrorCount', 'Maximum')",
  "SEARCH(' {AWS/EC2,InstanceId} MetricName=\"CPUUtilization\" NOT i-1234567890123456 ', 'Average')",
  "SEARCH(' (EC2 OR EBS) AND MetricName=ReadOps ', 'Maximum')",
  "SEARCH(' AWS/Lambda :aws.AccountId = \"111122223333\" ', 'Average')",
  "SUM(SEARCH(' {AWS/Lambda, FunctionName} MetricName=\"Errors\" ', 'Sum'))",
];

const GRAFANA_SAMPLES = [
  'REMOVE_EMPTY(SEARCH(\'{"AWS/EC2","LoadBalancer"} MetricName="CPUUtilization" "LoadBalancer"=("lb1" OR "lb2" OR "lb3")\', \'Average\', 300))',
  'REMOVE_EMPTY(SEARCH(\'Namespace="AWS/EC2" MetricName="CPUUtilization" :aws.AccountId="12345"\', \'Average\', 60))',
  'REMOVE_EMPTY(SEARCH(\'{"AWS/Kafka","Cluster Name"} MetricName="CpuUser" "Cluster Name"=("dev-cluster" OR "prod-cluster")\', \'Average\', 300))',
  "SUM(x+y)",
  "SUM([a,b])",
  'SELECT SUM(CPUUTilization) FROM "AWS/EC2"',
  "SELECT SUM(ApiResponse) FROM \"my-ns\" WHERE Path = '/my/path' GROUP BY Audience",
  // AWS WAF dashboard (TEST-MATERIAL (d) #9, not copied): its array sum as quoted in TEST-MATERIAL, and a
  // percentage expression written in the same style.
  "SUM([e1,e2,-e3,-e4])",
  "100*(e1/(e1+e2))",
];

const KNOWN_IDS = ["m1", "m2", "metric1", "latency", "threshold", "x", "y", "a", "b", "e1", "e2", "e3", "e4"];

const hooks: EvaluationHooks = {
  search: async () => [seriesFromPoints("s1", [1, 2, 3, 4, 5]), seriesFromPoints("s2", [5, null, 3, 2, 1])],
  lambda: async () => [seriesFromPoints("l1", [1, null, 1, null, 1])],
  metricsInsights: async () => [seriesFromPoints("q", [1, 1, 1, 1, 1])],
};

describe("real-world expressions parse, type-check and evaluate", () => {
  it.each([...AWS_GUIDE_SAMPLES, ...GRAFANA_SAMPLES])("%s", async (text) => {
    expect(() => parseExpression(text)).not.toThrow();
    const idTypes = { e1: "TS[]", e2: "TS[]", e3: "TS[]", e4: "TS[]" } as const;
    const validation = validateExpression(text, KNOWN_IDS, { idTypes });
    expect(validation).toMatchObject({ ok: true });
    if (!validation.ok) return;
    const stats = ["m1", "m2", "metric1", "latency", "threshold", "x", "y", "a", "b"].map((id) =>
      stat(id, [10, 20, null, 40, 50]),
    );
    const searches = ["e1", "e2", "e3", "e4"].map((id) => ({
      id,
      expression: "SEARCH('{AWS/WAFV2,Rule} MetricName=\"BlockedRequests\"', 'Sum', 60)",
      returnData: false,
    }));
    const results = await evaluateExpressions({
      stats,
      expressions: [{ id: "main", expression: text, returnData: validation.resultType !== "S" }, ...searches],
      grid: GRID,
      hooks,
    });
    expect(results.get("main")?.valueType).toBe(validation.resultType);
  });
});

const FIXTURE_DIR = "/work/shared/fixtures/cloudwatch-dashboards";

interface FixtureRow {
  expression?: string;
  label?: string;
  id?: string;
}

function fixtureRows(): Array<{ file: string; rows: FixtureRow[] }> {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith(".json"))
    .flatMap((file) => {
      const body: unknown = JSON.parse(readFileSync(path.join(FIXTURE_DIR, file), "utf8"));
      const widgets = (body as { widgets?: Array<{ properties?: { metrics?: unknown[][] } }> }).widgets ?? [];
      return widgets
        .map((w) => w.properties?.metrics ?? [])
        .filter((metrics) => metrics.length > 0)
        .map((metrics) => ({
          file,
          rows: metrics.map((row) => {
            const last = row[row.length - 1];
            return typeof last === "object" && last !== null ? (last as FixtureRow) : {};
          }),
        }));
    });
}

describe.skipIf(!existsSync(FIXTURE_DIR))("dashboard fixtures", () => {
  it("every expression in the fixtures validates against the ids of its widget", () => {
    const checked: string[] = [];
    for (const { file, rows } of fixtureRows()) {
      const ids = rows.flatMap((r) => (r.id ? [r.id] : []));
      for (const row of rows) {
        if (!row.expression) continue;
        const result = validateExpression(row.expression, ids);
        expect(result, `${file}: ${row.expression}`).toMatchObject({ ok: true });
        checked.push(row.expression);
      }
    }
    expect(checked).toEqual(
      expect.arrayContaining(["m1+m2", "SEARCH('{AWS/EC2,InstanceId} CPUUtilization', 'Average', 300)"]),
    );
  });

  it("dynamic labels in the fixtures resolve", () => {
    const labels = fixtureRows().flatMap(({ rows }) =>
      rows.flatMap((r) => (r.label?.includes("${") ? [r.label] : [])),
    );
    expect(labels.length).toBeGreaterThan(0);
    const series = {
      ...seriesFromPoints("BucketSizeBytes", [1, 2]),
      metric: metric("BucketSizeBytes", { BucketName: "my-bucket" }, "AWS/S3"),
    };
    expect(
      labels.map((l) => resolveDynamicLabel(l, series, { defaultLabel: "BucketSizeBytes", now: 0 })),
    ).toContain("[BucketName: my-bucket] BucketSizeBytes");
  });
});
