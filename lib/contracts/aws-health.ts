import { z } from "zod";
import { healthEventRecordSchema } from "./aws-health-model";

// Wire contracts of /api/aws-health/events and /api/aws-health/events/detail.

function csv(max = 255) {
  return z
    .string()
    .optional()
    .transform((v) => (v ? v.split(",").filter(Boolean) : []))
    .pipe(z.array(z.string().min(1).max(max)));
}

export const healthEventsQuerySchema = z.object({
  service: csv(),
  region: csv(),
  category: csv(),
  account: csv(12),
  status: csv(),
  /** The saved dashboard whose Health widgets ask. Wall screens and anonymous viewers must name it and are
   *  answered only what its widgets show; full users may omit it and it does not narrow their answer. */
  dashboardId: z.string().min(1).max(200).optional(),
});
export type HealthEventsQuery = z.input<typeof healthEventsQuerySchema>;

export const healthLinkSchema = z.object({
  kind: z.enum(["alarm", "dashboard"]),
  label: z.string(),
  href: z.string(),
  /** The entity value (instance id, DB id, …) the link matched. */
  entity: z.string(),
});

export const healthEventViewSchema = healthEventRecordSchema.extend({
  /** Registered accounts the event concerns (name shown where known). */
  accounts: z.array(z.object({ id: z.string(), name: z.string() })),
  links: z.array(healthLinkSchema),
  /** Seen through an organization's view. */
  viaOrganization: z.boolean(),
});

export const healthSourceSchema = z.object({
  accountId: z.string(),
  accountName: z.string(),
  organization: z.boolean(),
  fetchedAt: z.string().optional(),
  attemptedAt: z.string(),
  error: z.object({ kind: z.string(), message: z.string() }).optional(),
  stale: z.boolean(),
});

export const healthEventsResponseSchema = z.object({
  events: z.array(healthEventViewSchema),
  sources: z.array(healthSourceSchema),
  /** Every value present, for the filter menus. */
  facets: z.object({
    services: z.array(z.string()),
    regions: z.array(z.string()),
    categories: z.array(z.string()),
    accounts: z.array(z.object({ id: z.string(), name: z.string() })),
  }),
  pollIntervalSeconds: z.number(),
  supportPlans: z.string(),
});
export type HealthEventsResponse = z.infer<typeof healthEventsResponseSchema>;
export type HealthEventView = z.infer<typeof healthEventViewSchema>;
export type HealthSourceJson = z.infer<typeof healthSourceSchema>;
export type HealthLink = z.infer<typeof healthLinkSchema>;

export const healthEventDetailQuerySchema = z.object({ arn: z.string().min(1).max(1600) });
export const healthEventDetailResponseSchema = z.object({ event: healthEventViewSchema });
export type HealthEventDetailResponse = z.infer<typeof healthEventDetailResponseSchema>;
