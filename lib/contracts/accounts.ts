import { z } from "zod";
import { awsAccountId, awsFailureSchema, regionCode } from "./common";

// /api/accounts: registered AWS accounts. What goes in is how the server reaches an account; what comes out
// never carries credentials (the external id is reported only as set or not).

export const CREDENTIAL_TYPES = ["default", "profile", "assumeRole"] as const;
export const ACCOUNT_SOURCES = ["ui", "config", "simulator"] as const;

export const accountConfigSchema = z
  .object({
    name: z.string().trim().min(1).max(64),
    accountId: awsAccountId,
    credentialType: z.enum(CREDENTIAL_TYPES),
    profile: z.string().trim().min(1).max(128).optional(),
    roleArn: z
      .string()
      .regex(/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/, "must be an IAM role ARN")
      .optional(),
    externalId: z.string().trim().min(2).max(1224).optional(),
    sessionName: z
      .string()
      .regex(/^[\w+=,.@-]{2,64}$/, "2-64 characters of letters, digits and +=,.@-_")
      .optional(),
    regions: z.array(regionCode).min(1),
  })
  .superRefine((value, ctx) => {
    if (value.credentialType === "profile" && !value.profile) {
      ctx.addIssue({ code: "custom", path: ["profile"], message: "a named profile is required" });
    }
    if (value.credentialType === "assumeRole" && !value.roleArn) {
      ctx.addIssue({ code: "custom", path: ["roleArn"], message: "a role ARN is required" });
    }
    if (value.roleArn && !value.roleArn.includes(`::${value.accountId}:`)) {
      ctx.addIssue({ code: "custom", path: ["roleArn"], message: "the role must belong to the account" });
    }
  });
export type AccountConfig = z.infer<typeof accountConfigSchema>;

/** PUT /api/accounts/:id: the full config; `externalId: null` removes the stored one, absent keeps it. */
export const updateAccountBody = z.object({ externalId: z.string().nullable().optional() }).loose();

export const accountViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  accountId: z.string(),
  credentialType: z.enum(CREDENTIAL_TYPES),
  profile: z.string().optional(),
  roleArn: z.string().optional(),
  hasExternalId: z.boolean(),
  sessionName: z.string().optional(),
  regions: z.array(z.string()),
  source: z.enum(ACCOUNT_SOURCES),
});
export type AccountView = z.infer<typeof accountViewSchema>;

export const accountListResponse = z.object({ accounts: z.array(accountViewSchema) });

/** POST /api/accounts/:id/test */
export const connectionTestBody = z.object({ regions: z.array(z.string().min(1)).max(30).optional() });

export const regionCheckSchema = z.object({
  region: z.string(),
  ok: z.boolean(),
  identityArn: z.string().optional(),
  failure: awsFailureSchema
    .extend({ step: z.enum(["credentials", "identity", "cloudwatch"]), description: z.string() })
    .optional(),
});
export type RegionCheck = z.infer<typeof regionCheckSchema>;

export const connectionTestResponse = z.object({ ok: z.boolean(), checks: z.array(regionCheckSchema) });
export type ConnectionTestResult = z.infer<typeof connectionTestResponse>;
