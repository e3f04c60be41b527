// The event types DescribeEventTypes knows: every type the demo events use plus common ones a real account
// would list. Sorted by service and code, which keeps paging stable ("no particular order" in AWS).
import type { EventActionability, EventPersona, EventTypeCategory, HealthEventType } from "./health-types";

function type(
  service: string,
  code: string,
  category: EventTypeCategory,
  actionability: EventActionability,
  personas: EventPersona[] = ["OPERATIONS"],
): HealthEventType {
  return { service, code, category, actionability, personas };
}

export const EVENT_TYPES: readonly HealthEventType[] = [
  type("BILLING", "AWS_BILLING_NOTIFICATION", "accountNotification", "ACTION_MAY_BE_REQUIRED", ["BILLING"]),
  type("CLOUDWATCH", "AWS_CLOUDWATCH_OPERATIONAL_ISSUE", "issue", "INFORMATIONAL"),
  type("CLOUDWATCH", "AWS_CLOUDWATCH_OPERATIONAL_NOTIFICATION", "accountNotification", "INFORMATIONAL"),
  type("DYNAMODB", "AWS_DYNAMODB_OPERATIONAL_ISSUE", "issue", "INFORMATIONAL"),
  type("EC2", "AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED", "scheduledChange", "ACTION_REQUIRED"),
  type("EC2", "AWS_EC2_INSTANCE_STOP_SCHEDULED", "scheduledChange", "ACTION_REQUIRED"),
  type("EC2", "AWS_EC2_OPERATIONAL_ISSUE", "issue", "ACTION_MAY_BE_REQUIRED"),
  type("EC2", "AWS_EC2_OPERATIONAL_NOTIFICATION", "accountNotification", "INFORMATIONAL", ["SECURITY"]),
  type("EC2", "AWS_EC2_SYSTEM_REBOOT_MAINTENANCE_SCHEDULED", "scheduledChange", "ACTION_MAY_BE_REQUIRED"),
  type("ELASTICLOADBALANCING", "AWS_ELASTICLOADBALANCING_OPERATIONAL_ISSUE", "issue", "INFORMATIONAL"),
  type("LAMBDA", "AWS_LAMBDA_OPERATIONAL_ISSUE", "issue", "INFORMATIONAL"),
  type("LAMBDA", "AWS_LAMBDA_PLANNED_LIFECYCLE_EVENT", "scheduledChange", "ACTION_REQUIRED", [
    "OPERATIONS",
    "SECURITY",
  ]),
  type("RDS", "AWS_RDS_MAINTENANCE_SCHEDULED", "scheduledChange", "ACTION_MAY_BE_REQUIRED"),
  type("RDS", "AWS_RDS_OPERATIONAL_ISSUE", "issue", "INFORMATIONAL"),
  type("RDS", "AWS_RDS_OPERATIONAL_NOTIFICATION", "accountNotification", "ACTION_REQUIRED", [
    "SECURITY",
    "OPERATIONS",
  ]),
  type("S3", "AWS_S3_OPERATIONAL_ISSUE", "issue", "INFORMATIONAL"),
  type("SQS", "AWS_SQS_OPERATIONAL_ISSUE", "issue", "INFORMATIONAL"),
];
