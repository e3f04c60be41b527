// The errors of CloudWatch's dashboard operations. `code` is what the current (JSON) SDK reports as err.name;
// the legacy awsQuery code travels in x-amzn-query-error / the XML <Code>.
import type { CloudWatchValidationMessage } from "@/lib/cloudwatch-body";
import { AwsServiceError } from "@/lib/simulator/core/types";
import { CONSTRAINT, validationMessage, violation } from "@/lib/simulator/core/validation-message";

/** [V] Exact PutDashboard text for a bad name, trailing newline included. */
export const INVALID_NAME_CHARACTERS =
  "The value for field DashboardName contains invalid characters. It can only contain alphanumerics, dash (-) and underscore (_).\n";
/** [I] Same style for names that are empty or longer than 255 characters. */
export const INVALID_NAME_LENGTH =
  "The value for field DashboardName must be between 1 and 255 characters long.\n";

/**
 * [I] JSON `__type` of an unknown dashboard: the model's shape name. Clients do not depend on it: the JS SDK
 * (awsQueryCompatible) resolves the error from the legacy code in x-amzn-query-error, so err.name is
 * "ResourceNotFound" either way, as observed against AWS.
 */
export const DASHBOARD_NOT_FOUND_CODE = "DashboardNotFoundError";

export function invalidParameterValue(message: string): AwsServiceError {
  return new AwsServiceError("InvalidParameterValueException", message, {
    queryCode: "InvalidParameterValue",
  });
}

export function dashboardNotFound(message: string): AwsServiceError {
  return new AwsServiceError(DASHBOARD_NOT_FOUND_CODE, message, {
    status: 404,
    queryCode: "ResourceNotFound",
  });
}

/** A required member that is absent, as AWS's request validator words it. */
export function missingMember(member: string): AwsServiceError {
  return new AwsServiceError(
    "ValidationException",
    validationMessage([violation(undefined, member, CONSTRAINT.notNull)]),
    {
      queryCode: "ValidationError",
      jsonType: "com.amazon.coral.validate#ValidationException",
    },
  );
}

/** `DataPath` / `Message` pairs, as DashboardValidationMessage is modeled. */
export function wireValidationMessages(messages: readonly CloudWatchValidationMessage[]) {
  return messages.map((m) => ({ DataPath: m.dataPath, Message: m.message }));
}

/** [V] "The dashboard body is invalid, there are N validation errors:\n[ {dataPath, message}, … ]" (pretty JSON). */
export function dashboardInvalidInput(errors: readonly CloudWatchValidationMessage[]): AwsServiceError {
  const listed = JSON.stringify(
    errors.map((e) => ({ dataPath: e.dataPath, message: e.message })),
    null,
    2,
  );
  return new AwsServiceError(
    "DashboardInvalidInputError",
    `The dashboard body is invalid, there are ${errors.length} validation errors:\n${listed}`,
    {
      queryCode: "InvalidParameterInput",
      extra: { dashboardValidationMessages: wireValidationMessages(errors) },
    },
  );
}
