// Type guards shared by the codecs (no protocol knowledge here).

export type NumericTypedArray =
  | Float64Array
  | Float32Array
  | Int32Array
  | Uint32Array
  | Int16Array
  | Uint16Array
  | Int8Array
  | Uint8ClampedArray;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Typed arrays that stand for lists of numbers (Uint8Array is excluded: it is a blob). */
export function isNumericTypedArray(value: unknown): value is NumericTypedArray {
  return (
    value instanceof Float64Array ||
    value instanceof Float32Array ||
    value instanceof Int32Array ||
    value instanceof Uint32Array ||
    value instanceof Int16Array ||
    value instanceof Uint16Array ||
    value instanceof Int8Array ||
    value instanceof Uint8ClampedArray
  );
}

/** Keys that must never be copied from untrusted input into a plain object. */
export function isUnsafeKey(key: string): boolean {
  return key === "__proto__" || key === "constructor" || key === "prototype";
}

export function isValidDate(value: Date): boolean {
  return !Number.isNaN(value.getTime());
}
