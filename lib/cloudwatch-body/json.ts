// Small helpers for walking untrusted JSON without `any`.

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** RFC 6901 pointer, as CloudWatch's `dataPath`: ["widgets", 2, "properties"] → "/widgets/2/properties". */
export function jsonPointer(parts: ReadonlyArray<string | number>): string {
  return parts.map((part) => `/${String(part).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

/** The entries of `source` whose keys are not in `known`, or undefined when there are none. */
export function unknownKeys(source: JsonObject, known: ReadonlySet<string>): JsonObject | undefined {
  let extra: JsonObject | undefined;
  for (const [key, value] of Object.entries(source)) {
    if (known.has(key)) continue;
    extra ??= {};
    extra[key] = value;
  }
  return extra;
}

/** Copy without keys whose value is undefined (so deep-equality ignores "absent" vs "undefined"). */
export function withoutUndefined(source: JsonObject): JsonObject {
  const copy: JsonObject = {};
  for (const [key, value] of Object.entries(source)) if (value !== undefined) copy[key] = value;
  return copy;
}

export function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export function numberOrUndefined(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

export function booleanOrUndefined(value: unknown): boolean | undefined {
  return typeof value === "boolean" ? value : undefined;
}

/** `extra` overlaid with the defined entries of `known`: an absent known value never erases a preserved one. */
export function mergeDefined(extra: JsonObject | undefined, known: JsonObject): JsonObject {
  return { ...extra, ...withoutUndefined(known) };
}
