import { z } from "zod";

// An AWS Health event as Watchwall keeps it (lib/aws-health/model re-exports this): the event, its latest description and the entities it affects,
// with times as ISO strings so snapshots round-trip through JSON.

export const HEALTH_CATEGORIES = [
  "issue",
  "scheduledChange",
  "accountNotification",
  "investigation",
] as const;
export const HEALTH_STATUSES = ["open", "upcoming", "closed"] as const;

export const healthEntitySchema = z.object({
  value: z.string(),
  arn: z.string().optional(),
  url: z.string().optional(),
  awsAccountId: z.string().optional(),
  status: z.string().optional(),
});

export const healthEventRecordSchema = z.object({
  arn: z.string(),
  service: z.string(),
  eventTypeCode: z.string(),
  category: z.string(),
  region: z.string(),
  availabilityZone: z.string().optional(),
  startTime: z.string().optional(),
  endTime: z.string().optional(),
  lastUpdatedTime: z.string().optional(),
  statusCode: z.string(),
  scope: z.string().optional(),
  description: z.string(),
  /** AWS account ids the event concerns (organization view), or the polled account. */
  affectedAccounts: z.array(z.string()),
  entities: z.array(healthEntitySchema),
});

export type HealthEntity = z.infer<typeof healthEntitySchema>;
export type HealthEventRecord = z.infer<typeof healthEventRecordSchema>;
