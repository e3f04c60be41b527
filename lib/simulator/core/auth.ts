// Reads the SigV4 credential scope (`<AKID>/<date>/<region>/<service>/aws4_request`) from the Authorization
// header or a presigned query string. Signatures are not verified: the simulator only needs to know who is
// calling and from which Region, and to refuse obviously unsigned requests the way AWS does.
import type { IncomingHttpHeaders } from "node:http";

export interface CredentialScope {
  accessKeyId: string;
  date: string;
  region: string;
  /** SigV4 signing name, e.g. `monitoring`, `logs`, `sts`. */
  service: string;
}

export type AuthParse =
  | { kind: "missing" }
  | { kind: "malformed"; detail: string }
  | { kind: "ok"; scope: CredentialScope; sessionToken?: string };

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function parseCredential(credential: string): CredentialScope | undefined {
  const parts = credential.split("/");
  if (parts.length !== 5 || parts[4] !== "aws4_request") return undefined;
  const [accessKeyId, date, region, service] = parts;
  if (!accessKeyId || !date || !region || !service) return undefined;
  return { accessKeyId, date, region, service };
}

function fromHeader(authorization: string, sessionToken: string | undefined): AuthParse {
  // AWS treats anything that is not a SigV4 header as "no authentication at all".
  if (!authorization.startsWith("AWS4-")) return { kind: "missing" };
  const params = new Map<string, string>();
  for (const piece of authorization.slice(authorization.indexOf(" ") + 1).split(",")) {
    const eq = piece.indexOf("=");
    if (eq > 0) params.set(piece.slice(0, eq).trim(), piece.slice(eq + 1).trim());
  }
  const missing = ["Credential", "Signature", "SignedHeaders"].filter((k) => !params.get(k));
  if (missing.length > 0) {
    return {
      kind: "malformed",
      detail: missing.map((k) => `Authorization header requires '${k}' parameter.`).join(" "),
    };
  }
  const credential = params.get("Credential") ?? "";
  const scope = parseCredential(credential);
  if (!scope)
    return {
      kind: "malformed",
      detail: `Credential should be scoped correctly: '${credential.slice(0, 200)}'.`,
    };
  return { kind: "ok", scope, sessionToken };
}

export function parseAuthentication(headers: IncomingHttpHeaders, query: URLSearchParams): AuthParse {
  const authorization = header(headers, "authorization");
  const headerToken = header(headers, "x-amz-security-token");
  if (authorization !== undefined && authorization.trim() !== "")
    return fromHeader(authorization.trim(), headerToken);
  const presigned = query.get("X-Amz-Credential");
  if (presigned !== null) {
    const scope = parseCredential(presigned);
    if (!scope)
      return {
        kind: "malformed",
        detail: `Credential should be scoped correctly: '${presigned.slice(0, 200)}'.`,
      };
    return { kind: "ok", scope, sessionToken: query.get("X-Amz-Security-Token") ?? headerToken };
  }
  return { kind: "missing" };
}
