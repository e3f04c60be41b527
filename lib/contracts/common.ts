import { z } from "zod";

// Shapes every resource shares on the wire: path parameters, the error body, an AWS failure.

/** A path segment naming a stored record (dashboard, account): non-empty, bounded. */
export const recordId = z.string().trim().min(1).max(100);
export const idParams = z.object({ id: recordId });

export const issueSchema = z.object({ path: z.string(), message: z.string() });
export type Issue = z.infer<typeof issueSchema>;

/** Every error response: { error: { code, message, issues?, ... } } (extra fields per error, e.g. `current`). */
export const errorBodySchema = z.object({
  error: z.looseObject({ code: z.string(), message: z.string(), issues: z.array(issueSchema).optional() }),
});

export const AWS_FAILURE_KINDS = [
  "no-credentials",
  "expired-credentials",
  "access-denied",
  "region-disabled",
  "throttled",
  "not-found",
  "invalid-request",
  "subscription-required",
  "unavailable",
  "timeout",
  "unknown",
] as const;

export const awsFailureSchema = z.object({
  kind: z.enum(AWS_FAILURE_KINDS),
  /** AWS's error code (e.g. `Throttling`, `AccessDenied`) when there is one. */
  code: z.string().optional(),
  message: z.string(),
  httpStatus: z.number().optional(),
  /** Whether trying again later can help. */
  retryable: z.boolean(),
});

/** A 204 answer: no body. */
export const noContent = z.undefined();

/** Timestamps travel as ISO strings. */
export const isoDateTime = z.iso.datetime({ offset: true });

export const regionCode = z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "not a Region code");
export const awsAccountId = z.string().regex(/^\d{12}$/, "must be a 12-digit AWS account id");

/** An answer the caller does not read: a success status is all it needs. */
export const ignoredBody = z.unknown();
