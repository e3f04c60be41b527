// One AWS request from raw bytes to reply: decompress, route, authenticate, inject faults, decode, call the
// service handler, encode. Every failure becomes an AWS-shaped error; nothing thrown here escapes.
import { randomUUID } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { resolveIdentity } from "@/lib/simulator/accounts";
import { parseAuthentication } from "./auth";
import { decodeCborInput } from "./codecs/cbor";
import { decodeJsonInput } from "./codecs/json";
import { encodeError, encodeSuccess, type WireResponse } from "./codecs/response";
import {
  expiredTokenError,
  incompleteSignatureError,
  internalFailure,
  invalidTokenError,
  isThrottlingError,
  missingAuthenticationError,
  requestTooLargeError,
  serializationError,
  serverFault,
  throttlingError,
  unknownOperationError,
} from "./errors";
import type { FaultInjector } from "./faults";
import { expandQueryParams } from "./query-input";
import { decodeContentEncoding } from "./request-body";
import { routeRequest } from "./router";
import type { Wire } from "./service-protocols";
import type { StatsCollector } from "./stats";
import {
  AwsServiceError,
  type OperationHandler,
  type RequestContext,
  type ServiceDefinition,
  type ServiceName,
} from "./types";

/** [I] Region assumed when a request carries no credential scope (only possible with `requireAuth: false`). */
export const DEFAULT_REGION = "us-east-1";

export interface PipelineDeps {
  services: ReadonlyMap<ServiceName, ServiceDefinition>;
  faults: FaultInjector;
  stats: StatsCollector;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  requireAuth: boolean;
  maxBodyBytes: number;
  onInternalError: (error: unknown, wire: Wire) => void;
}

export interface RawRequest {
  url: URL;
  headers: IncomingHttpHeaders;
  body: Buffer;
  bodyTooLarge: boolean;
}

export interface PipelineResult extends WireResponse {
  /** For request logs: `cloudwatch.GetMetricData`, or undefined when the request named no operation. */
  operation?: string;
  accountId?: string;
  region?: string;
}

function findHandler(def: ServiceDefinition | undefined, operation: string): OperationHandler | undefined {
  return def && Object.hasOwn(def.operations, operation) ? def.operations[operation] : undefined;
}

/** Modeled errors may carry arbitrary `extra` members; if those cannot be encoded, fall back to InternalFailure. */
function safeEncodeError(wire: Wire, error: AwsServiceError, requestId: string): WireResponse {
  try {
    return encodeError(wire, error, requestId);
  } catch {
    return encodeError(wire, internalFailure(), requestId);
  }
}

function decodeInput(
  wire: Wire,
  body: Buffer,
  queryParams: URLSearchParams | undefined,
): Record<string, unknown> {
  if (wire.protocol === "json") return decodeJsonInput(body);
  if (wire.protocol === "cbor") return decodeCborInput(body);
  return expandQueryParams(queryParams ?? new URLSearchParams());
}

export async function handleAwsRequest(req: RawRequest, deps: PipelineDeps): Promise<PipelineResult> {
  const requestId = randomUUID();
  const auth = parseAuthentication(req.headers, req.url.searchParams);
  const signingName = auth.kind === "ok" ? auth.scope.service : undefined;

  let body = req.body;
  let bodyError: AwsServiceError | undefined;
  if (req.bodyTooLarge) bodyError = requestTooLargeError();
  else {
    try {
      const encoding = req.headers["content-encoding"];
      body = await decodeContentEncoding(
        body,
        Array.isArray(encoding) ? encoding.join(",") : encoding,
        deps.maxBodyBytes,
      );
    } catch (e) {
      bodyError =
        e instanceof AwsServiceError ? e : serializationError("The request body could not be read.");
    }
  }

  const route = routeRequest({
    url: req.url,
    headers: req.headers,
    body: bodyError ? Buffer.alloc(0) : body,
    signingName,
  });
  const reject = (wire: Wire, error: AwsServiceError): PipelineResult => {
    deps.stats.recordRejected(error.code);
    return { ...safeEncodeError(wire, error, requestId), operation: wire.operation || undefined };
  };
  if (bodyError) return reject(route.wire, bodyError);
  if (!route.ok) return reject(route.wire, route.error);
  const { wire } = route;
  const handler = findHandler(deps.services.get(wire.service.name), wire.operation);
  if (!handler) return reject(wire, unknownOperationError(wire.service, wire.operation));

  if (auth.kind === "malformed") return reject(wire, incompleteSignatureError(auth.detail));
  if (auth.kind === "missing" && deps.requireAuth)
    return reject(wire, missingAuthenticationError(wire.service));
  const now = deps.now();
  const accessKeyId = auth.kind === "ok" ? auth.scope.accessKeyId : "anonymous";
  const identity = resolveIdentity(accessKeyId, auth.kind === "ok" ? auth.sessionToken : undefined, now);
  if (identity.status === "expired") return reject(wire, expiredTokenError(wire.service));
  if (identity.status === "invalid-token") return reject(wire, invalidTokenError(wire.service));

  const service = wire.service.name;
  const operation = wire.operation;
  const account = identity.accountId;
  const region = auth.kind === "ok" ? auth.scope.region : DEFAULT_REGION;
  const ctx: RequestContext = {
    accountId: account,
    region,
    accessKeyId,
    protocol: wire.protocol,
    requestId,
    now,
    caller: identity.caller,
    record: (counter, n = 1) => deps.stats.recordUnits(service, operation, account, region, counter, n),
  };

  let response: WireResponse;
  let failure: AwsServiceError | undefined;
  let injected = false;
  try {
    const input = decodeInput(wire, body, route.queryParams);
    const decision = deps.faults.decide({ service, operation, account, region });
    if (decision.latencyMs > 0) await deps.sleep(decision.latencyMs);
    injected = decision.throttle || decision.errorStatus !== undefined;
    if (decision.throttle) throw throttlingError(wire.service);
    if (decision.errorStatus !== undefined) throw serverFault(wire.service, decision.errorStatus);
    response = encodeSuccess(wire, await handler(input, ctx), requestId);
  } catch (e) {
    if (e instanceof AwsServiceError) failure = e;
    else {
      deps.onInternalError(e, wire);
      failure = internalFailure();
    }
    response = safeEncodeError(wire, failure, requestId);
  }
  deps.stats.recordCall({
    service,
    operation,
    account,
    region,
    status: response.status,
    errorCode: failure?.code,
    throttled: failure !== undefined && isThrottlingError(failure),
    injected,
  });
  return { ...response, operation: `${service}.${operation}`, accountId: account, region };
}
