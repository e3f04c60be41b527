import { z } from "zod";

// How the server reaches one AWS account. Stored in Postgres (lib/accounts) or read from the accounts file.

export const credentialTypes = ["default", "profile", "assumeRole"] as const;

export const accountConfigSchema = z
  .object({
    name: z.string().trim().min(1).max(64),
    accountId: z.string().regex(/^\d{12}$/, "must be a 12-digit AWS account id"),
    credentialType: z.enum(credentialTypes),
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
    regions: z.array(z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "not a Region code")).min(1),
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

/** An account as the server uses it: its registry id plus how to reach it. */
export interface AccountTarget extends AccountConfig {
  id: string;
}
