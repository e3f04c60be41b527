// Opaque nextToken values: base64url JSON bound to the request they continue by a fingerprint of its
// parameters, so a token replayed with other parameters is rejected as invalid (as AWS does).

import { hashString } from "@/lib/simulator/demo/hash";
import { invalidToken } from "./errors";

export function fingerprint(parts: unknown): string {
  return hashString(JSON.stringify(parts)).toString(36);
}

export function encodeToken(fp: string, payload: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify({ ...payload, f: fp }), "utf8").toString("base64url");
}

/** The payload of a token issued for a request with this fingerprint; throws InvalidParameterException otherwise. */
export function decodeToken(token: string, fp: string): Record<string, unknown> {
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
  } catch {
    throw invalidToken();
  }
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) throw invalidToken();
  const record = payload as Record<string, unknown>;
  if (record.f !== fp) throw invalidToken();
  return record;
}

export function tokenNumber(payload: Record<string, unknown>, key: string): number {
  const v = payload[key];
  if (typeof v !== "number" || !Number.isFinite(v)) throw invalidToken();
  return v;
}

export function tokenString(payload: Record<string, unknown>, key: string): string {
  const v = payload[key];
  if (typeof v !== "string") throw invalidToken();
  return v;
}
