// Account notifications of the demo world: an RDS certificate rotation that concerns production and
// staging databases, a public EC2 notice, and a billing notice for the management account.
import {
  PRODUCTION_ACCOUNT_ID,
  SHARED_SERVICES_ACCOUNT_ID,
  STAGING_ACCOUNT_ID,
  type DemoRegion,
} from "@/lib/simulator/accounts";
import { regionInventory } from "@/lib/simulator/demo/inventory";
import { dayText, makeEvent, offset, type EntitySpec } from "./demo-builder";
import type { HealthEvent } from "./health-types";

function databaseEntities(accountId: string, region: DemoRegion): EntitySpec[] {
  return regionInventory(accountId, region).rds.map((db) => ({
    value: db.identifier,
    status: "PENDING" as const,
    metadata: { current_ca: "rds-ca-2019" },
  }));
}

function certificateRotation(anchorWeek: number): HealthEvent {
  const deadline = offset(anchorWeek, 60, 0);
  return makeEvent({
    seed: `rds-ca/${anchorWeek}`,
    service: "RDS",
    eventTypeCode: "AWS_RDS_OPERATIONAL_NOTIFICATION",
    category: "accountNotification",
    region: "us-east-1",
    start: offset(anchorWeek, -12, 17),
    lastUpdated: offset(anchorWeek, -4, 8, 30),
    status: "open",
    scope: "ACCOUNT_SPECIFIC",
    actionability: "ACTION_REQUIRED",
    personas: ["SECURITY", "OPERATIONS"],
    description:
      "You are receiving this message because one or more of your Amazon RDS DB instances in the US-EAST-1 Region still use the rds-ca-2019 certificate authority, " +
      `whose certificates expire soon. Rotate each listed DB instance to rds-ca-rsa2048-g1 before ${dayText(deadline)} and update the trust store of clients that verify the server certificate. ` +
      "Modifying the certificate authority restarts the DB instance unless the engine supports rotation without restart.",
    metadata: { target_ca: "rds-ca-rsa2048-g1" },
    entities: {
      [PRODUCTION_ACCOUNT_ID]: databaseEntities(PRODUCTION_ACCOUNT_ID, "us-east-1"),
      [STAGING_ACCOUNT_ID]: databaseEntities(STAGING_ACCOUNT_ID, "us-east-1"),
    },
  });
}

function imdsNotice(anchorWeek: number): HealthEvent {
  return makeEvent({
    seed: `ec2-imds/${anchorWeek}`,
    service: "EC2",
    eventTypeCode: "AWS_EC2_OPERATIONAL_NOTIFICATION",
    category: "accountNotification",
    region: "us-east-1",
    start: offset(anchorWeek, -20, 15),
    lastUpdated: offset(anchorWeek, -20, 15),
    status: "open",
    scope: "PUBLIC",
    actionability: "INFORMATIONAL",
    personas: ["SECURITY"],
    description:
      "Starting with new accounts and new AMIs, Amazon EC2 will launch instances with the Instance Metadata Service Version 2 (IMDSv2) required by default. " +
      "Existing instances are not changed. Use the MetadataNoToken CloudWatch metric to find workloads that still make IMDSv1 calls and update them before you enforce IMDSv2.",
  });
}

function billingNotice(anchorWeek: number): HealthEvent {
  const expiry = offset(anchorWeek, 30, 0);
  return makeEvent({
    seed: `billing/${anchorWeek}`,
    service: "BILLING",
    eventTypeCode: "AWS_BILLING_NOTIFICATION",
    category: "accountNotification",
    region: "global",
    start: offset(anchorWeek, -3, 6),
    lastUpdated: offset(anchorWeek, -3, 6),
    status: "open",
    scope: "ACCOUNT_SPECIFIC",
    actionability: "ACTION_MAY_BE_REQUIRED",
    personas: ["BILLING"],
    description:
      `A Compute Savings Plan of your organization expires on ${dayText(expiry)}. After it expires, usage it covered is billed at On-Demand rates. ` +
      "Review the Savings Plans recommendations in Cost Explorer to renew or replace the commitment.",
    entities: { [SHARED_SERVICES_ACCOUNT_ID]: [{ value: SHARED_SERVICES_ACCOUNT_ID, status: "UNKNOWN" }] },
  });
}

export function demoNotifications(anchorWeek: number): HealthEvent[] {
  return [certificateRotation(anchorWeek), imdsNotice(anchorWeek), billingNotice(anchorWeek)];
}
