// Operational issues of the demo world. The open EC2 issue in eu-west-1 recurs with the metrics world's
// eu-west-1 order backlog (lib/simulator/demo/incidents.ts), starting a quarter of an hour before it, so the
// Health panel explains what the graphs show; each occurrence stays open until the next one begins.
import { PRODUCTION_ACCOUNT_ID, STAGING_ACCOUNT_ID } from "@/lib/simulator/accounts";
import { INCIDENTS, type Recurrence } from "@/lib/simulator/demo/incidents";
import { regionInventory } from "@/lib/simulator/demo/inventory";
import { clockText, HOUR, makeEvent, MINUTE, offset, type EntitySpec } from "./demo-builder";
import type { HealthEvent } from "./health-types";

const EU_BACKLOG_INCIDENT = "prod-eu-order-backlog";
/** Used if the metrics world ever drops that incident: 05:30 and 17:30 UTC. */
const FALLBACK_RECURRENCE: Recurrence = {
  everySeconds: 12 * HOUR,
  offsetSeconds: 5 * HOUR + 30 * MINUTE,
  durationSeconds: 40 * MINUTE,
  rampSeconds: 0,
};
const ISSUE_LEAD_SECONDS = 15 * MINUTE;
const AZ = "eu-west-1b";
const AZ_ID = "euw1-az2";

const UPDATES: readonly { after: number; text: string }[] = [
  {
    after: 0,
    text: `We are investigating increased packet loss and connectivity issues for some EC2 instances in a single Availability Zone (${AZ_ID}) in the EU-WEST-1 Region.`,
  },
  {
    after: 20 * MINUTE,
    text: `We can confirm elevated network packet loss for a subset of instances in the ${AZ_ID} Availability Zone. Workloads that poll SQS queues or call other AWS services from affected instances may see delayed processing and timeouts. Other Availability Zones are not affected.`,
  },
  {
    after: 50 * MINUTE,
    text: "We have identified a degraded networking device in the affected Availability Zone as the root cause and are shifting traffic away from it. Where possible, we recommend failing over to instances in other Availability Zones.",
  },
  {
    after: 95 * MINUTE,
    text: "Packet loss has decreased for the majority of affected instances. We continue to work toward full recovery.",
  },
  {
    after: 3 * HOUR,
    text: "We continue to monitor recovery. A small number of instances may still see intermittent connectivity; stopping and starting an affected instance moves it to healthy hardware.",
  },
];

function euBacklogRecurrence(): Recurrence {
  return INCIDENTS.find((i) => i.id === EU_BACKLOG_INCIDENT)?.recurrence ?? FALLBACK_RECURRENCE;
}

function euInstances(accountId: string, names: readonly string[]): string[] {
  const ec2 = regionInventory(accountId, "eu-west-1").ec2;
  return names.flatMap((name) => ec2.find((vm) => vm.name === name)?.instanceId ?? []);
}

function ec2IssueEntities(open: boolean): Record<string, EntitySpec[]> {
  const status = (impaired: boolean) => (open ? (impaired ? "IMPAIRED" : "UNKNOWN") : "RESOLVED");
  const [prodWeb2, prodWorker1] = euInstances(PRODUCTION_ACCOUNT_ID, ["web-2", "worker-1"]);
  const [stagingWeb1] = euInstances(STAGING_ACCOUNT_ID, ["web-1"]);
  const entities: Record<string, EntitySpec[]> = { [PRODUCTION_ACCOUNT_ID]: [], [STAGING_ACCOUNT_ID]: [] };
  if (prodWeb2) entities[PRODUCTION_ACCOUNT_ID]?.push({ value: prodWeb2, status: status(true) });
  if (prodWorker1) entities[PRODUCTION_ACCOUNT_ID]?.push({ value: prodWorker1, status: status(true) });
  if (stagingWeb1) entities[STAGING_ACCOUNT_ID]?.push({ value: stagingWeb1, status: status(false) });
  return entities;
}

function ec2Issue(occurrence: number, recurrence: Recurrence, nowSeconds: number): HealthEvent {
  const start = occurrence * recurrence.everySeconds + recurrence.offsetSeconds - ISSUE_LEAD_SECONDS;
  const nextStart = start + recurrence.everySeconds;
  const open = nowSeconds < nextStart;
  const horizon = open ? nowSeconds : nextStart;
  const updates = UPDATES.filter((u) => start + u.after <= horizon);
  const lastUpdate = start + (updates[updates.length - 1]?.after ?? 0);
  const log = updates.map((u) => `[${clockText(start + u.after)}] ${u.text}`);
  if (!open) {
    log.push(
      `[${clockText(nextStart)}] Between ${clockText(start)} and ${clockText(nextStart)}, some EC2 instances in a single Availability Zone (${AZ_ID}) in the EU-WEST-1 Region experienced increased packet loss. The issue has been resolved and the service is operating normally.`,
    );
  }
  return makeEvent({
    seed: `ec2-issue/eu-west-1/${occurrence}`,
    service: "EC2",
    eventTypeCode: "AWS_EC2_OPERATIONAL_ISSUE",
    category: "issue",
    region: "eu-west-1",
    availabilityZone: AZ,
    start,
    ...(open ? {} : { end: nextStart }),
    lastUpdated: open ? lastUpdate : nextStart,
    status: open ? "open" : "closed",
    scope: "ACCOUNT_SPECIFIC",
    actionability: "ACTION_MAY_BE_REQUIRED",
    personas: ["OPERATIONS"],
    description: log.join("\n\n"),
    entities: ec2IssueEntities(open),
  });
}

/** The current (open) and the previous (closed) occurrence of the eu-west-1 EC2 issue. */
function recurringEc2Issues(nowSeconds: number): HealthEvent[] {
  const recurrence = euBacklogRecurrence();
  const current = Math.floor(
    (nowSeconds + ISSUE_LEAD_SECONDS - recurrence.offsetSeconds) / recurrence.everySeconds,
  );
  return [ec2Issue(current, recurrence, nowSeconds), ec2Issue(current - 1, recurrence, nowSeconds)];
}

interface PastIssue {
  service: string;
  code: string;
  region: string;
  /** Days before the anchor week and time of day the issue started. */
  daysBefore: number;
  hour: number;
  minute: number;
  durationMinutes: number;
  summary: (from: string, to: string) => string;
  firstUpdate: string;
}

const PAST_PUBLIC_ISSUES: readonly PastIssue[] = [
  {
    service: "DYNAMODB",
    code: "AWS_DYNAMODB_OPERATIONAL_ISSUE",
    region: "ap-northeast-1",
    daysBefore: 5,
    hour: 2,
    minute: 45,
    durationMinutes: 70,
    firstUpdate:
      "We are investigating increased latencies and error rates for DynamoDB requests in the AP-NORTHEAST-1 Region.",
    summary: (from, to) =>
      `Between ${from} and ${to}, DynamoDB in the AP-NORTHEAST-1 Region experienced increased request latencies and a small number of throttled requests for some tables. The issue has been resolved and the service is operating normally.`,
  },
  {
    service: "LAMBDA",
    code: "AWS_LAMBDA_OPERATIONAL_ISSUE",
    region: "us-east-1",
    daysBefore: 16,
    hour: 14,
    minute: 20,
    durationMinutes: 110,
    firstUpdate:
      "We are investigating increased invocation error rates and latencies for Lambda functions in the US-EAST-1 Region.",
    summary: (from, to) =>
      `Between ${from} and ${to}, some Lambda functions in the US-EAST-1 Region saw elevated invocation errors and delayed processing of asynchronous and SQS-triggered invocations. The issue has been resolved and the service is operating normally.`,
  },
  {
    service: "CLOUDWATCH",
    code: "AWS_CLOUDWATCH_OPERATIONAL_ISSUE",
    region: "eu-west-1",
    daysBefore: 38,
    hour: 8,
    minute: 5,
    durationMinutes: 185,
    firstUpdate:
      "We are investigating delayed metric delivery and alarm evaluations for CloudWatch in the EU-WEST-1 Region.",
    summary: (from, to) =>
      `Between ${from} and ${to}, CloudWatch in the EU-WEST-1 Region delivered some metrics late, which delayed alarm state changes and left gaps in graphs. All delayed data has been backfilled and the service is operating normally.`,
  },
];

function pastPublicIssue(issue: PastIssue, anchorWeek: number): HealthEvent {
  const start = offset(anchorWeek, -issue.daysBefore, issue.hour, issue.minute);
  const end = start + issue.durationMinutes * MINUTE;
  return makeEvent({
    seed: `public-issue/${issue.code}/${issue.region}/${start}`,
    service: issue.service,
    eventTypeCode: issue.code,
    category: "issue",
    region: issue.region,
    start,
    end,
    lastUpdated: end,
    status: "closed",
    scope: "PUBLIC",
    actionability: "INFORMATIONAL",
    personas: ["OPERATIONS"],
    description: `[${clockText(start)}] ${issue.firstUpdate}\n\n[${clockText(end)}] ${issue.summary(clockText(start), clockText(end))}`,
  });
}

export function demoIssues(nowSeconds: number, anchorWeek: number): HealthEvent[] {
  return [
    ...recurringEc2Issues(nowSeconds),
    ...PAST_PUBLIC_ISSUES.map((issue) => pastPublicIssue(issue, anchorWeek)),
  ];
}
