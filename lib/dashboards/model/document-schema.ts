import { z } from "zod";
import { refreshIntervalSchema, timeRangeSchema, timeZoneSettingSchema } from "@/lib/time";
import { DASHBOARD_SCHEMA_VERSION, MAX_WIDGETS } from "./constants";
import { kioskSettingsSchema } from "./kiosk-schema";
import { extraBagSchema } from "./query-schema";
import { widgetSchema } from "./widget-schema";

/**
 * A dashboard variable, shaped like CloudWatch's: a `property` variable replaces one property (e.g. InstanceId or
 * region) everywhere; a `pattern` variable replaces a regex across the dashboard. Values are listed or searched.
 */
export const variableSchema = z
  .looseObject({
    id: z.string().min(1),
    type: z.enum(["property", "pattern"]),
    property: z.string().min(1).optional(),
    pattern: z.string().min(1).optional(),
    inputType: z.enum(["input", "select", "radio"]),
    label: z.string().optional(),
    /** "__FIRST" selects the first search result. */
    defaultValue: z.string().optional(),
    visible: z.boolean().optional(),
    values: z.array(z.looseObject({ value: z.string(), label: z.string().optional() })).optional(),
    search: z.string().optional(),
    populateFrom: z.string().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.type === "property" && v.property === undefined) {
      ctx.addIssue({ code: "custom", message: "A property variable needs `property`", path: ["property"] });
    }
    if (v.type === "pattern" && v.pattern === undefined) {
      ctx.addIssue({ code: "custom", message: "A pattern variable needs `pattern`", path: ["pattern"] });
    }
  });

export const awsAccountIdSchema = z.string().regex(/^\d{12}$/, "An AWS account id is 12 digits");

export const documentSchema = z.strictObject({
  schemaVersion: z.literal(DASHBOARD_SCHEMA_VERSION),
  title: z.string().max(255).optional(),
  /**
   * AWS account every widget without its own `accountId` reads (CloudWatch's meaning: the account the dashboard
   * belongs to). Recorded at creation, import and upgrade; absent only when no account was registered then, and
   * such widgets then say so instead of reading whichever account happens to be first.
   */
  defaultAccountId: awsAccountIdSchema.optional(),
  /** Region new widgets start in, shown in the header. */
  defaultRegion: z.string().min(1).max(64),
  defaultRange: timeRangeSchema,
  defaultRefresh: refreshIntervalSchema,
  /** Absent: the viewer's local zone. */
  timezone: timeZoneSettingSchema.optional(),
  /** CloudWatch's `periodOverride`: "auto" adapts every graph's period to the range; "inherit" obeys each widget. */
  periodOverride: z.enum(["auto", "inherit"]).optional(),
  variables: z.array(variableSchema),
  widgets: z.array(widgetSchema).max(MAX_WIDGETS),
  /** Watchwall only (not exported): log groups "View logs" opens for widgets without their own links. */
  logGroupLinks: z.array(z.string().min(1)).max(50).optional(),
  /** Wall-display behaviour (kiosk mode); absent: the defaults (no controls, fit to screen). */
  kiosk: kioskSettingsSchema.optional(),
  /** Unknown top-level CloudWatch keys, written back on export. */
  extra: extraBagSchema.optional(),
  /** `start`/`end` exactly as imported; exported again while `defaultRange` still means the same thing. */
  sourceTime: z.strictObject({ start: z.string().optional(), end: z.string().optional() }).optional(),
});

export type DashboardVariable = z.infer<typeof variableSchema>;
export type DashboardDocument = z.infer<typeof documentSchema>;
