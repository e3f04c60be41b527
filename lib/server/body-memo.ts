import crypto from "node:crypto";
import { LRUCache } from "lru-cache";

// Every screen showing a dashboard sends the same request body at every refresh: fifty screens, fifty
// byte-identical bodies to parse and validate. A route may opt in to remembering its last few valid bodies by
// the hash of their bytes, so the same bytes are validated once. The value handed out is shared by all those
// requests, so it is frozen, deeply: a handler that tried to change it would fail loudly instead of changing
// what other requests see. Only valid bodies are kept; a refused one is checked again every time.

/** [I] Bytes of request bodies whose validated values are kept, per route. */
export const BODY_MEMO_MAX_BYTES = 8 * 1024 * 1024;

function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  return Object.freeze(value);
}

export class BodyMemo<T> {
  private readonly kept: LRUCache<string, { value: T }>;

  constructor(maxBytes = BODY_MEMO_MAX_BYTES) {
    this.kept = new LRUCache<string, { value: T }>({
      maxSize: maxBytes,
      sizeCalculation: (_value, key) => Math.max(1, Number(key.slice(0, key.indexOf(":")))),
    });
  }

  /** The validated value of these bytes: kept from earlier identical bytes, or `validate()`d now and kept. */
  valueOf(bytes: Uint8Array, validate: () => T): T {
    const key = `${bytes.byteLength}:${crypto.createHash("sha256").update(bytes).digest("base64")}`;
    const known = this.kept.get(key);
    if (known) return known.value;
    const value = deepFreeze(validate());
    this.kept.set(key, { value });
    return value;
  }
}
