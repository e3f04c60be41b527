import { z } from "zod";

// Wire contracts of authentication: login, setup, users, tokens, displays, audit (see README "HTTP API").

/** Password rules shared by the server and the browser's forms (lib/auth/password-rules re-exports them). */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

const email = z.string().trim().max(320).email("must be an email address");
const password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`);
const userRole = z.enum(["viewer", "editor", "admin"]);
const role = z.enum(["viewer", "editor", "admin", "display"]);
const ids = z.array(z.string().trim().min(1).max(100)).max(200);

export const loginBody = z.object({
  email: z.string().trim().min(1, "is required").max(320),
  // Checked against the stored hash only; length bounded so hashing cannot be made expensive.
  password: z.string().min(1, "is required").max(PASSWORD_MAX_LENGTH),
});

export const setupBody = z.object({ token: z.string().min(1).max(200), email, password });

export const passwordChangeBody = z.object({
  currentPassword: z.string().min(1, "is required").max(PASSWORD_MAX_LENGTH),
  newPassword: password,
});

export const pairBody = z
  .object({
    code: z.string().trim().min(1).max(20).optional(),
    token: z.string().trim().min(1).max(200).optional(),
  })
  .refine((v) => Boolean(v.code) !== Boolean(v.token), {
    message: "give either code or token",
    path: ["code"],
  });

export const meResponse = z.object({
  email: z.string(),
  role,
  kind: z.enum(["user", "token", "display", "anonymous"]),
  dashboards: z.array(z.string()).optional(),
  playlists: z.array(z.string()).optional(),
});
export type Me = z.infer<typeof meResponse>;

export const createUserBody = z.object({ email, password: password.optional(), role: userRole });
export const updateUserBody = z
  .object({ role: userRole.optional(), password: password.optional(), disabled: z.boolean().optional() })
  .refine((v) => Object.keys(v).length > 0, { message: "nothing to change" });

export const createTokenBody = z
  .object({
    name: z.string().trim().min(1, "is required").max(100),
    role,
    expiresAt: z.iso
      .datetime({ offset: true, error: "must be an ISO 8601 date-time" })
      .transform((v) => new Date(v))
      .refine((d) => d.getTime() > Date.now(), "must be in the future")
      .optional(),
    dashboards: ids.optional(),
    playlists: ids.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.role !== "display" && (v.dashboards?.length || v.playlists?.length))
      ctx.addIssue({ code: "custom", path: ["dashboards"], message: "only display tokens name dashboards" });
    if (v.role === "display" && !v.dashboards?.length && !v.playlists?.length)
      ctx.addIssue({
        code: "custom",
        path: ["dashboards"],
        message: "a display token needs at least one dashboard or playlist",
      });
  });

export const createPairingCodeBody = z
  .object({
    name: z.string().trim().min(1, "is required").max(100),
    dashboards: ids.default([]),
    playlists: ids.default([]),
  })
  .refine((v) => v.dashboards.length + v.playlists.length > 0, {
    message: "name at least one dashboard or playlist",
    path: ["dashboards"],
  });

export const auditQuery = z.object({
  action: z.string().max(50).optional(),
  actor: z.string().max(320).optional(),
  targetType: z.string().max(50).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

// Responses of the Admin lists and the calls the browser reads an answer from.

export const userViewSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: userRole,
  source: z.string(),
  disabled: z.boolean(),
  hasPassword: z.boolean(),
  createdAt: z.string(),
});
export type UserJson = z.infer<typeof userViewSchema>;
export const usersResponse = z.object({ users: z.array(userViewSchema) });

export const tokenViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  role,
  dashboards: z.array(z.string()),
  playlists: z.array(z.string()),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revoked: z.boolean(),
});
export type TokenJson = z.infer<typeof tokenViewSchema>;
export const tokensResponse = z.object({ tokens: z.array(tokenViewSchema) });
/** POST /api/tokens: the secret is shown once. */
export const createdTokenResponse = z.looseObject({ id: z.string(), token: z.string() });

export const displayViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  dashboards: z.array(z.string()),
  playlists: z.array(z.string()),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  revoked: z.boolean(),
  address: z.string(),
});
export type DisplayJson = z.infer<typeof displayViewSchema>;
export const displaysResponse = z.object({ displays: z.array(displayViewSchema) });
export const pairingCodeResponse = z.object({ code: z.string(), expiresAt: z.string() });
/** POST /api/auth/pair: what the paired screen may show. */
export const pairResponse = z.object({ dashboards: z.array(z.string()), playlists: z.array(z.string()) });

export const auditEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  detail: z.unknown(),
  address: z.string(),
});
export type AuditEventJson = z.infer<typeof auditEventSchema>;
export const auditResponse = z.object({ events: z.array(auditEventSchema) });
