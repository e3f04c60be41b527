// CloudWatch's modeled errors. `code` is the JSON shape name (what the current SDK reports as err.name), the
// legacy awsQuery code travels separately (x-amzn-query-error header / XML <Code>).

import { AwsServiceError } from "@/lib/simulator/core/types";

export function validationError(message: string): AwsServiceError {
  return new AwsServiceError("ValidationException", message, {
    queryCode: "ValidationError",
    jsonType: "com.amazon.coral.validate#ValidationException",
  });
}

export function invalidParameterValue(message: string): AwsServiceError {
  return new AwsServiceError("InvalidParameterValueException", message, {
    queryCode: "InvalidParameterValue",
  });
}

export function invalidParameterCombination(message: string): AwsServiceError {
  return new AwsServiceError("InvalidParameterCombinationException", message, {
    queryCode: "InvalidParameterCombination",
  });
}

export function missingParameter(message: string): AwsServiceError {
  return new AwsServiceError("MissingRequiredParameterException", message, { queryCode: "MissingParameter" });
}

export function invalidNextToken(
  message = "The service couldn't process your request because the NextToken is invalid.",
): AwsServiceError {
  return new AwsServiceError("InvalidNextToken", message, { queryCode: "InvalidNextToken" });
}
