import { z } from "zod";

// Environment variables of authentication (issue #10), merged into lib/config/env.ts's schema.

const optionalUrl = z
  .string()
  .url("must be an absolute URL such as https://watchwall.example.com")
  .refine((v) => /^https?:\/\//.test(v), "must start with http:// or https://")
  .optional();
const list = z
  .string()
  .transform((v) =>
    v
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .optional();
const positive = (what: string) =>
  z.coerce.number({ error: `must be a number of ${what}` }).positive(`must be a positive number of ${what}`);
const role = z.enum(["viewer", "editor", "admin"], { error: "must be viewer, editor or admin" });
const cidr = z
  .string()
  .regex(
    /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-fA-F:]+)(\/\d{1,3})?$/,
    "must be a comma-separated list of addresses or CIDR ranges",
  );

export const authEnvShape = {
  WATCHWALL_PUBLIC_URL: optionalUrl,
  WATCHWALL_ALLOWED_HOSTS: list,
  WATCHWALL_ADMIN_EMAIL: z.string().email("must be an email address").optional(),
  WATCHWALL_ADMIN_PASSWORD: z.string().min(12, "must be at least 12 characters").max(256).optional(),
  WATCHWALL_SESSION_IDLE_HOURS: positive("hours").default(24),
  WATCHWALL_SESSION_MAX_DAYS: positive("days").default(30),
  WATCHWALL_OIDC_ISSUER: optionalUrl,
  WATCHWALL_OIDC_CLIENT_ID: z.string().min(1).optional(),
  WATCHWALL_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  WATCHWALL_OIDC_GROUPS_CLAIM: z.string().min(1).default("groups"),
  WATCHWALL_OIDC_ROLE_MAP: z
    .string()
    .regex(
      /^\s*[^=,]+=(viewer|editor|admin)\s*(,\s*[^=,]+=(viewer|editor|admin)\s*)*$/,
      "must look like group=role,group=role (roles: viewer, editor, admin)",
    )
    .optional(),
  WATCHWALL_OIDC_DEFAULT_ROLE: z.enum(["viewer", "editor", "admin", "none"]).default("viewer"),
  WATCHWALL_OIDC_SCOPES: z.string().min(1).default("openid email profile groups"),
  WATCHWALL_PROXY_USER_HEADER: z
    .string()
    .regex(/^[A-Za-z0-9-]+$/, "must be an HTTP header name")
    .optional(),
  WATCHWALL_PROXY_ROLE_HEADER: z
    .string()
    .regex(/^[A-Za-z0-9-]+$/, "must be an HTTP header name")
    .optional(),
  WATCHWALL_PROXY_TRUSTED_ADDRESSES: z
    .string()
    .transform((v) =>
      v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(cidr).min(1))
    .optional(),
  WATCHWALL_PROXY_DEFAULT_ROLE: role.default("viewer"),
  WATCHWALL_ANONYMOUS_DASHBOARDS: list,
  WATCHWALL_FRAME_ANCESTORS: z
    .string()
    .regex(/^[^;,]+$/, "must be a space-separated CSP source list, e.g. 'self' https://wiki.example.com")
    .default("'self'"),
  WATCHWALL_ALLOWED_ACCOUNT_IDS: z
    .string()
    .regex(/^\s*\d{12}\s*(,\s*\d{12}\s*)*$/, "must be a comma-separated list of 12-digit account ids")
    .transform((v) => v.split(",").map((s) => s.trim()))
    .optional(),
} as const;
