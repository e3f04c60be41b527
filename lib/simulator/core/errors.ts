// Errors raised by the protocol layer itself (before or around a service handler), shaped per service so
// each SDK client decodes them the way it would decode the real AWS reply.
import type { ServiceProtocolInfo } from "./service-protocols";
import { AwsServiceError, type ServiceName } from "./types";

/** Namespace of errors produced by AWS's shared request front end rather than by a service model. */
const CORAL = "com.amazon.coral.service";

/**
 * [I] HTTP status of an expired session token. The AWS "common errors" pages document 403; public reports show
 * CloudWatch and Logs answering 400 (`ExpiredToken` / `ExpiredTokenException`).
 */
export const EXPIRED_TOKEN_STATUS: Readonly<Record<ServiceName, number>> = {
  sts: 403,
  cloudwatch: 400,
  logs: 400,
  health: 400,
};

/** [I] Code and status when fault injection asks for a 5xx other than 500. */
export const INJECTED_UNAVAILABLE_MESSAGE = "Service Unavailable";

/** awsQuery-family services (CloudWatch, STS) use the short legacy codes; plain JSON services the `...Exception` ones. */
function usesQueryCodes(service: ServiceProtocolInfo): boolean {
  return service.queryVersion !== undefined;
}

export function throttlingError(service: ServiceProtocolInfo): AwsServiceError {
  return new AwsServiceError(usesQueryCodes(service) ? "Throttling" : "ThrottlingException", "Rate exceeded");
}

export function internalFailure(): AwsServiceError {
  return new AwsServiceError("InternalFailure", "An internal error occurred.", {
    status: 500,
    fault: "Receiver",
    jsonType: `${CORAL}#InternalFailure`,
  });
}

/** An injected or simulated server fault; 500 is rendered as InternalFailure, other statuses as ServiceUnavailable. */
export function serverFault(service: ServiceProtocolInfo, status: number): AwsServiceError {
  if (status === 500) return internalFailure();
  const query = usesQueryCodes(service);
  return new AwsServiceError(
    query ? "ServiceUnavailable" : "ServiceUnavailableException",
    INJECTED_UNAVAILABLE_MESSAGE,
    {
      status,
      fault: "Receiver",
      jsonType: query ? `${CORAL}#ServiceUnavailableException` : undefined,
    },
  );
}

export function missingAuthenticationError(service: ServiceProtocolInfo): AwsServiceError {
  // Verified shapes: STS XML 403 `MissingAuthenticationToken`; JSON services 400 with the coral __type.
  return new AwsServiceError(
    "MissingAuthenticationTokenException",
    "Request is missing Authentication Token",
    {
      status: usesQueryCodes(service) ? 403 : 400,
      queryCode: "MissingAuthenticationToken",
      jsonType: `${CORAL}#MissingAuthenticationTokenException`,
    },
  );
}

export function incompleteSignatureError(detail: string): AwsServiceError {
  return new AwsServiceError("IncompleteSignatureException", detail, {
    status: 400,
    queryCode: "IncompleteSignature",
    jsonType: `${CORAL}#IncompleteSignatureException`,
  });
}

export function expiredTokenError(service: ServiceProtocolInfo): AwsServiceError {
  return new AwsServiceError(
    "ExpiredTokenException",
    "The security token included in the request is expired",
    {
      status: EXPIRED_TOKEN_STATUS[service.name],
      queryCode: "ExpiredToken",
      jsonType: `${CORAL}#ExpiredTokenException`,
    },
  );
}

export function invalidTokenError(service: ServiceProtocolInfo): AwsServiceError {
  return new AwsServiceError(
    "UnrecognizedClientException",
    "The security token included in the request is invalid.",
    {
      status: usesQueryCodes(service) ? 403 : 400,
      queryCode: "InvalidClientTokenId",
      jsonType: `${CORAL}#UnrecognizedClientException`,
    },
  );
}

export function unknownOperationError(service: ServiceProtocolInfo, operation: string): AwsServiceError {
  const message =
    operation === ""
      ? "The request did not name an operation."
      : `Could not find operation ${operation} for version ${service.queryVersion ?? service.jsonTarget ?? ""}`;
  return new AwsServiceError("UnknownOperationException", message, {
    queryCode: "InvalidAction",
    jsonType: `${CORAL}#UnknownOperationException`,
  });
}

export function serializationError(detail: string): AwsServiceError {
  return new AwsServiceError("SerializationException", detail, {
    queryCode: "MalformedQueryString",
    jsonType: `${CORAL}#SerializationException`,
  });
}

export function requestTooLargeError(): AwsServiceError {
  return new AwsServiceError("RequestEntityTooLargeException", "Request entity too large", {
    status: 413,
    queryCode: "RequestEntityTooLarge",
    jsonType: `${CORAL}#RequestEntityTooLargeException`,
  });
}

const THROTTLING_CODES: ReadonlySet<string> = new Set([
  "Throttling",
  "ThrottlingException",
  "TooManyRequestsException",
]);

export function isThrottlingError(error: AwsServiceError): boolean {
  return THROTTLING_CODES.has(error.code) || THROTTLING_CODES.has(error.options.queryCode ?? "");
}
