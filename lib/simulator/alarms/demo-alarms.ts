// The demo alarms of each account and Region, derived from the demo inventory: CPU and status checks of the
// web fleet, ALB 5XX count and error-rate (metric math), checkout latency p99, an anomaly band on ALB
// latency, RDS CPU, SQS backlog age, DynamoDB throttles, Lambda errors, composites ("checkout degraded"),
// and a few that never get data (wrong dimensions, a retired instance) and stay INSUFFICIENT_DATA.
// Thresholds sit above two days of normal behaviour and below the demo incidents (demo/incidents.ts), so the
// alarms fire at the incidents' times and are OK otherwise.

import { isDemoRegion, regionInventory } from "@/lib/simulator/demo";
import { DemoBuilder, stat, type DemoAlarmDefinition } from "./demo-alarm-builder";

export type { DemoAlarmDefinition } from "./demo-alarm-builder";

function compute(b: DemoBuilder): void {
  const { inv, env } = b;
  for (const vm of inv.ec2.filter((e) => e.name.startsWith("web") || e.name.startsWith("ci-runner"))) {
    const instance = { InstanceId: vm.instanceId };
    b.simple({
      name: `${env}-${vm.name}-cpu-high`,
      description: `CPU of ${vm.name} (${vm.instanceId}) above 85% for 3 of the last 5 minutes`,
      namespace: "AWS/EC2",
      metricName: "CPUUtilization",
      dimensions: instance,
      stat: "Average",
      period: 60,
      threshold: 85,
      operator: "GreaterThanThreshold",
      evaluationPeriods: 5,
      datapointsToAlarm: 3,
      unit: "Percent",
    });
    b.simple({
      name: `${env}-${vm.name}-status-check-failed`,
      description: `Instance status checks of ${vm.name} failing`,
      namespace: "AWS/EC2",
      metricName: "StatusCheckFailed",
      dimensions: instance,
      stat: "Maximum",
      period: 60,
      threshold: 1,
      operator: "GreaterThanOrEqualToThreshold",
      evaluationPeriods: 2,
      datapointsToAlarm: 2,
    });
  }
  const worker = inv.ec2.find((e) => e.name.startsWith("worker") || e.name.startsWith("ci-runner"));
  if (worker) {
    // Created without the agent's path/device/fstype dimensions, so it never matches a series.
    b.simple({
      name: `${env}-${worker.name}-disk-used-high`,
      description: `Root volume of ${worker.name} more than 85% full`,
      namespace: "CWAgent",
      metricName: "disk_used_percent",
      dimensions: { InstanceId: worker.instanceId },
      stat: "Maximum",
      period: 300,
      threshold: 85,
      operator: "GreaterThanThreshold",
      evaluationPeriods: 1,
    });
  }
  for (const db of inv.rds.filter((d) => !d.replica)) {
    b.simple({
      name: `${env}-${db.identifier}-cpu-high`,
      description: `CPU of ${db.identifier} above 55% (5-minute average) for 3 evaluations`,
      namespace: "AWS/RDS",
      metricName: "CPUUtilization",
      dimensions: { DBInstanceIdentifier: db.identifier },
      stat: "Average",
      period: 300,
      threshold: 55,
      operator: "GreaterThanThreshold",
      evaluationPeriods: 3,
    });
  }
  const watched = new Set(["shop-checkout", "order-events-consumer", "log-shipper"]);
  for (const fn of inv.lambda.filter((f) => watched.has(f.name))) {
    b.simple({
      name: `${env}-${fn.name}-errors`,
      description: `${fn.name} reports 10 or more errors in 5 minutes`,
      namespace: "AWS/Lambda",
      metricName: "Errors",
      dimensions: { FunctionName: fn.name },
      stat: "Sum",
      period: 300,
      threshold: fn.name === "shop-checkout" ? 10 : 5,
      operator: "GreaterThanOrEqualToThreshold",
      evaluationPeriods: 1,
      treatMissingData: "notBreaching",
    });
  }
}

function traffic(b: DemoBuilder): void {
  const { inv, env } = b;
  for (const lb of inv.alb) {
    const lbDims = { LoadBalancer: lb.loadBalancer };
    b.simple({
      name: `${env}-${lb.name}-5xx-count`,
      description: `${lb.name} targets return more than 50 5XX responses a minute`,
      namespace: "AWS/ApplicationELB",
      metricName: "HTTPCode_Target_5XX_Count",
      dimensions: lbDims,
      stat: "Sum",
      period: 60,
      threshold: 50,
      operator: "GreaterThanThreshold",
      evaluationPeriods: 5,
      datapointsToAlarm: 2,
      treatMissingData: "notBreaching",
    });
    b.math(
      `${env}-${lb.name}-5xx-error-rate`,
      `Share of ${lb.name} requests answered with 5XX above 2%`,
      [
        stat("errors", "AWS/ApplicationELB", "HTTPCode_Target_5XX_Count", lbDims, "Sum", 60),
        stat("requests", "AWS/ApplicationELB", "RequestCount", lbDims, "Sum", 60),
        { id: "rate", expression: "100 * errors / requests", label: "5XX error rate (%)", returnData: true },
      ],
      {
        threshold: 2,
        comparisonOperator: "GreaterThanThreshold",
        evaluationPeriods: 5,
        datapointsToAlarm: 2,
        treatMissingData: "notBreaching",
      },
    );
    b.math(
      `${env}-${lb.name}-latency-anomaly`,
      `Average target response time of ${lb.name} above its anomaly band`,
      [
        stat("latency", "AWS/ApplicationELB", "TargetResponseTime", lbDims, "Average", 60, true),
        {
          id: "band",
          expression: "ANOMALY_DETECTION_BAND(latency, 3)",
          label: "TargetResponseTime (expected)",
          returnData: true,
        },
      ],
      {
        thresholdMetricId: "band",
        comparisonOperator: "GreaterThanUpperThreshold",
        evaluationPeriods: 5,
        datapointsToAlarm: 4,
      },
    );
  }
  const shop = inv.shop;
  if (shop) {
    const latency = `${env}-checkout-latency-p99-high`;
    b.simple({
      name: latency,
      description: "p99 checkout latency over 15 minutes above 2.1 s for 3 evaluations",
      namespace: "Watchwall/Shop",
      metricName: "CheckoutLatency",
      dimensions: { Environment: shop.environment },
      stat: "p99",
      period: 900,
      threshold: 2100,
      operator: "GreaterThanThreshold",
      evaluationPeriods: 3,
    });
    const rate = inv.alb[0] ? `${env}-${inv.alb[0].name}-5xx-error-rate` : undefined;
    const errors = `${env}-shop-checkout-errors`;
    const parts = [
      `ALARM("${latency}")`,
      ...(rate ? [`ALARM("${rate}")`] : []),
      ...(b.has(errors) ? [`ALARM("${errors}")`] : []),
    ];
    b.composite(`${env}-checkout-degraded`, "Checkout is slow or failing", parts.join(" OR "));
  }
  for (const q of inv.sqs.filter((x) => !x.deadLetter)) {
    b.simple({
      name: `${env}-${q.name}-backlog-age`,
      description: `Oldest message in ${q.name} older than 10 minutes`,
      namespace: "AWS/SQS",
      metricName: "ApproximateAgeOfOldestMessage",
      dimensions: { QueueName: q.name },
      stat: "Maximum",
      period: 60,
      threshold: 600,
      operator: "GreaterThanOrEqualToThreshold",
      evaluationPeriods: 3,
    });
  }
  inv.dynamodb.forEach((t, i) => {
    b.simple({
      name: `${env}-${t.name}-read-throttles`,
      description: `GetItem requests on ${t.name} throttled`,
      namespace: "AWS/DynamoDB",
      metricName: "ThrottledRequests",
      dimensions: { TableName: t.name, Operation: "GetItem" },
      stat: "Sum",
      period: 60,
      threshold: 5,
      operator: "GreaterThanOrEqualToThreshold",
      evaluationPeriods: 3,
      datapointsToAlarm: 2,
    });
    if (i === 0) {
      // Table-level ThrottledRequests does not exist (it is per operation): a classic INSUFFICIENT_DATA alarm.
      b.simple({
        name: `${env}-${t.name}-throttles-table`,
        description: `Any throttled request on ${t.name}`,
        namespace: "AWS/DynamoDB",
        metricName: "ThrottledRequests",
        dimensions: { TableName: t.name },
        stat: "Sum",
        period: 300,
        threshold: 0,
        operator: "GreaterThanThreshold",
        evaluationPeriods: 1,
      });
    }
  });
}

function fleetComposite(b: DemoBuilder): void {
  const web = b.inv.ec2.filter((e) => e.name.startsWith("web"));
  if (web.length < 2) return;
  const refs = web.map((vm) => `"${b.env}-${vm.name}-status-check-failed"`).join(", ");
  const cpu = web.map((vm) => `ALARM("${b.env}-${vm.name}-cpu-high")`).join(" OR ");
  b.composite(
    `${b.env}-web-fleet-unhealthy`,
    "A web instance fails status checks or runs hot",
    `AT_LEAST(1, ALARM, (${refs})) OR (${cpu})`,
  );
}

const ENV_PREFIX: Record<string, string> = {
  "111111111111": "prod",
  "222222222222": "stg",
  "333333333333": "shared",
};

/** The demo alarms of an account and Region (none for accounts or Regions outside the demo world). */
export function demoAlarmDefinitions(accountId: string, region: string): DemoAlarmDefinition[] {
  const env = ENV_PREFIX[accountId];
  if (!env || !isDemoRegion(region)) return [];
  const b = new DemoBuilder(regionInventory(accountId, region), env);
  compute(b);
  traffic(b);
  fleetComposite(b);
  b.simple({
    name: `${env}-legacy-batch-cpu-high`,
    description: "CPU of the retired legacy batch host (instance terminated, alarm never cleaned up)",
    namespace: "AWS/EC2",
    metricName: "CPUUtilization",
    dimensions: { InstanceId: "i-0legacybatch000001" },
    stat: "Average",
    period: 300,
    threshold: 80,
    operator: "GreaterThanThreshold",
    evaluationPeriods: 2,
  });
  return b.out;
}
