// Errors of the alarm operations, and every message text in one place ([V] = seen in a recording or a public
// report of a real AWS answer, [I] = inferred wording).

import {
  invalidNextToken,
  invalidParameterCombination,
  invalidParameterValue,
  missingParameter,
  validationError,
} from "@/lib/simulator/cloudwatch/errors";
import { AwsServiceError } from "@/lib/simulator/core/types";

export {
  invalidNextToken,
  invalidParameterCombination,
  invalidParameterValue,
  missingParameter,
  validationError,
};

export const MESSAGES = {
  /** [V] */
  invalidMetricsList: "Invalid metrics list",
  /** [V] */
  thresholdMetricIdMismatch:
    "Metrics list must contain exactly one metric matching the ThresholdMetricId parameter",
  /** [V] */
  invalidPeriod: "Period must be 10, 30 or a multiple of 60",
  /** [V] */
  datapointsToAlarm: "DatapointsToAlarm must be less than or equal to EvaluationPeriods",
  /** [V via moto] */
  extendedStatistic: (value: string) =>
    `The value ${value} for parameter ExtendedStatistic is not supported.`,
  /** [V via moto] */
  lowSampleOption: (value: string) =>
    `Option ${value} is not supported. Supported options for parameter EvaluateLowSampleCountPercentile are evaluate and ignore.`,
  /** [I] same pattern as EvaluateLowSampleCountPercentile */
  treatMissingDataOption: (value: string) =>
    `Option ${value} is not supported. Supported options for parameter TreatMissingData are breaching, notBreaching, ignore and missing.`,
  /** [I] */
  evaluationWindow: (limit: number) =>
    `The product of EvaluationPeriods and Period must not exceed ${limit} seconds.`,
  /** [I] */
  required: (parameter: string) => `The parameter ${parameter} is required.`,
  /** [I], worded like GetMetricData's exclusivity errors */
  exclusive: (a: string, b: string) =>
    `The parameters ${a} and ${b} are mutually exclusive and you have specified both.`,
  /** [I] */
  statisticChoice: "Exactly one of the parameters Statistic or ExtendedStatistic must be specified.",
  /** [I] */
  metricChoice: "Exactly one of the parameters MetricName or Metrics must be specified.",
  /** [I] */
  thresholdRequired: "The parameter Threshold is required for alarms with a static threshold.",
  /** [I] */
  bandOperatorNeedsBand:
    "The comparison operators LessThanLowerOrGreaterThanUpperThreshold, LessThanLowerThreshold and GreaterThanUpperThreshold are only supported with ThresholdMetricId.",
  /** [I] */
  staticOperatorWithBand:
    "ThresholdMetricId can only be used with the comparison operators of anomaly detection bands.",
  /** [I] */
  searchNotSupported: "SEARCH expressions are not supported in alarms.",
  /** [I] */
  alarmKindClash: (name: string, kind: string) => `An alarm named ${name} already exists and is a ${kind}.`,
  /** [V partial: "Could not save the composite alarm as alarms … in the alarm rule do not exist"] */
  ruleUnknownAlarms: (names: string[]) =>
    `Could not save the composite alarm as alarms [${names.join(", ")}] in the alarm rule do not exist`,
  /** [I] */
  ruleTooManyAlarms: (limit: number) => `The alarm rule may reference at most ${limit} alarms.`,
  /** [I] */
  deleteTwoComposites: "You can delete at most one composite alarm in a single DeleteAlarms call.",
  /** [I] */
  deleteReferenced: (names: string[], parents: string[]) =>
    `Could not delete the alarms [${names.join(", ")}] because they are used by the composite alarms [${parents.join(", ")}].`,
  /** [I] */
  childrenParentsExclusive: (parameter: string) =>
    `If you specify ${parameter}, you cannot specify any other parameters in the request except for MaxRecords and NextToken.`,
  /** [I] */
  invalidArn: (arn: string) => `The ARN ${arn} is not a valid CloudWatch alarm ARN.`,
  /** [I] */
  resourceNotFound: "The specified resource does not exist.",
  /** [I] */
  invalidJson: "Data was not syntactically valid JSON.",
  /** [I] */
  tooManyAlarms: (limit: number) => `The maximum number of alarms (${limit}) per Region has been reached.`,
} as const;

/** [V] SetAlarmState / DescribeAlarms on an unknown alarm: ResourceNotFound, 404 in query mode, no message. */
export function alarmNotFound(message = ""): AwsServiceError {
  return new AwsServiceError("ResourceNotFound", message, { status: 404, queryCode: "ResourceNotFound" });
}

/** Tagging an unknown resource (modeled as ResourceNotFoundException). */
export function resourceNotFoundException(message: string = MESSAGES.resourceNotFound): AwsServiceError {
  return new AwsServiceError("ResourceNotFoundException", message, {
    status: 404,
    queryCode: "ResourceNotFoundException",
  });
}

export function limitExceeded(message: string): AwsServiceError {
  return new AwsServiceError("LimitExceededFault", message, { queryCode: "LimitExceeded" });
}

/** [I] SetAlarmState with a StateReasonData that is not JSON (modeled InvalidFormatFault). */
export function invalidFormat(message: string = MESSAGES.invalidJson): AwsServiceError {
  return new AwsServiceError("InvalidFormatFault", message, { queryCode: "InvalidFormat" });
}
