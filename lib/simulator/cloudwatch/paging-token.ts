// Opaque NextToken values: base64url JSON, bound to the request they continue by a hash of its parameters.

import { hashString } from "@/lib/simulator/demo/hash";

export function requestFingerprint(parts: unknown): string {
  return hashString(JSON.stringify(parts)).toString(36);
}

export function encodeToken(payload: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(payload), "utf8").toString("base64url");
}

/** The payload, or undefined when the token is malformed or belongs to another request. */
export function decodeToken(token: string, fingerprint: string): Record<string, unknown> | undefined {
  try {
    const payload: unknown = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
    if (typeof payload !== "object" || payload === null || Array.isArray(payload)) return undefined;
    const record = payload as Record<string, unknown>;
    return record.f === fingerprint ? record : undefined;
  } catch {
    return undefined;
  }
}
