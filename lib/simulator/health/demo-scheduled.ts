// Scheduled changes of the demo world: EC2 retirements and reboots, RDS maintenance and a Lambda runtime
// end of support, all naming real resources of the demo inventory. Dates hang off the current UTC week, so
// upcoming ones always lie ahead and every event keeps its ARN for the whole week.
import {
  PRODUCTION_ACCOUNT_ID,
  SHARED_SERVICES_ACCOUNT_ID,
  STAGING_ACCOUNT_ID,
  type DemoRegion,
} from "@/lib/simulator/accounts";
import { regionInventory } from "@/lib/simulator/demo/inventory";
import { dayText, HOUR, makeEvent, MINUTE, offset, type EntitySpec } from "./demo-builder";
import type { HealthEvent } from "./health-types";

function instanceId(accountId: string, region: DemoRegion, name: string): string | undefined {
  return regionInventory(accountId, region).ec2.find((vm) => vm.name === name)?.instanceId;
}

function databases(accountId: string, region: DemoRegion): string[] {
  return regionInventory(accountId, region).rds.map((db) => db.identifier);
}

function lambdaArns(accountId: string, region: DemoRegion, names: readonly string[]): string[] {
  const present = new Set(regionInventory(accountId, region).lambda.map((fn) => fn.name));
  return names
    .filter((name) => present.has(name))
    .map((name) => `arn:aws:lambda:${region}:${accountId}:function:${name}`);
}

function entities(accountId: string, values: readonly (string | undefined)[], status: EntitySpec["status"]) {
  const specs = values.flatMap((value) => (value ? [{ value, status }] : []));
  return { [accountId]: specs };
}

function instanceRetirement(anchorWeek: number): HealthEvent {
  const region = "eu-west-1";
  const id = instanceId(PRODUCTION_ACCOUNT_ID, region, "worker-1") ?? "i-0000000000000000";
  const start = offset(anchorWeek, 14, 10);
  return makeEvent({
    seed: `ec2-retirement/${anchorWeek}`,
    service: "EC2",
    eventTypeCode: "AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED",
    category: "scheduledChange",
    region,
    availabilityZone: "eu-west-1a",
    start,
    lastUpdated: offset(anchorWeek, -2, 16, 32),
    status: "upcoming",
    scope: "ACCOUNT_SPECIFIC",
    actionability: "ACTION_REQUIRED",
    personas: ["OPERATIONS"],
    description:
      `EC2 has detected degradation of the underlying hardware hosting your Amazon EC2 instance ${id} in the EU-WEST-1 Region. ` +
      `Because of this degradation the instance may become unreachable, and it is scheduled for retirement on ${dayText(start)}, after which it will be stopped.\n\n` +
      "You can stop and start the instance before the scheduled date to move it to healthy hardware; instances backed by instance store volumes lose their data when stopped, so replace them from an AMI instead. " +
      "If the instance is part of an Auto Scaling group, it will be replaced automatically.",
    metadata: { retirement_date: dayText(start) },
    entities: entities(PRODUCTION_ACCOUNT_ID, [id], "PENDING"),
  });
}

function rebootMaintenance(anchorWeek: number): HealthEvent {
  const region = "us-east-1";
  const id = instanceId(SHARED_SERVICES_ACCOUNT_ID, region, "ci-runner-3");
  const start = offset(anchorWeek, 9, 6);
  return makeEvent({
    seed: `ec2-reboot/${anchorWeek}`,
    service: "EC2",
    eventTypeCode: "AWS_EC2_SYSTEM_REBOOT_MAINTENANCE_SCHEDULED",
    category: "scheduledChange",
    region,
    availabilityZone: "us-east-1c",
    start,
    end: start + 2 * HOUR,
    lastUpdated: offset(anchorWeek, -1, 9, 14),
    status: "upcoming",
    scope: "ACCOUNT_SPECIFIC",
    actionability: "ACTION_MAY_BE_REQUIRED",
    personas: ["OPERATIONS"],
    description:
      `One or more of your Amazon EC2 instances in the US-EAST-1 Region are scheduled for a system reboot during a maintenance window between ${dayText(start)} 06:00 and 08:00 UTC. ` +
      "The reboot is needed to apply updates to the underlying host. Your instance will keep its IP addresses and instance store data. " +
      "You can reschedule the event from the EC2 console within the allowed window, or reboot the instance yourself before the window starts.",
    entities: entities(SHARED_SERVICES_ACCOUNT_ID, [id], "PENDING"),
  });
}

function rdsMaintenance(
  accountId: string,
  region: DemoRegion,
  start: number,
  announced: number,
  done: boolean,
): HealthEvent {
  const dbs = databases(accountId, region);
  const end = start + 35 * MINUTE;
  return makeEvent({
    seed: `rds-maintenance/${accountId}/${region}/${start}`,
    service: "RDS",
    eventTypeCode: "AWS_RDS_MAINTENANCE_SCHEDULED",
    category: "scheduledChange",
    region,
    start,
    end,
    lastUpdated: done ? end : announced,
    status: done ? "closed" : "upcoming",
    scope: "ACCOUNT_SPECIFIC",
    actionability: done ? "INFORMATIONAL" : "ACTION_MAY_BE_REQUIRED",
    personas: ["OPERATIONS"],
    description:
      `A required operating system update is scheduled for your Amazon Aurora PostgreSQL DB instances (${dbs.join(", ")}) in the ${region.toUpperCase()} Region ` +
      `during their maintenance window on ${dayText(start)}. The update applies security patches and takes about ${done ? "25" : "30"} minutes, during which each instance restarts once. ` +
      "Aurora applies the update to readers first and fails over at most once per cluster. To apply it at a time of your choosing, use the Apply now option before the window." +
      (done ? "\n\nThe maintenance has been completed for all listed DB instances." : ""),
    metadata: {
      maintenance_window: `${dayText(start)} ${new Date(start * 1000).toISOString().slice(11, 16)} UTC`,
    },
    entities: entities(accountId, dbs, done ? "RESOLVED" : "PENDING"),
  });
}

function lambdaRuntimeEndOfSupport(anchorWeek: number): HealthEvent {
  const region = "us-east-1";
  const arns = lambdaArns(PRODUCTION_ACCOUNT_ID, region, ["image-resizer", "nightly-report"]);
  const start = offset(anchorWeek, 45, 0);
  return makeEvent({
    seed: `lambda-runtime/${anchorWeek}`,
    service: "LAMBDA",
    eventTypeCode: "AWS_LAMBDA_PLANNED_LIFECYCLE_EVENT",
    category: "scheduledChange",
    region,
    start,
    lastUpdated: offset(anchorWeek, -6, 18, 40),
    status: "upcoming",
    scope: "ACCOUNT_SPECIFIC",
    actionability: "ACTION_REQUIRED",
    personas: ["OPERATIONS", "SECURITY"],
    description:
      `You are receiving this message because your AWS account has Lambda functions in the US-EAST-1 Region that use the Node.js 18 runtime, which reaches end of support on ${dayText(start)}. ` +
      "After that date Lambda no longer applies security patches to the runtime, and functions using it are no longer eligible for technical support. " +
      "We recommend upgrading the affected functions to Node.js 22. Existing functions keep running, but you will not be able to create or update functions with this runtime after the block dates.",
    metadata: { deprecated_versions: "Node.js 18" },
    entities: entities(PRODUCTION_ACCOUNT_ID, arns, "PENDING"),
  });
}

export function demoScheduledChanges(anchorWeek: number): HealthEvent[] {
  return [
    instanceRetirement(anchorWeek),
    rebootMaintenance(anchorWeek),
    rdsMaintenance(
      PRODUCTION_ACCOUNT_ID,
      "us-east-1",
      offset(anchorWeek, 10, 3),
      offset(anchorWeek, -1, 11, 5),
      false,
    ),
    rdsMaintenance(
      STAGING_ACCOUNT_ID,
      "eu-west-1",
      offset(anchorWeek, 8, 2),
      offset(anchorWeek, -3, 13, 40),
      false,
    ),
    rdsMaintenance(
      PRODUCTION_ACCOUNT_ID,
      "eu-west-1",
      offset(anchorWeek, -24, 3),
      offset(anchorWeek, -31, 10),
      true,
    ),
    lambdaRuntimeEndOfSupport(anchorWeek),
  ];
}
