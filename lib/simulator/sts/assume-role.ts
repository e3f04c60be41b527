// STS AssumeRole against the demo accounts: model constraints first (ValidationError), then the trust check
// (AccessDenied 403, ExternalId included), then session limits, then freshly minted temporary credentials.
import { findRole } from "@/lib/simulator/accounts";
import { asString } from "@/lib/simulator/core/coerce";
import { AwsServiceError, type RequestContext } from "@/lib/simulator/core/types";
import { CONSTRAINT, validationMessage, violation } from "@/lib/simulator/core/validation-message";
import {
  encodeSessionToken,
  sessionAccessKeyId,
  sessionSecretAccessKey,
  type SessionTokenPayload,
} from "./session-credentials";

export const MIN_DURATION_SECONDS = 900;
export const MAX_DURATION_SECONDS = 43_200;
export const DEFAULT_DURATION_SECONDS = 3_600;
/** AWS caps sessions obtained with temporary credentials (role chaining) at one hour. */
export const ROLE_CHAINING_MAX_SECONDS = 3_600;

const SESSION_NAME_PATTERN = "[\\w+=,.@-]*";
const EXTERNAL_ID_PATTERN = "[\\w+=,.@:\\/-]*";
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;

function fullMatch(pattern: string, value: string): boolean {
  return new RegExp(`^${pattern}$`).test(value);
}

function lengthViolations(
  value: string | undefined,
  member: string,
  min: number,
  max: number,
  required: boolean,
) {
  if (value === undefined) return required ? [violation(undefined, member, CONSTRAINT.notNull)] : [];
  if (value.length < min) return [violation(value, member, CONSTRAINT.minLength(min))];
  if (value.length > max) return [violation(value, member, CONSTRAINT.maxLength(max))];
  return [];
}

function validationError(message: string): AwsServiceError {
  return new AwsServiceError("ValidationError", message);
}

interface AssumeRoleRequest {
  roleArn: string;
  sessionName: string;
  durationSeconds: number;
  externalId?: string;
  policy?: string;
  sourceIdentity?: string;
}

function validate(input: Record<string, unknown>): AssumeRoleRequest {
  const roleArn = asString(input.RoleArn);
  const sessionName = asString(input.RoleSessionName);
  const externalId = asString(input.ExternalId);
  const rawDuration = input.DurationSeconds;
  const violations = [
    ...lengthViolations(roleArn, "roleArn", 20, 2048, true),
    ...lengthViolations(sessionName, "roleSessionName", 2, 64, true),
  ];
  if (sessionName !== undefined && !fullMatch(SESSION_NAME_PATTERN, sessionName)) {
    violations.push(violation(sessionName, "roleSessionName", CONSTRAINT.pattern(SESSION_NAME_PATTERN)));
  }
  let durationSeconds = DEFAULT_DURATION_SECONDS;
  if (rawDuration !== undefined && rawDuration !== "") {
    const n = Number(rawDuration);
    if (!Number.isInteger(n))
      violations.push(violation(rawDuration, "durationSeconds", "Member must be an integer"));
    else if (n < MIN_DURATION_SECONDS)
      violations.push(violation(n, "durationSeconds", CONSTRAINT.minValue(MIN_DURATION_SECONDS)));
    else if (n > MAX_DURATION_SECONDS)
      violations.push(violation(n, "durationSeconds", CONSTRAINT.maxValue(MAX_DURATION_SECONDS)));
    else durationSeconds = n;
  }
  violations.push(...lengthViolations(externalId, "externalId", 2, 1224, false));
  if (externalId !== undefined && !fullMatch(EXTERNAL_ID_PATTERN, externalId)) {
    violations.push(violation(externalId, "externalId", CONSTRAINT.pattern(EXTERNAL_ID_PATTERN)));
  }
  if (violations.length > 0) throw validationError(validationMessage(violations));
  if (roleArn === undefined || sessionName === undefined)
    throw validationError("RoleArn and RoleSessionName are required");
  if (!ROLE_ARN.test(roleArn)) throw validationError(`${roleArn} is invalid`);
  return {
    roleArn,
    sessionName,
    durationSeconds,
    externalId,
    policy: asString(input.Policy),
    sourceIdentity: asString(input.SourceIdentity),
  };
}

/** [I] PackedPolicySize is a percentage of the allowed size; the simulator scales by the policy's length. */
function packedPolicySize(policy: string): number {
  try {
    JSON.parse(policy);
  } catch {
    throw new AwsServiceError("MalformedPolicyDocument", "The policy is not in the valid JSON format.");
  }
  const percent = Math.ceil((policy.length * 100) / 2048);
  if (percent > 100) {
    throw new AwsServiceError(
      "PackedPolicyTooLarge",
      `Packed size of the session policy exceeds the limit by ${percent - 100}%.`,
    );
  }
  return percent;
}

export function assumeRole(
  input: Record<string, unknown>,
  ctx: RequestContext,
  nextSerial: () => number,
): unknown {
  const req = validate(input);
  const callerArn = ctx.caller?.arn ?? `arn:aws:iam::${ctx.accountId}:root`;
  const target = findRole(req.roleArn);
  if (!target || (target.role.externalId !== undefined && target.role.externalId !== req.externalId)) {
    throw new AwsServiceError(
      "AccessDenied",
      `User: ${callerArn} is not authorized to perform: sts:AssumeRole on resource: ${req.roleArn}`,
      { status: 403 },
    );
  }
  if (ctx.caller?.session && req.durationSeconds > ROLE_CHAINING_MAX_SECONDS) {
    throw validationError(
      "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.",
    );
  }
  if (req.durationSeconds > target.role.maxSessionDurationSeconds) {
    throw validationError("The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
  }
  const packed = req.policy !== undefined ? packedPolicySize(req.policy) : undefined;

  const expiration = Math.floor(ctx.now.getTime() / 1000) + req.durationSeconds;
  const accessKeyId = sessionAccessKeyId(target.account.id, nextSerial());
  const payload: SessionTokenPayload = {
    accessKeyId,
    accountId: target.account.id,
    roleArn: target.role.arn,
    roleName: target.role.name,
    roleId: target.role.roleId,
    sessionName: req.sessionName,
    expiration,
  };
  return {
    Credentials: {
      AccessKeyId: accessKeyId,
      SecretAccessKey: sessionSecretAccessKey(accessKeyId, expiration),
      SessionToken: encodeSessionToken(payload),
      Expiration: new Date(expiration * 1000),
    },
    AssumedRoleUser: {
      AssumedRoleId: `${target.role.roleId}:${req.sessionName}`,
      Arn: `arn:aws:sts::${target.account.id}:assumed-role/${target.role.name}/${req.sessionName}`,
    },
    PackedPolicySize: packed,
    SourceIdentity: req.sourceIdentity,
  };
}
