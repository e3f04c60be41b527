// Shared request-parsing pieces: zod schemas that accept every wire form (JSON/CBOR values, awsQuery
// strings) and report violations in AWS's request-validator wording.

import { z } from "zod";
import { describeIssue, zBool, zInt, zNumber, zString } from "@/lib/simulator/cloudwatch/coerce";
import { STANDARD_UNITS } from "@/lib/simulator/cloudwatch/put-metric-data";
import {
  MAX_ACTIONS_PER_STATE,
  MAX_ALARM_NAME_LENGTH,
  MAX_DESCRIPTION_LENGTH,
  MAX_TAG_KEY_LENGTH,
  MAX_TAG_VALUE_LENGTH,
  MAX_TAGS,
} from "./constants";
import { validationError } from "./errors";
import type { Tag } from "./model";

export { zBool, zInt, zNumber, zString, STANDARD_UNITS };

/** A list member (awsQuery sends an empty list as ""), optionally bounded in length. */
export function zList<T extends z.ZodType>(item: T, max?: number) {
  const array = max === undefined ? z.array(item) : z.array(item).max(max);
  return z.preprocess((v) => (v === "" ? [] : v), array);
}

export const zAlarmName = zString.min(1).max(MAX_ALARM_NAME_LENGTH);
export const zActions = zList(zString.min(1).max(1024), MAX_ACTIONS_PER_STATE).optional();
export const zDescription = zString.max(MAX_DESCRIPTION_LENGTH).optional();
export const zTags = zList(
  z.object({ Key: zString.min(1).max(MAX_TAG_KEY_LENGTH), Value: zString.max(MAX_TAG_VALUE_LENGTH) }),
  MAX_TAGS,
).optional();
export const zDimensions = zList(
  z.object({ Name: zString.min(1).max(255), Value: zString.min(1).max(1024) }),
  30,
);
export const zUnit = z.enum(STANDARD_UNITS);

/** Parses with the schema or throws AWS's "1 validation error detected: …" ValidationError. */
export function parseInput<T extends z.ZodType>(schema: T, input: Record<string, unknown>): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(describeIssue(parsed.error, input));
  return parsed.data;
}

export function tagsOf(tags: readonly { Key: string; Value: string }[] | undefined): Tag[] {
  const out: Tag[] = [];
  for (const t of tags ?? []) {
    const existing = out.find((x) => x.Key === t.Key);
    if (existing) existing.Value = t.Value;
    else out.push({ Key: t.Key, Value: t.Value });
  }
  return out;
}
