import type { AWS_FAILURE_KINDS } from "@/lib/contracts/common";
import { HttpError, registerErrorMapper } from "@/lib/http/error-mapping";

// Every failure of an AWS call becomes one of a few kinds the UI can explain precisely, with AWS's own
// message kept: the widget, query or connection test that failed shows it where it happened.

export type AwsFailureKind = (typeof AWS_FAILURE_KINDS)[number];

export interface AwsFailure {
  kind: AwsFailureKind;
  /** AWS's error code (e.g. `Throttling`, `AccessDenied`) when there is one. */
  code?: string;
  message: string;
  httpStatus?: number;
  /** Whether trying again later can help. */
  retryable: boolean;
}

const KIND_BY_CODE: Record<string, AwsFailureKind> = {
  Throttling: "throttled",
  ThrottlingException: "throttled",
  TooManyRequestsException: "throttled",
  RequestLimitExceeded: "throttled",
  LimitExceededException: "throttled",
  ExpiredToken: "expired-credentials",
  ExpiredTokenException: "expired-credentials",
  RequestExpired: "expired-credentials",
  AccessDenied: "access-denied",
  AccessDeniedException: "access-denied",
  UnauthorizedOperation: "access-denied",
  InvalidClientTokenId: "access-denied",
  SignatureDoesNotMatch: "access-denied",
  UnrecognizedClientException: "access-denied",
  MissingAuthenticationToken: "no-credentials",
  CredentialsProviderError: "no-credentials",
  RegionDisabledException: "region-disabled",
  ResourceNotFound: "not-found",
  ResourceNotFoundException: "not-found",
  DashboardNotFoundError: "not-found",
  SubscriptionRequiredException: "subscription-required",
  ServiceUnavailable: "unavailable",
  ServiceUnavailableException: "unavailable",
  InternalFailure: "unavailable",
  InternalServiceFault: "unavailable",
  InternalServiceError: "unavailable",
  TimeoutError: "timeout",
  RequestTimeout: "timeout",
};

const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "EPIPE"]);

const RETRYABLE: ReadonlySet<AwsFailureKind> = new Set([
  "throttled",
  "unavailable",
  "timeout",
  "expired-credentials",
]);

function field(error: object, key: string): unknown {
  return (error as Record<string, unknown>)[key];
}

export function classifyAwsError(error: unknown): AwsFailure {
  if (typeof error !== "object" || error === null) {
    return { kind: "unknown", message: String(error), retryable: false };
  }
  const name = typeof field(error, "name") === "string" ? (field(error, "name") as string) : "Error";
  const queryCode = field(error, "Code");
  const code = typeof queryCode === "string" ? queryCode : name;
  const message = typeof field(error, "message") === "string" ? (field(error, "message") as string) : code;
  const metadata = field(error, "$metadata");
  const status =
    typeof metadata === "object" && metadata !== null
      ? (field(metadata, "httpStatusCode") as number | undefined)
      : undefined;
  const errno = field(error, "code");
  if (typeof errno === "string" && NETWORK_CODES.has(errno)) {
    return {
      kind: "unavailable",
      code: errno,
      message: `cannot reach AWS (${errno}): ${message}`,
      retryable: true,
    };
  }
  let kind = KIND_BY_CODE[code] ?? KIND_BY_CODE[name];
  if (
    !kind &&
    /could not load credentials|credential/i.test(message) &&
    name === "CredentialsProviderError"
  ) {
    kind = "no-credentials";
  }
  if (
    !kind &&
    /ValidationError|ValidationException|InvalidParameter|MalformedQuery|MissingParameter/.test(code)
  ) {
    kind = "invalid-request";
  }
  if (!kind && status !== undefined && status >= 500) kind = "unavailable";
  kind ??= "unknown";
  const text = message === "UnknownError" || message === "" ? code : message;
  return { kind, code, message: text, httpStatus: status, retryable: RETRYABLE.has(kind) };
}

const DESCRIPTIONS: Record<AwsFailureKind, string> = {
  "no-credentials": "No AWS credentials are available to the server",
  "expired-credentials": "The AWS credentials have expired",
  "access-denied": "AWS denied access",
  "region-disabled": "The Region is not enabled for this account",
  throttled: "AWS throttled the request",
  "not-found": "Not found",
  "invalid-request": "AWS rejected the request",
  "subscription-required": "This account's support plan does not include the AWS Health API",
  unavailable: "AWS is unavailable",
  timeout: "The request to AWS timed out",
  unknown: "The AWS call failed",
};

export function describeFailure(failure: AwsFailure): string {
  const base = DESCRIPTIONS[failure.kind];
  return failure.code ? `${base} (${failure.code}): ${failure.message}` : `${base}: ${failure.message}`;
}

// Any AWS SDK failure that reaches a route is AWS refusing: 502 with AWS's own code and message.
registerErrorMapper(
  "aws",
  (error) => {
    const failure = classifyAwsError(error);
    if (failure.kind === "unknown") return undefined;
    return new HttpError(502, `aws_${failure.kind}`, describeFailure(failure), undefined, { failure });
  },
  { fallback: true },
);
