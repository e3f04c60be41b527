// Turns a handler result or an AwsServiceError into the HTTP reply the request's protocol calls for.
import type { Wire } from "../service-protocols";
import type { AwsServiceError } from "../types";
import { encodeCbor } from "./cbor";
import { encodeJson } from "./json";
import { encodeQueryError, encodeQuerySuccess } from "./xml";

export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

const CBOR_HEADERS = { "content-type": "application/cbor", "smithy-protocol": "rpc-v2-cbor" };

function jsonContentType(wire: Wire): string {
  return `application/x-amz-json-${wire.service.jsonVersion ?? "1.1"}`;
}

export function encodeSuccess(wire: Wire, output: unknown, requestId: string): WireResponse {
  const base = { "x-amzn-RequestId": requestId };
  switch (wire.protocol) {
    case "json":
      return {
        status: 200,
        headers: { ...base, "content-type": jsonContentType(wire) },
        body: encodeJson(output),
      };
    case "cbor":
      return { status: 200, headers: { ...base, ...CBOR_HEADERS }, body: encodeCbor(output) };
    case "query":
      return {
        status: 200,
        headers: { ...base, "content-type": "text/xml" },
        body: encodeQuerySuccess(wire.operation, wire.service.xmlNamespace ?? "", output, requestId),
      };
  }
}

/**
 * Query-compatible services (CloudWatch) answer JSON/CBOR errors with the legacy awsQuery status only when the
 * client sent `x-amzn-query-mode: true`; otherwise every client error is a plain 400.
 */
export function errorStatus(wire: Wire, error: AwsServiceError): number {
  const declared = error.options.status ?? 400;
  if (wire.protocol !== "query" && wire.service.queryCompatible && !wire.queryMode && declared < 500)
    return 400;
  return declared;
}

export function encodeError(wire: Wire, error: AwsServiceError, requestId: string): WireResponse {
  const status = errorStatus(wire, error);
  const fault = error.options.fault ?? (status >= 500 ? "Receiver" : "Sender");
  const queryCode = error.options.queryCode ?? error.code;
  const headers: Record<string, string> = { "x-amzn-RequestId": requestId };
  if (wire.protocol === "query") {
    headers["content-type"] = "text/xml";
    const fields = { type: fault, code: queryCode, message: error.message, extra: error.options.extra };
    return { status, headers, body: encodeQueryError(wire.service.xmlNamespace ?? "", fields, requestId) };
  }
  const namespace = wire.service.errorNamespace;
  const type = error.options.jsonType ?? (namespace ? `${namespace}#${error.code}` : error.code);
  const body = { ...error.options.extra, __type: type, message: error.message };
  if (wire.service.queryCompatible) headers["x-amzn-query-error"] = `${queryCode};${fault}`;
  if (wire.protocol === "cbor")
    return { status, headers: { ...headers, ...CBOR_HEADERS }, body: encodeCbor(body) };
  return { status, headers: { ...headers, "content-type": jsonContentType(wire) }, body: encodeJson(body) };
}
