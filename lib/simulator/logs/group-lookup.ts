// Finding the log group a request names: `logGroupName` and/or `logGroupIdentifier` (name or ARN).

import type { RequestContext } from "@/lib/simulator/core/types";
import { invalidParameter, resourceNotFound, validationException } from "./errors";
import { optionalString, type Input } from "./input";
import type { LogGroupState } from "./model/log-group";
import type { LogsWorld } from "./model/logs-world";
import { MAX_NAME_LENGTH, MESSAGES } from "./semantics";

export const LOG_GROUP_NAME_PATTERN = /^[.\-_/#A-Za-z0-9]+$/;
export const LOG_STREAM_NAME_PATTERN = /^[^:*]*$/;

/** Name checks of CreateLogGroup / CreateLogStream (length first, with AWS's wording). */
export function checkName(name: string, member: string, pattern: RegExp, patternText: string): void {
  if (name.length > MAX_NAME_LENGTH) throw invalidParameter(MESSAGES.nameTooLong);
  if (!pattern.test(name)) {
    throw invalidParameter(
      `1 validation error detected: Value '${name}' at '${member}' failed to satisfy constraint: Member must satisfy regular expression pattern: ${patternText}`,
    );
  }
}

/** The group named by the caller's own-region `name`, or ResourceNotFoundException. */
export function requireGroup(world: LogsWorld, ctx: RequestContext, name: string): LogGroupState {
  const group = world.region(ctx.accountId, ctx.region).groups.get(name);
  if (!group) throw resourceNotFound(MESSAGES.groupNotFound);
  return group;
}

/** Exactly one of `logGroupName` / `logGroupIdentifier`, resolved (identifiers may be ARNs of linked accounts). */
export function groupFromInput(world: LogsWorld, ctx: RequestContext, input: Input): LogGroupState {
  const name = optionalString(input, "logGroupName", MAX_NAME_LENGTH);
  const identifier = optionalString(input, "logGroupIdentifier", 2048);
  if (name !== undefined && identifier !== undefined) throw validationException(MESSAGES.nameAndIdentifier);
  if (name !== undefined) return requireGroup(world, ctx, name);
  if (identifier === undefined) {
    throw invalidParameter("Either logGroupName or logGroupIdentifier must be specified.");
  }
  const group = world.resolve(ctx.accountId, ctx.region, identifier);
  if (!group) throw resourceNotFound(MESSAGES.groupNotFound);
  return group;
}
