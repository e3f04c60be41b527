import { describe, expect, it } from "vitest";
import { checkCloudWatchBody, expandMetricRows } from "@/lib/cloudwatch-body";
import { DEMO_ACCOUNTS } from "@/lib/simulator/accounts";
import { linkedSourceAccounts } from "@/lib/simulator/demo/accounts";
import { demoCatalog, findDemoSeries } from "@/lib/simulator/demo/catalog";
import { metricKey } from "@/lib/simulator/demo/metric-key";
import type { DashboardBody, Json, JsonObject } from "./demo-body-parts";
import { demoDashboards } from "./demo-dashboards";

interface MetricRef {
  accountId: string;
  region: string;
  key: string;
}

/** Every explicit metric row of a body, resolved to the account and Region it is read from. */
function asObject(value: Json | undefined): JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}

function metricRefs(accountId: string, body: DashboardBody): { refs: MetricRef[]; expressions: string[] } {
  const refs: MetricRef[] = [];
  const expressions: string[] = [];
  for (const widget of body.widgets) {
    if (widget.type !== "metric") continue;
    const props = asObject(widget.properties);
    const { rows, problems } = expandMetricRows(Array.isArray(props.metrics) ? props.metrics : []);
    expect(problems).toEqual([]);
    for (const row of rows) {
      if (row.kind === "expression") {
        expressions.push(String(row.options.expression));
        continue;
      }
      const [namespace = "", metricName = "", ...dims] = row.tokens;
      const dimensions = [];
      for (let i = 0; i < dims.length; i += 2)
        dimensions.push({ name: dims[i] ?? "", value: dims[i + 1] ?? "" });
      refs.push({
        accountId: String(row.options.accountId ?? props.accountId ?? accountId),
        region: String(row.options.region ?? props.region),
        key: metricKey(namespace, metricName, dimensions),
      });
    }
  }
  return { refs, expressions };
}

describe("demo CloudWatch dashboards", () => {
  const catalog = demoCatalog();

  it("are valid PutDashboard bodies without warnings", () => {
    for (const account of DEMO_ACCOUNTS) {
      const dashboards = demoDashboards(account.id);
      expect(dashboards.map((d) => d.name)).toEqual([
        "Fleet-Overview",
        "Service-Health",
        "Cross-Region-Search",
      ]);
      for (const d of dashboards) {
        const check = checkCloudWatchBody(JSON.stringify(d.body));
        expect([account.id, d.name, check.errors, check.warnings]).toEqual([account.id, d.name, [], []]);
      }
    }
    expect(demoDashboards("123456789012")).toEqual([]);
  });

  it("only graph metrics the demo world generates, read from accounts the caller may see", () => {
    for (const account of DEMO_ACCOUNTS) {
      const visible = new Set([account.id, ...linkedSourceAccounts(account.id)]);
      for (const d of demoDashboards(account.id)) {
        const { refs } = metricRefs(account.id, d.body);
        expect(refs.length).toBeGreaterThan(0);
        for (const ref of refs) {
          expect(visible.has(ref.accountId)).toBe(true);
          const series = findDemoSeries(catalog, ref.accountId, ref.region, ref.key);
          const readable = ref.key.replaceAll("\u0000", " ").replaceAll("\u0001", " ");
          expect([d.name, ref.region, readable, series !== undefined]).toEqual([
            d.name,
            ref.region,
            readable,
            true,
          ]);
        }
      }
    }
  });

  it("exercise metric math, SEARCH, shorthand rows and per-row Region and account", () => {
    const production = demoDashboards("111111111111");
    const all = production.map((d) => ({ name: d.name, ...metricRefs("111111111111", d.body) }));
    const expressions = all.flatMap((d) => d.expressions);
    expect(expressions).toContain("100*(m2/m1)");
    expect(expressions.some((e) => e.startsWith("SEARCH('{AWS/EC2,InstanceId}"))).toBe(true);
    const text = JSON.stringify(production.map((d) => d.body));
    expect(text).toContain('["...",');
    expect(text).toContain('".","NetworkOut",".","."');
    const search = all.find((d) => d.name === "Cross-Region-Search");
    expect(new Set(search?.refs.map((r) => r.region))).toEqual(
      new Set(["us-east-1", "eu-west-1", "ap-northeast-1"]),
    );
    expect(new Set(search?.refs.map((r) => r.accountId))).toEqual(
      new Set(["111111111111", ...linkedSourceAccounts("111111111111")]),
    );
  });
});
