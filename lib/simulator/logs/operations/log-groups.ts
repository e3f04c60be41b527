// CreateLogGroup, DeleteLogGroup and DescribeLogGroups.

import { asRecord, asString } from "@/lib/simulator/core/coerce";
import type { RequestContext } from "@/lib/simulator/core/types";
import { alreadyExists, constraintViolation, invalidParameter, validationException } from "../errors";
import { checkName, LOG_GROUP_NAME_PATTERN, requireGroup } from "../group-lookup";
import {
  optionalBoolean,
  optionalEnum,
  optionalInteger,
  optionalString,
  optionalStringList,
  requiredString,
  type Input,
} from "../input";
import { LOG_GROUP_CLASSES, type LogGroupState } from "../model/log-group";
import { groupArn, parseIdentifier, type LogsWorld } from "../model/logs-world";
import { decodeToken, encodeToken, fingerprint, tokenString } from "../paging";
import {
  DESCRIBE_LIMIT_MAX,
  MAX_NAME_LENGTH,
  MESSAGES,
  PATTERN_CASE_INSENSITIVE,
  PATTERN_PATH_ALWAYS_RETURNS_TOKEN,
} from "../semantics";

export function createLogGroup(world: LogsWorld, input: Input, ctx: RequestContext): Record<string, never> {
  const name = requiredString(input, "logGroupName", Infinity);
  checkName(name, "logGroupName", LOG_GROUP_NAME_PATTERN, "[\\.\\-_/#A-Za-z0-9]+");
  const logGroupClass = optionalEnum(input, "logGroupClass", LOG_GROUP_CLASSES);
  const kmsKeyId = optionalString(input, "kmsKeyId", 256);
  const deletionProtectionEnabled = optionalBoolean(input, "deletionProtectionEnabled");
  const tags: Record<string, string> = {};
  for (const [k, v] of Object.entries(asRecord(input.tags) ?? {})) tags[k] = asString(v) ?? "";
  const region = world.region(ctx.accountId, ctx.region);
  if (region.groups.has(name)) throw alreadyExists(MESSAGES.groupExists);
  region.createGroup(name, {
    creationTime: ctx.now.getTime(),
    logGroupClass,
    kmsKeyId,
    deletionProtectionEnabled,
    tags,
  });
  return {};
}

export function deleteLogGroup(world: LogsWorld, input: Input, ctx: RequestContext): Record<string, never> {
  const name = requiredString(input, "logGroupName", MAX_NAME_LENGTH);
  const group = requireGroup(world, ctx, name);
  if (group.deletionProtectionEnabled) throw validationException(MESSAGES.deletionProtected);
  world.region(ctx.accountId, ctx.region).groups.delete(name);
  return {};
}

export function describeLogGroupEntry(
  group: LogGroupState,
  now: number,
  patternPath: boolean,
): Record<string, unknown> {
  const { accountId, region, name } = group.ref;
  const arn = groupArn(accountId, region, name);
  const entry: Record<string, unknown> = {
    logGroupName: name,
    creationTime: group.creationTime,
    ...(group.retentionInDays !== undefined && !patternPath
      ? { retentionInDays: group.retentionInDays }
      : {}),
    metricFilterCount: 0,
    arn: `${arn}:*`,
    ...(patternPath ? {} : { storedBytes: group.storedBytes(now) }),
    ...(group.kmsKeyId !== undefined && !patternPath ? { kmsKeyId: group.kmsKeyId } : {}),
    logGroupClass: group.logGroupClass,
    logGroupArn: arn,
    ...(patternPath ? {} : { deletionProtectionEnabled: group.deletionProtectionEnabled }),
  };
  return entry;
}

function compareKeys(an: string, aAccount: string, bn: string, bAccount: string): number {
  if (an !== bn) return an < bn ? -1 : 1;
  return aAccount < bAccount ? -1 : aAccount > bAccount ? 1 : 0;
}

function compareGroups(a: LogGroupState, b: LogGroupState): number {
  return compareKeys(a.name, a.ref.accountId, b.name, b.ref.accountId);
}

export function describeLogGroups(world: LogsWorld, input: Input, ctx: RequestContext) {
  const prefix = optionalString(input, "logGroupNamePrefix", MAX_NAME_LENGTH);
  const pattern = optionalString(input, "logGroupNamePattern", MAX_NAME_LENGTH, 0);
  const identifiers = optionalStringList(input, "logGroupIdentifiers", 50);
  const limit = optionalInteger(input, "limit", 1, DESCRIBE_LIMIT_MAX) ?? DESCRIBE_LIMIT_MAX;
  const includeLinked = optionalBoolean(input, "includeLinkedAccounts") ?? false;
  const accountIds = optionalStringList(input, "accountIdentifiers", 20);
  const logGroupClass = optionalEnum(input, "logGroupClass", LOG_GROUP_CLASSES);
  const token = optionalString(input, "nextToken");
  if (prefix !== undefined && pattern !== undefined) throw invalidParameter(MESSAGES.prefixAndPattern);
  if (identifiers !== undefined && (prefix !== undefined || pattern !== undefined)) {
    throw invalidParameter(MESSAGES.identifiersWithPrefix);
  }
  const now = ctx.now.getTime();
  const readable = world.readableAccounts(ctx.accountId);
  const accounts = includeLinked
    ? readable.filter(
        (a) =>
          accountIds === undefined ||
          accountIds.length === 0 ||
          accountIds.includes(a) ||
          a === ctx.accountId,
      )
    : [ctx.accountId];
  let groups: LogGroupState[] = [];
  for (const accountId of accounts) groups.push(...world.region(accountId, ctx.region).groups.values());
  if (identifiers !== undefined) {
    const wanted = new Set<string>();
    for (const id of identifiers) {
      const parsed = parseIdentifier(id, ctx.accountId, ctx.region);
      if (parsed && parsed.region === ctx.region) wanted.add(`${parsed.accountId}|${parsed.name}`);
    }
    groups = groups.filter((g) => wanted.has(`${g.ref.accountId}|${g.name}`));
  }
  if (prefix !== undefined) groups = groups.filter((g) => g.name.startsWith(prefix));
  if (pattern !== undefined && pattern !== "") {
    const needle = PATTERN_CASE_INSENSITIVE ? pattern.toLowerCase() : pattern;
    groups = groups.filter((g) =>
      (PATTERN_CASE_INSENSITIVE ? g.name.toLowerCase() : g.name).includes(needle),
    );
  }
  if (logGroupClass !== undefined) {
    // [D] Asking for INFREQUENT_ACCESS or ESSENTIALS returns both classes.
    const reduced = new Set(
      logGroupClass === "ESSENTIALS" || logGroupClass === "INFREQUENT_ACCESS"
        ? ["ESSENTIALS", "INFREQUENT_ACCESS"]
        : [logGroupClass],
    );
    groups = groups.filter((g) => reduced.has(g.logGroupClass));
  }
  groups.sort(compareGroups);

  const fp = fingerprint([
    "DescribeLogGroups",
    ctx.accountId,
    ctx.region,
    prefix,
    pattern,
    identifiers,
    includeLinked,
    accountIds,
    logGroupClass,
  ]);
  let start = 0;
  if (token !== undefined) {
    const payload = decodeToken(token, fp);
    const name = tokenString(payload, "n");
    const account = tokenString(payload, "a");
    start = groups.findIndex((g) => compareKeys(g.name, g.ref.accountId, name, account) > 0);
    if (start < 0) start = groups.length;
  }
  const page = groups.slice(start, start + limit);
  const patternPath = pattern !== undefined;
  const more =
    start + page.length < groups.length ||
    (PATTERN_PATH_ALWAYS_RETURNS_TOKEN && patternPath && page.length > 0);
  const last = page[page.length - 1];
  return {
    logGroups: page.map((g) => describeLogGroupEntry(g, now, patternPath)),
    ...(more && last ? { nextToken: encodeToken(fp, { n: last.name, a: last.ref.accountId }) } : {}),
  };
}

/** [D] The retention periods PutRetentionPolicy accepts. */
export const RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];

export function putRetentionPolicy(
  world: LogsWorld,
  input: Input,
  ctx: RequestContext,
): Record<string, never> {
  const name = requiredString(input, "logGroupName", MAX_NAME_LENGTH);
  const days = optionalInteger(input, "retentionInDays", 1, 3653);
  if (days === undefined || !RETENTION_DAYS.includes(days)) {
    throw constraintViolation(
      days,
      "retentionInDays",
      `Member must satisfy enum value set: [${RETENTION_DAYS.join(", ")}]`,
    );
  }
  requireGroup(world, ctx, name).retentionInDays = days;
  return {};
}

export function deleteRetentionPolicy(
  world: LogsWorld,
  input: Input,
  ctx: RequestContext,
): Record<string, never> {
  const name = requiredString(input, "logGroupName", MAX_NAME_LENGTH);
  requireGroup(world, ctx, name).retentionInDays = undefined;
  return {};
}
