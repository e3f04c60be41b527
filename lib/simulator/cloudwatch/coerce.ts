// Zod building blocks that accept every wire form of a value: JSON/CBOR send numbers, booleans and epoch
// seconds (or Date from CBOR); awsQuery sends strings for everything and "" for an empty list.

import { z } from "zod";
import { CONSTRAINT, validationMessage, violation } from "@/lib/simulator/core/validation-message";

const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$|^[+-]?(Infinity|NaN)$/;

export const zNumber = z.union([
  z.number(),
  z.bigint().transform((n) => Number(n)),
  z
    .string()
    .regex(NUMERIC, "must be a number")
    .transform((s) => Number(s)),
]);

export const zInt = zNumber.refine((n) => Number.isInteger(n), "must be an integer");

export const zBool = z.union([z.boolean(), z.enum(["true", "false"]).transform((s) => s === "true")]);

/** Epoch seconds (number), ISO-8601 or epoch-seconds string, or Date. Returns epoch seconds (fractional). */
export const zTime = z.union([
  z.date().transform((d) => d.getTime() / 1000),
  z.number().transform((n) => n),
  z.bigint().transform((n) => Number(n)),
  z.string().transform((s, ctx) => {
    const seconds = NUMERIC.test(s) ? Number(s) : Date.parse(s) / 1000;
    if (!Number.isFinite(seconds)) {
      ctx.addIssue({ code: "custom", message: `'${s}' is not a valid timestamp` });
      return z.NEVER;
    }
    return seconds;
  }),
]);

export const zString = z.string();

/** A list; the query protocol encodes an empty list as an empty string. */
export function zList<T extends z.ZodType>(item: T) {
  return z.preprocess((v) => (v === "" ? [] : v), z.array(item));
}

/** `MetricData.0.Unit` → `metricData.1.member.unit`, the member path AWS's request validator reports. */
function memberPath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === "number" ? `${p + 1}.member` : lowerFirst(String(p)))).join(".");
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const p of path) {
    if (typeof v !== "object" || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

function constraintOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return CONSTRAINT.notNull;
    case "too_small":
      return issue.origin === "string" || issue.origin === "array"
        ? CONSTRAINT.minLength(Number(issue.minimum))
        : CONSTRAINT.minValue(Number(issue.minimum));
    case "too_big":
      return issue.origin === "string" || issue.origin === "array"
        ? CONSTRAINT.maxLength(Number(issue.maximum))
        : CONSTRAINT.maxValue(Number(issue.maximum));
    case "invalid_value":
      return `Member must satisfy enum value set: [${issue.values.map(String).join(", ")}]`;
    default:
      return issue.message;
  }
}

/** Renders the first zod issue the way CloudWatch's request validator words it. */
export function describeIssue(error: z.ZodError, input: unknown): string {
  const issue = error.issues[0];
  if (!issue) return validationMessage([]);
  const value = valueAt(input, issue.path);
  const shown = typeof value === "object" ? undefined : value;
  return validationMessage([violation(shown, memberPath(issue.path), constraintOf(issue))]);
}

function lowerFirst(s: string): string {
  return s.length > 0 ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
