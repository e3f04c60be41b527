// Works out which service, wire protocol and operation a request is for, in AWS's own order: X-Amz-Target,
// then the RPC v2 CBOR path, then the awsQuery `Version`/`Action` parameters; the SigV4 signing name breaks
// ties and chooses how to phrase the error when nothing matches.
import type { IncomingHttpHeaders } from "node:http";
import { unknownOperationError } from "./errors";
import {
  defaultProtocol,
  SERVICE_PROTOCOLS,
  serviceByJsonTarget,
  serviceByQueryVersion,
  serviceBySigningName,
  type ServiceProtocolInfo,
  type Wire,
} from "./service-protocols";
import type { AwsServiceError } from "./types";

export type RouteResult =
  { ok: true; wire: Wire; queryParams?: URLSearchParams } | { ok: false; wire: Wire; error: AwsServiceError };

export interface RouteRequest {
  url: URL;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Service named by the SigV4 credential scope, if any. */
  signingName?: string;
}

const CBOR_PATH = /^\/service\/([^/]+)\/operation\/([^/]+)\/?$/;

/** Unroutable requests are answered in plain AWS JSON 1.1, like AWS's shared front end does. */
const FALLBACK_SERVICE = SERVICE_PROTOCOLS.logs;

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function isQueryMode(headers: IncomingHttpHeaders): boolean {
  return headerValue(headers, "x-amzn-query-mode")?.trim().toLowerCase() === "true";
}

function fallbackWire(signingName: string | undefined, queryMode: boolean): Wire {
  const service = (signingName && serviceBySigningName(signingName)) || FALLBACK_SERVICE;
  return { service, protocol: defaultProtocol(service), operation: "", queryMode };
}

function unroutable(wire: Wire, operation = ""): RouteResult {
  return { ok: false, wire, error: unknownOperationError(wire.service, operation) };
}

function isFormRequest(headers: IncomingHttpHeaders, url: URL, body: Buffer): boolean {
  const contentType = headerValue(headers, "content-type") ?? "";
  if (contentType.toLowerCase().includes("application/x-www-form-urlencoded")) return true;
  return body.length === 0 && url.searchParams.has("Action");
}

function routeQuery(req: RouteRequest, queryMode: boolean): RouteResult {
  // URL parameters first so that the body wins for keys given twice.
  const params = new URLSearchParams(req.url.search);
  for (const [k, v] of new URLSearchParams(req.body.toString("utf8"))) params.set(k, v);
  const version = params.get("Version");
  let service: ServiceProtocolInfo | undefined = version ? serviceByQueryVersion(version) : undefined;
  if (!service && !version && req.signingName) service = serviceBySigningName(req.signingName);
  const action = params.get("Action") ?? "";
  if (!service || !service.protocols.includes("query")) {
    const wire = fallbackWire(req.signingName, queryMode);
    // A form request expects an XML answer whenever the signing service can give one.
    if (wire.service.protocols.includes("query")) wire.protocol = "query";
    return unroutable(wire, action);
  }
  const wire: Wire = { service, protocol: "query", operation: action, queryMode };
  if (action === "") return unroutable(wire);
  return { ok: true, wire, queryParams: params };
}

export function routeRequest(req: RouteRequest): RouteResult {
  const queryMode = isQueryMode(req.headers);
  const target = headerValue(req.headers, "x-amz-target");
  if (target !== undefined) {
    const dot = target.indexOf(".");
    const prefix = dot < 0 ? target : target.slice(0, dot);
    const operation = dot < 0 ? "" : target.slice(dot + 1);
    const service = serviceByJsonTarget(prefix);
    if (!service) return unroutable(fallbackWire(req.signingName, queryMode), operation);
    const wire: Wire = { service, protocol: "json", operation, queryMode };
    return operation === "" ? unroutable(wire) : { ok: true, wire };
  }
  const cbor = CBOR_PATH.exec(req.url.pathname);
  if (cbor) {
    const service = serviceByJsonTarget(decodeURIComponentSafe(cbor[1] ?? ""));
    const operation = decodeURIComponentSafe(cbor[2] ?? "");
    if (!service || !service.protocols.includes("cbor")) {
      return unroutable(fallbackWire(req.signingName, queryMode), operation);
    }
    return { ok: true, wire: { service, protocol: "cbor", operation, queryMode } };
  }
  if (isFormRequest(req.headers, req.url, req.body)) return routeQuery(req, queryMode);
  return unroutable(fallbackWire(req.signingName, queryMode));
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
