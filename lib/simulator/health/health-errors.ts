// The errors AWS Health answers with, shaped as plain AWS JSON 1.1 errors (bare `__type`, HTTP 400).
import { AwsServiceError } from "@/lib/simulator/core/types";
import { validationMessage } from "@/lib/simulator/core/validation-message";
import { ORG_ACCESS_DENIED } from "./health-config";

/** Not in the service model; AWS sends it with an empty message, which the SDK surfaces as "UnknownError". */
export function subscriptionRequired(): AwsServiceError {
  return new AwsServiceError("SubscriptionRequiredException", "");
}

export function invalidPaginationToken(): AwsServiceError {
  return new AwsServiceError("InvalidPaginationToken", "Invalid pagination token");
}

export function unsupportedLocale(locale: string): AwsServiceError {
  return new AwsServiceError("UnsupportedLocale", `Unsupported locale: ${locale}`);
}

/** AWS's request validator (coral) answers constraint violations before the service sees the request. */
export function healthValidationError(violations: readonly string[]): AwsServiceError {
  return new AwsServiceError("ValidationException", validationMessage(violations), {
    jsonType: "com.amazon.coral.validate#ValidationException",
  });
}

export function organizationAccessDenied(message: string): AwsServiceError {
  return new AwsServiceError(ORG_ACCESS_DENIED.code, message, { status: ORG_ACCESS_DENIED.status });
}
