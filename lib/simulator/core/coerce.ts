// Input coercion for handlers: the same member arrives as a JSON number, a CBOR tag/number or an awsQuery
// string depending on the protocol. These helpers return `undefined` for absent or unusable values so the
// handler can raise its own modeled validation error.
import { isRecord, isValidDate } from "./values";

export function asString(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

export function asNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isNaN(value) ? undefined : value;
  if (typeof value === "string" && value.trim() !== "") {
    const n = Number(value);
    return Number.isNaN(n) ? undefined : n;
  }
  return undefined;
}

export function asInteger(value: unknown): number | undefined {
  const n = asNumber(value);
  return n !== undefined && Number.isInteger(n) ? n : undefined;
}

export function asBoolean(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (value === "true") return true;
  if (value === "false") return false;
  return undefined;
}

/** Date, epoch seconds (JSON 1.0 / CBOR), ISO-8601 or numeric strings (awsQuery). */
export function asDate(value: unknown): Date | undefined {
  let date: Date | undefined;
  if (value instanceof Date) date = value;
  else if (typeof value === "number") date = new Date(value * 1000);
  else if (typeof value === "string" && value.trim() !== "") {
    const n = Number(value);
    date = Number.isNaN(n) ? new Date(value) : new Date(n * 1000);
  }
  return date && isValidDate(date) ? date : undefined;
}

/** A list member; awsQuery sends an empty list as `X=` (""). Absent lists become []. */
export function asArray(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return [];
}

export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) ? value : undefined;
}
