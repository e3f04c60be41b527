// Smithy RPC v2 CBOR bodies. The raw `cbor` codec of @smithy/core knows nothing about Dates (it would write
// an empty map), so outputs are first converted to CBOR-ready values (timestamps become tag 1, epoch seconds)
// and decoded inputs are normalised back (tag 1 becomes a Date, bigints become numbers).
import { cbor, dateToTag, tag, tagSymbol } from "@smithy/core/cbor";
import { NumericValue } from "@smithy/core/serde";
import { serializationError } from "../errors";
import { TimestampList, WireMap } from "../types";
import { isNumericTypedArray, isRecord, isUnsafeKey, isValidDate } from "../values";

const EPOCH_SECONDS_TAG = 1;

function toCborValue(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Date) return isValidDate(value) ? dateToTag(value) : null;
  if (value instanceof TimestampList) {
    const out = new Array<unknown>(value.epochSeconds.length);
    for (let i = 0; i < out.length; i++)
      out[i] = tag({ tag: EPOCH_SECONDS_TAG, value: value.epochSeconds[i] });
    return out;
  }
  if (value instanceof WireMap) return toCborValue(value.entries);
  if (value instanceof Uint8Array) return value;
  if (isNumericTypedArray(value)) return Array.from(value);
  if (Array.isArray(value)) return value.map((v: unknown) => (v === undefined ? null : toCborValue(v)));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v !== undefined) out[k] = toCborValue(v);
  }
  return out;
}

export function encodeCbor(output: unknown): Uint8Array {
  return cbor.serialize(toCborValue(output ?? {}));
}

function isTagged(value: object): value is { tag: number | bigint; value: unknown } {
  return tagSymbol in value && "tag" in value && "value" in value;
}

function fromCborValue(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Uint8Array) return value;
  if (value instanceof NumericValue) return Number(value.string);
  if (Array.isArray(value)) return value.map(fromCborValue);
  if (isTagged(value)) {
    const inner = fromCborValue(value.value);
    if (Number(value.tag) === EPOCH_SECONDS_TAG && typeof inner === "number") return new Date(inner * 1000);
    return inner;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (!isUnsafeKey(k)) out[k] = fromCborValue(v);
  }
  return out;
}

export function decodeCborInput(body: Uint8Array): Record<string, unknown> {
  if (body.length === 0) return {};
  let decoded: unknown;
  try {
    decoded = fromCborValue(cbor.deserialize(body));
  } catch {
    throw serializationError("The request body is not valid CBOR.");
  }
  if (!isRecord(decoded)) throw serializationError("Start of structure or map found where not expected.");
  return decoded;
}
