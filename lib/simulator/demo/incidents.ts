// The demo world's incidents and deployments. Everything recurs on a fixed UTC schedule, so a demo opened at
// any moment shows each incident within the last few hours (at most a day), identically on every run. The
// logs and alarms simulators should take their times from `incidentOccurrences` / `deploymentsBetween`.
//
// Schedule (UTC, every day):
//   prod-web-cpu-spike                production us-east-1       00:40, 06:40, 12:40, 18:40  for 18 min
//   prod-checkout-error-burst         production us-east-1       03:15, 11:15, 19:15         for 12 min
//   prod-checkout-latency-regression  production us-east-1       13:05 → 14:40 (bad release, rolled back)
//   prod-eu-order-backlog             production eu-west-1       05:30, 17:30                for 40 min
//   prod-apne1-dynamodb-throttling    production ap-northeast-1  02:50, 08:50, 14:50, 20:50  for 10 min
//   staging-status-check-failure      staging us-east-1          09:20                       for 25 min
// Deployments: production every 8 h at 05:05, 13:05, 21:05 (the 13:05 release is the bad one; its rollback
// at 14:40 ends the regression); staging every 3 h at 00:35, 03:35, …; shared services daily at 07:15.

import { PRODUCTION_ACCOUNT_ID, SHARED_SERVICES_ACCOUNT_ID, STAGING_ACCOUNT_ID } from "./accounts";
import { instanceIdFor, loadBalancerIdFor } from "./inventory";
import { occurrenceStarts, type DeploySchedule, type Recurrence } from "./recurrence";

export { deploymentsBetween, incidentIntensity, releaseIndex, releaseStart } from "./recurrence";
export type { DeploySchedule, Recurrence } from "./recurrence";

/** Which quantity of a generated series an effect changes (see `SeriesSpec`). */
export type EffectTarget = "level" | "median" | "fraction";
export type EffectMode = "multiply" | "add" | "set";

export interface IncidentEffect {
  namespace: string;
  metricName: string;
  /** Must all be present on the series (it may have more). */
  dimensions: Readonly<Record<string, string>>;
  target: EffectTarget;
  mode: EffectMode;
  value: number;
}

export interface DemoIncident {
  id: string;
  title: string;
  description: string;
  accountId: string;
  region: string;
  recurrence: Recurrence;
  effects: IncidentEffect[];
}

const H = 3600;
const M = 60;
const DAY = 24 * H;

function effect(
  metric: string,
  dimensions: Record<string, string>,
  target: EffectTarget,
  mode: EffectMode,
  value: number,
): IncidentEffect {
  const [namespace, metricName] = splitMetric(metric);
  return { namespace, metricName, dimensions, target, mode, value };
}

/** "AWS/EC2:CPUUtilization" → ["AWS/EC2", "CPUUtilization"]. */
function splitMetric(metric: string): [string, string] {
  const at = metric.lastIndexOf(":");
  return [metric.slice(0, at), metric.slice(at + 1)];
}

const prodWeb3 = instanceIdFor(PRODUCTION_ACCOUNT_ID, "us-east-1", "web-3");
const prodAlb = { LoadBalancer: loadBalancerIdFor(PRODUCTION_ACCOUNT_ID, "us-east-1", "prod-web-alb") };
const stagingWeb1 = instanceIdFor(STAGING_ACCOUNT_ID, "us-east-1", "web-1");
const prodShop = { Environment: "production" };
const checkoutFn = { FunctionName: "shop-checkout" };
const primaryDb = { DBInstanceIdentifier: "shop-db-primary" };
const orderQueue = { QueueName: "order-events" };
const sessions = { TableName: "shop-sessions" };

export const INCIDENTS: readonly DemoIncident[] = [
  {
    id: "prod-web-cpu-spike",
    title: "Runaway image job pins CPU on web-3",
    description: `Instance ${prodWeb3} (web-3) runs at ~97% CPU; ALB latency rises by a third.`,
    accountId: PRODUCTION_ACCOUNT_ID,
    region: "us-east-1",
    recurrence: { everySeconds: 6 * H, offsetSeconds: 40 * M, durationSeconds: 18 * M, rampSeconds: 2 * M },
    effects: [
      effect("AWS/EC2:CPUUtilization", { InstanceId: prodWeb3 }, "level", "set", 97),
      effect("AWS/EC2:CPUUtilization", { AutoScalingGroupName: "production-web-asg" }, "level", "add", 15),
      effect("AWS/ApplicationELB:TargetResponseTime", prodAlb, "median", "multiply", 1.35),
    ],
  },
  {
    id: "prod-checkout-error-burst",
    title: "Payment provider timeouts",
    description:
      "shop-checkout fails ~14% of invocations; 5XX responses and PaymentErrors spike; orders dip.",
    accountId: PRODUCTION_ACCOUNT_ID,
    region: "us-east-1",
    recurrence: {
      everySeconds: 8 * H,
      offsetSeconds: 3 * H + 15 * M,
      durationSeconds: 12 * M,
      rampSeconds: M,
    },
    effects: [
      effect("AWS/Lambda:Errors", checkoutFn, "fraction", "multiply", 35),
      effect("AWS/Lambda:Duration", checkoutFn, "median", "multiply", 2.5),
      effect("AWS/ApplicationELB:HTTPCode_Target_5XX_Count", prodAlb, "fraction", "multiply", 25),
      effect("AWS/ApplicationELB:HTTPCode_ELB_5XX_Count", prodAlb, "fraction", "multiply", 10),
      effect("Watchwall/Shop:PaymentErrors", prodShop, "level", "multiply", 30),
      effect("Watchwall/Shop:Orders", prodShop, "level", "multiply", 0.7),
      effect("Watchwall/Shop:CheckoutLatency", prodShop, "median", "multiply", 1.6),
    ],
  },
  {
    id: "prod-checkout-latency-regression",
    title: "Release 13:05 adds an N+1 query to checkout (rolled back 14:40)",
    description: "Checkout latency almost doubles and the primary database reads more until the rollback.",
    accountId: PRODUCTION_ACCOUNT_ID,
    region: "us-east-1",
    recurrence: {
      everySeconds: DAY,
      offsetSeconds: 13 * H + 5 * M,
      durationSeconds: 95 * M,
      rampSeconds: 3 * M,
    },
    effects: [
      effect("Watchwall/Shop:CheckoutLatency", prodShop, "median", "multiply", 1.9),
      effect("AWS/Lambda:Duration", checkoutFn, "median", "multiply", 1.7),
      effect("AWS/RDS:ReadIOPS", primaryDb, "level", "multiply", 2.4),
      effect("AWS/RDS:CPUUtilization", primaryDb, "level", "add", 28),
      effect("AWS/ApplicationELB:TargetResponseTime", prodAlb, "median", "multiply", 1.25),
    ],
  },
  {
    id: "prod-eu-order-backlog",
    title: "Order fulfilment consumer stalls; queue backs up",
    description: "order-events in eu-west-1 accumulates a backlog while its consumer Lambda errors.",
    accountId: PRODUCTION_ACCOUNT_ID,
    region: "eu-west-1",
    recurrence: {
      everySeconds: 12 * H,
      offsetSeconds: 5 * H + 30 * M,
      durationSeconds: 40 * M,
      rampSeconds: 10 * M,
    },
    effects: [
      effect("AWS/SQS:ApproximateNumberOfMessagesVisible", orderQueue, "level", "add", 2500),
      effect("AWS/SQS:ApproximateAgeOfOldestMessage", orderQueue, "level", "add", 1500),
      effect("AWS/SQS:NumberOfMessagesDeleted", orderQueue, "level", "multiply", 0.1),
      effect("AWS/Lambda:Errors", { FunctionName: "order-events-consumer" }, "fraction", "multiply", 60),
    ],
  },
  {
    id: "prod-apne1-dynamodb-throttling",
    title: "Hot partition throttles shop-sessions",
    description: "Reads on shop-sessions in ap-northeast-1 are throttled and slow for ten minutes.",
    accountId: PRODUCTION_ACCOUNT_ID,
    region: "ap-northeast-1",
    recurrence: {
      everySeconds: 6 * H,
      offsetSeconds: 2 * H + 50 * M,
      durationSeconds: 10 * M,
      rampSeconds: M,
    },
    effects: [
      effect("AWS/DynamoDB:ThrottledRequests", sessions, "fraction", "add", 0.06),
      effect("AWS/DynamoDB:ReadThrottleEvents", sessions, "fraction", "add", 0.08),
      effect("AWS/DynamoDB:SuccessfulRequestLatency", sessions, "median", "multiply", 1.8),
    ],
  },
  {
    id: "staging-status-check-failure",
    title: "Staging web-1 fails instance status checks",
    description: `Instance ${stagingWeb1} (web-1) is impaired: StatusCheckFailed = 1, CPU near zero.`,
    accountId: STAGING_ACCOUNT_ID,
    region: "us-east-1",
    recurrence: { everySeconds: DAY, offsetSeconds: 9 * H + 20 * M, durationSeconds: 25 * M, rampSeconds: 0 },
    effects: [
      effect("AWS/EC2:StatusCheckFailed", { InstanceId: stagingWeb1 }, "level", "set", 1),
      effect("AWS/EC2:StatusCheckFailed_Instance", { InstanceId: stagingWeb1 }, "level", "set", 1),
      effect("AWS/EC2:CPUUtilization", { InstanceId: stagingWeb1 }, "level", "set", 0.4),
    ],
  },
];

export const DEPLOY_SCHEDULES: readonly DeploySchedule[] = [
  { accountId: PRODUCTION_ACCOUNT_ID, everySeconds: 8 * H, offsetSeconds: 5 * H + 5 * M },
  { accountId: STAGING_ACCOUNT_ID, everySeconds: 3 * H, offsetSeconds: 35 * M },
  { accountId: SHARED_SERVICES_ACCOUNT_ID, everySeconds: DAY, offsetSeconds: 7 * H + 15 * M },
];

export function deployScheduleFor(accountId: string): DeploySchedule | undefined {
  return DEPLOY_SCHEDULES.find((s) => s.accountId === accountId);
}

export interface IncidentOccurrence {
  incident: DemoIncident;
  /** Epoch seconds. */
  start: number;
  end: number;
}

/** Occurrences overlapping [from, to), oldest first. */
export function incidentOccurrences(from: number, to: number, incidents = INCIDENTS): IncidentOccurrence[] {
  const out: IncidentOccurrence[] = [];
  for (const incident of incidents) {
    for (const start of occurrenceStarts(incident.recurrence, from, to)) {
      out.push({ incident, start, end: start + incident.recurrence.durationSeconds });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.incident.id.localeCompare(b.incident.id));
}
