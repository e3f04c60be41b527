// AWS JSON 1.0 / 1.1 bodies. Timestamps leave as epoch seconds (numbers), which is what the SDK expects for
// CloudWatch and Health; Logs handlers already return epoch-millisecond numbers.
// Outputs are first turned into JSON-ready values (Dates and TimestampLists become numbers, typed arrays become
// arrays, number arrays are passed through untouched) and then given to the native JSON.stringify: a replacer
// function would be called once per point, which made large GetMetricData replies several times slower.
import { serializationError } from "../errors";
import { TimestampList, WireMap } from "../types";
import { isNumericTypedArray, isRecord, isValidDate } from "../values";

function dateSeconds(date: Date): number | null {
  return isValidDate(date) ? date.getTime() / 1000 : null;
}

function jsonReadyArray(list: unknown[]): unknown[] {
  let i = 0;
  while (i < list.length && typeof list[i] === "number") i++;
  if (i === list.length) return list;
  const out = list.slice(0, i);
  for (; i < list.length; i++) out.push(jsonReady(list[i]));
  return out;
}

function jsonReady(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return jsonReadyArray(value);
  if (value instanceof Date) return dateSeconds(value);
  if (value instanceof TimestampList) return Array.from(value.epochSeconds);
  if (value instanceof WireMap) return jsonReady(value.entries);
  if (value instanceof Uint8Array)
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("base64");
  if (isNumericTypedArray(value)) return Array.from(value);
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) out[key] = jsonReady(member);
  return out;
}

export function encodeJson(output: unknown): string {
  return JSON.stringify(jsonReady(output ?? {})) ?? "{}";
}

export function decodeJsonInput(body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString("utf8"));
  } catch {
    throw serializationError("The request body is not valid JSON.");
  }
  if (!isRecord(parsed)) throw serializationError("Start of structure or map found where not expected.");
  return parsed;
}
