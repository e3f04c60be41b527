// The modeled CloudWatch Logs errors (plain JSON 1.1: `__type` = the code, HTTP 400 for client errors).

import { AwsServiceError } from "@/lib/simulator/core/types";
import { validationMessage, violation } from "@/lib/simulator/core/validation-message";
import { MESSAGES } from "./semantics";

export function invalidParameter(message: string): AwsServiceError {
  return new AwsServiceError("InvalidParameterException", message);
}

/** Constraint violations: Logs reports them as InvalidParameterException with the validator's wording [V]. */
export function constraintViolation(value: unknown, member: string, constraint: string): AwsServiceError {
  return invalidParameter(validationMessage([violation(value, member, constraint)]));
}

export function validationException(message: string): AwsServiceError {
  return new AwsServiceError("ValidationException", message);
}

export function resourceNotFound(message: string): AwsServiceError {
  return new AwsServiceError("ResourceNotFoundException", message);
}

export function alreadyExists(message: string): AwsServiceError {
  return new AwsServiceError("ResourceAlreadyExistsException", message);
}

export function limitExceeded(message: string): AwsServiceError {
  return new AwsServiceError("LimitExceededException", message);
}

export function invalidToken(): AwsServiceError {
  return invalidParameter(MESSAGES.invalidToken);
}

export function malformedQuery(
  message: string,
  location: { startCharOffset: number; endCharOffset: number },
): AwsServiceError {
  return new AwsServiceError("MalformedQueryException", message, {
    extra: { queryCompileError: { location, message } },
  });
}

export function operationAborted(message: string): AwsServiceError {
  return new AwsServiceError("OperationAbortedException", message);
}
