// Reading request members with the service model's constraints (required, length, range, enum).

import { asArray, asBoolean, asInteger, asString } from "@/lib/simulator/core/coerce";
import { CONSTRAINT } from "@/lib/simulator/core/validation-message";
import { constraintViolation } from "./errors";

export type Input = Record<string, unknown>;

export function optionalString(
  input: Input,
  member: string,
  maxLength = Infinity,
  minLength = 1,
): string | undefined {
  const value = input[member];
  if (value === undefined || value === null) return undefined;
  const s = asString(value);
  if (s === undefined) throw constraintViolation(value, member, CONSTRAINT.notNull);
  if (s.length < minLength) throw constraintViolation(s, member, CONSTRAINT.minLength(minLength));
  if (s.length > maxLength) throw constraintViolation(s, member, CONSTRAINT.maxLength(maxLength));
  return s;
}

export function requiredString(input: Input, member: string, maxLength = Infinity, minLength = 1): string {
  const s = optionalString(input, member, maxLength, minLength);
  if (s === undefined) throw constraintViolation(undefined, member, CONSTRAINT.notNull);
  return s;
}

export function optionalInteger(input: Input, member: string, min: number, max: number): number | undefined {
  const value = input[member];
  if (value === undefined || value === null) return undefined;
  const n = asInteger(value);
  if (n === undefined) throw constraintViolation(value, member, CONSTRAINT.notNull);
  if (n < min) throw constraintViolation(n, member, CONSTRAINT.minValue(min));
  if (n > max) throw constraintViolation(n, member, CONSTRAINT.maxValue(max));
  return n;
}

export function requiredInteger(input: Input, member: string, min: number, max: number): number {
  const n = optionalInteger(input, member, min, max);
  if (n === undefined) throw constraintViolation(undefined, member, CONSTRAINT.notNull);
  return n;
}

export function optionalBoolean(input: Input, member: string): boolean | undefined {
  const value = input[member];
  if (value === undefined || value === null) return undefined;
  return asBoolean(value);
}

export function optionalEnum<T extends string>(
  input: Input,
  member: string,
  values: readonly T[],
): T | undefined {
  const s = optionalString(input, member);
  if (s === undefined) return undefined;
  if (!(values as readonly string[]).includes(s)) {
    throw constraintViolation(s, member, `Member must satisfy enum value set: [${values.join(", ")}]`);
  }
  return s as T;
}

/** A list of strings; undefined when absent. */
export function optionalStringList(
  input: Input,
  member: string,
  maxItems: number,
  minItems = 1,
): string[] | undefined {
  const value = input[member];
  if (value === undefined || value === null) return undefined;
  const items = asArray(value).map((v) => asString(v) ?? "");
  const shown = `[${items.join(", ")}]`;
  if (items.length < minItems) throw constraintViolation(shown, member, CONSTRAINT.minLength(minItems));
  if (items.length > maxItems) throw constraintViolation(shown, member, CONSTRAINT.maxLength(maxItems));
  return items;
}

/** Epoch-millisecond members (Logs models them as longs, not timestamps). */
export function optionalEpochMs(input: Input, member: string): number | undefined {
  return optionalInteger(input, member, 0, Number.MAX_SAFE_INTEGER);
}
