import type { DashboardDocument, DashboardMetadata } from "@/lib/dashboards/model";
import { DASHBOARD_SCHEMA_VERSION } from "@/lib/dashboards/model";
import { chart, expression, metric, text } from "./widgets";

// The demo dashboards seeded on first start in simulator mode. They are built from the simulator's inventory
// so every metric exists, and they are laid out to show the recurring demo incidents (lib/simulator/demo/
// incidents.ts): the CPU spike on web-3, the checkout error burst, the latency regression, the EU backlog.

/**
 * What the demo dashboards need to know of the simulator's demo world. The launcher, the one product module
 * that may reach the simulator, passes it in (lib/server/main.ts).
 */
export interface DemoWorld {
  productionAccountId: string;
  stagingAccountId: string;
  inventory(accountId: string, region: string): DemoInventory;
}

export interface DemoInventory {
  ec2: ReadonlyArray<{ name: string; instanceId: string }>;
  rds: ReadonlyArray<{ identifier: string }>;
  lambda: ReadonlyArray<{ name: string }>;
  alb: ReadonlyArray<{ loadBalancer: string }>;
  dynamodb: ReadonlyArray<{ name: string }>;
  sqs: ReadonlyArray<{ name: string }>;
}

export interface DemoDashboard {
  metadata: DashboardMetadata;
  document: DashboardDocument;
}

const US = "us-east-1";
const EU = "eu-west-1";
const AP = "ap-northeast-1";

function document(
  title: string,
  widgets: DashboardDocument["widgets"],
  duration = "PT6H",
): DashboardDocument {
  return {
    schemaVersion: DASHBOARD_SCHEMA_VERSION,
    title,
    defaultRange: { type: "relative", duration },
    defaultRefresh: "1m",
    variables: [],
    widgets,
  };
}

function fleetOverview(world: DemoWorld): DemoDashboard {
  const inv = world.inventory(world.productionAccountId, US);
  const web = inv.ec2.filter((i) => i.name.startsWith("web-"));
  const alb = inv.alb[0];
  const rds = inv.rds[0];
  const lb: Record<string, string> = { LoadBalancer: alb?.loadBalancer ?? "" };
  return {
    metadata: {
      name: "Production fleet overview",
      description: "EC2, ALB, Lambda and RDS in production us-east-1",
      tags: ["demo", "production"],
      folder: "demo",
    },
    document: document("Production fleet overview", [
      text(
        "intro",
        { x: 0, y: 0, w: 24, h: 2 },
        "**Production, us-east-1.** web-3 spikes to ~97 % CPU at 00:40, 06:40, 12:40 and 18:40 UTC; drag across a spike to zoom every graph.",
      ),
      chart(
        "line",
        "cpu",
        "EC2 CPU utilization — web fleet",
        { x: 0, y: 2, w: 12, h: 7 },
        US,
        web.map((i, n) =>
          metric(`m${n + 1}`, "AWS/EC2", "CPUUtilization", { InstanceId: i.instanceId }, { label: i.name }),
        ),
        {
          yAxis: { left: { min: 0, max: 100, label: "%", showUnits: false } },
          annotations: { horizontal: [{ kind: "line", value: 80, label: "High CPU", color: "#f85149" }] },
        },
      ),
      chart("area", "network", "Network in by instance (SEARCH)", { x: 12, y: 2, w: 12, h: 7 }, US, [
        expression("e1", `SEARCH('{AWS/EC2,InstanceId} MetricName="NetworkIn"', 'Sum', 300)`, ""),
      ]),
      chart(
        "number",
        "requests",
        "ALB requests",
        { x: 0, y: 9, w: 6, h: 5 },
        US,
        [metric("m1", "AWS/ApplicationELB", "RequestCount", lb, { stat: "Sum", label: "Requests" })],
        { sparkline: true, trend: true },
      ),
      chart("line", "latency", "ALB target response time", { x: 6, y: 9, w: 9, h: 5 }, US, [
        metric("m1", "AWS/ApplicationELB", "TargetResponseTime", lb, { stat: "p50", label: "p50" }),
        metric("m2", "AWS/ApplicationELB", "TargetResponseTime", lb, { stat: "p90", label: "p90" }),
        metric("m3", "AWS/ApplicationELB", "TargetResponseTime", lb, { stat: "p99", label: "p99" }),
      ]),
      chart(
        "bar",
        "lambda-errors",
        "Lambda errors by function",
        { x: 15, y: 9, w: 9, h: 5 },
        US,
        inv.lambda.map((f, n) =>
          metric(
            `m${n + 1}`,
            "AWS/Lambda",
            "Errors",
            { FunctionName: f.name },
            { stat: "Sum", label: f.name },
          ),
        ),
      ),
      chart(
        "gauge",
        "rds-cpu",
        `RDS CPU — ${rds?.identifier ?? "database"}`,
        { x: 0, y: 14, w: 6, h: 6 },
        US,
        [metric("m1", "AWS/RDS", "CPUUtilization", { DBInstanceIdentifier: rds?.identifier ?? "" })],
        {
          yAxis: { left: { min: 0, max: 100 } },
          annotations: {
            horizontal: [
              { kind: "line", value: 70, color: "#d29922" },
              { kind: "line", value: 90, color: "#f85149" },
            ],
          },
        },
      ),
      chart(
        "table",
        "queues",
        "SQS queues",
        { x: 6, y: 14, w: 18, h: 6 },
        US,
        inv.sqs.map((q, n) =>
          metric(
            `m${n + 1}`,
            "AWS/SQS",
            "ApproximateNumberOfMessagesVisible",
            { QueueName: q.name },
            { stat: "Maximum", label: q.name },
          ),
        ),
      ),
    ]),
  };
}

function checkout(world: DemoWorld): DemoDashboard {
  const inv = world.inventory(world.productionAccountId, US);
  const alb = inv.alb[0];
  const lb: Record<string, string> = { LoadBalancer: alb?.loadBalancer ?? "" };
  const shop = { Environment: "production" };
  return {
    metadata: {
      name: "Checkout service",
      description: "Orders, latency and error rate of the shop's checkout",
      tags: ["demo", "service"],
      folder: "demo",
    },
    document: document("Checkout service", [
      chart(
        "number",
        "orders",
        "Orders",
        { x: 0, y: 0, w: 6, h: 5 },
        US,
        [metric("m1", "Watchwall/Shop", "Orders", shop, { stat: "Sum", label: "Orders" })],
        { sparkline: true, trend: true },
      ),
      chart(
        "line",
        "checkout-latency",
        "Checkout latency (regression 13:05–14:40 UTC)",
        { x: 6, y: 0, w: 18, h: 5 },
        US,
        [
          metric("m1", "Watchwall/Shop", "CheckoutLatency", shop, { stat: "p50", label: "p50" }),
          metric("m2", "Watchwall/Shop", "CheckoutLatency", shop, { stat: "p99", label: "p99" }),
        ],
      ),
      chart(
        "line",
        "error-rate",
        "5xx error rate (Metric Math in CloudWatch)",
        { x: 0, y: 5, w: 12, h: 6 },
        US,
        [
          metric("errors", "AWS/ApplicationELB", "HTTPCode_Target_5XX_Count", lb, {
            stat: "Sum",
            visible: false,
          }),
          metric("requests", "AWS/ApplicationELB", "RequestCount", lb, { stat: "Sum", visible: false }),
          expression("rate", "100 * errors / requests", "5xx %"),
        ],
        { annotations: { horizontal: [{ kind: "line", value: 1, label: "SLO 1 %", color: "#d29922" }] } },
      ),
      chart("line", "checkout-fn", "shop-checkout Lambda", { x: 12, y: 5, w: 12, h: 6 }, US, [
        metric(
          "m1",
          "AWS/Lambda",
          "Duration",
          { FunctionName: "shop-checkout" },
          { stat: "p90", label: "Duration p90" },
        ),
        metric(
          "m2",
          "AWS/Lambda",
          "Errors",
          { FunctionName: "shop-checkout" },
          { stat: "Sum", label: "Errors", yAxis: "right" },
        ),
      ]),
      chart(
        "pie",
        "dynamo-reads",
        "DynamoDB reads by table",
        { x: 0, y: 11, w: 8, h: 6 },
        US,
        inv.dynamodb.map((t, n) =>
          metric(
            `m${n + 1}`,
            "AWS/DynamoDB",
            "ConsumedReadCapacityUnits",
            { TableName: t.name },
            { stat: "Sum", label: t.name },
          ),
        ),
        { setPeriodToTimeRange: true },
      ),
      chart("line", "payments", "Payment errors", { x: 8, y: 11, w: 16, h: 6 }, US, [
        metric("m1", "Watchwall/Shop", "PaymentErrors", shop, { stat: "Sum", label: "Payment errors" }),
      ]),
    ]),
  };
}

function global(world: DemoWorld): DemoDashboard {
  const shop = (env: string) => ({ Environment: env });
  const orders = (id: string, region: string, visible = true) =>
    metric(id, "Watchwall/Shop", "Orders", shop("production"), {
      stat: "Sum",
      region,
      label: `Orders ${region}`,
      visible,
    });
  return {
    metadata: {
      name: "Global orders — accounts × Regions",
      description: "Metric Math across Regions and accounts, evaluated by Watchwall",
      tags: ["demo", "global"],
      folder: "demo",
    },
    document: document("Global orders", [
      chart("line", "orders-by-region", "Orders per Region (production)", { x: 0, y: 0, w: 12, h: 7 }, US, [
        orders("use1", US),
        orders("euw1", EU),
        orders("apne1", AP),
      ]),
      chart("line", "orders-total", "All Regions (math across Regions)", { x: 12, y: 0, w: 12, h: 7 }, US, [
        orders("use1", US, false),
        orders("euw1", EU, false),
        orders("apne1", AP, false),
        expression("total", "use1 + euw1 + apne1", "Orders, all Regions"),
      ]),
      chart(
        "line",
        "prod-vs-staging",
        "Web CPU: production vs staging (math across accounts)",
        { x: 0, y: 7, w: 16, h: 7 },
        US,
        [
          metric(
            "prod",
            "AWS/EC2",
            "CPUUtilization",
            { AutoScalingGroupName: "production-web-asg" },
            { label: "production" },
          ),
          metric(
            "stg",
            "AWS/EC2",
            "CPUUtilization",
            { AutoScalingGroupName: "staging-web-asg" },
            { label: "staging", accountId: world.stagingAccountId },
          ),
          expression("gap", "prod - stg", "difference"),
        ],
        { accountId: world.productionAccountId },
      ),
      chart(
        "number",
        "orders-now",
        "Orders, all Regions",
        { x: 16, y: 7, w: 8, h: 7 },
        US,
        [
          orders("use1", US, false),
          orders("euw1", EU, false),
          orders("apne1", AP, false),
          expression("total", "use1 + euw1 + apne1", "Orders"),
        ],
        { sparkline: true },
      ),
    ]),
  };
}

export function demoDashboards(world: DemoWorld): DemoDashboard[] {
  return [fleetOverview(world), checkout(world), global(world)];
}
