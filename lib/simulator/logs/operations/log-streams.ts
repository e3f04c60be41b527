// CreateLogStream, DeleteLogStream and DescribeLogStreams (explicit streams merged with the demo world's).

import type { RequestContext } from "@/lib/simulator/core/types";
import { alreadyExists, invalidParameter, resourceNotFound } from "../errors";
import { checkName, groupFromInput, LOG_STREAM_NAME_PATTERN, requireGroup } from "../group-lookup";
import {
  optionalBoolean,
  optionalEnum,
  optionalInteger,
  optionalString,
  requiredString,
  type Input,
} from "../input";
import { LogStreamState } from "../model/log-stream";
import type { LogGroupState } from "../model/log-group";
import { groupArn, type LogsWorld } from "../model/logs-world";
import { decodeToken, encodeToken, fingerprint, tokenNumber, tokenString } from "../paging";
import { DESCRIBE_LIMIT_MAX, MAX_NAME_LENGTH, MESSAGES, MINUTE_MS } from "../semantics";

export function createLogStream(world: LogsWorld, input: Input, ctx: RequestContext): Record<string, never> {
  const groupName = requiredString(input, "logGroupName", MAX_NAME_LENGTH);
  const name = requiredString(input, "logStreamName", Infinity);
  checkName(name, "logStreamName", LOG_STREAM_NAME_PATTERN, "[^:*]*");
  const group = requireGroup(world, ctx, groupName);
  const now = ctx.now.getTime();
  if (group.hasStream(name, now)) throw alreadyExists(MESSAGES.streamExists);
  group.deletedDemoStreams.delete(name);
  group.streams.set(name, new LogStreamState(name, now));
  return {};
}

export function deleteLogStream(world: LogsWorld, input: Input, ctx: RequestContext): Record<string, never> {
  const groupName = requiredString(input, "logGroupName", MAX_NAME_LENGTH);
  const name = requiredString(input, "logStreamName", MAX_NAME_LENGTH);
  const group = requireGroup(world, ctx, groupName);
  const now = ctx.now.getTime();
  const demo = group.findDemoStream(name, now);
  if (!group.streams.has(name) && !demo) throw resourceNotFound(MESSAGES.streamNotFound);
  group.streams.delete(name);
  if (demo) group.deletedDemoStreams.add(name);
  return {};
}

interface StreamRow {
  name: string;
  creationTime: number;
  first?: number;
  last?: number;
  lastIngestion?: number;
  uploads: number;
}

/** Every stream of a group with its (possibly estimated) event range. */
export function listStreams(group: LogGroupState, now: number): StreamRow[] {
  const rows = new Map<string, StreamRow>();
  const window = group.demoMinutes(now);
  if (window.to >= window.from) {
    const fromMs = window.from * MINUTE_MS;
    for (const s of group.demoStreams(fromMs, now + 1)) {
      const first = Math.max(s.firstEventTimestamp, group.creationTime, fromMs);
      const last = Math.min(s.endTimestamp - 1, now);
      rows.set(s.name, {
        name: s.name,
        creationTime: Math.max(s.firstEventTimestamp, group.creationTime),
        first,
        last,
        lastIngestion: last + 1000,
        uploads: 0,
      });
    }
  }
  for (const s of group.streams.values()) {
    const row = rows.get(s.name);
    const merged: StreamRow = row ?? { name: s.name, creationTime: s.creationTime, uploads: 0 };
    if (s.firstEventTimestamp !== undefined) {
      merged.first = Math.min(merged.first ?? Infinity, s.firstEventTimestamp);
      merged.last = Math.max(merged.last ?? -Infinity, s.lastEventTimestamp ?? 0);
      merged.lastIngestion = Math.max(merged.lastIngestion ?? -Infinity, s.lastIngestionTime ?? 0);
    }
    merged.uploads = s.uploads;
    rows.set(s.name, merged);
  }
  return [...rows.values()];
}

export function describeLogStreams(world: LogsWorld, input: Input, ctx: RequestContext) {
  const group = groupFromInput(world, ctx, input);
  const prefix = optionalString(input, "logStreamNamePrefix", MAX_NAME_LENGTH);
  const orderBy =
    optionalEnum(input, "orderBy", ["LogStreamName", "LastEventTime"] as const) ?? "LogStreamName";
  const descending = optionalBoolean(input, "descending") ?? false;
  const limit = optionalInteger(input, "limit", 1, DESCRIBE_LIMIT_MAX) ?? DESCRIBE_LIMIT_MAX;
  const token = optionalString(input, "nextToken");
  if (orderBy === "LastEventTime" && prefix !== undefined) throw invalidParameter(MESSAGES.orderByWithPrefix);
  const now = ctx.now.getTime();
  let rows = listStreams(group, now);
  if (prefix !== undefined) rows = rows.filter((r) => r.name.startsWith(prefix));
  const keyOf = (r: StreamRow) => (orderBy === "LastEventTime" ? (r.last ?? 0) : 0);
  const compare = (ak: number, an: string, bk: number, bn: string) => {
    const c = ak - bk || (an < bn ? -1 : an > bn ? 1 : 0);
    return descending ? -c : c;
  };
  rows.sort((a, b) => compare(keyOf(a), a.name, keyOf(b), b.name));
  const fp = fingerprint(["DescribeLogStreams", group.ref, prefix, orderBy, descending]);
  let start = 0;
  if (token !== undefined) {
    const payload = decodeToken(token, fp);
    const k = tokenNumber(payload, "k");
    const n = tokenString(payload, "n");
    start = rows.findIndex((r) => compare(keyOf(r), r.name, k, n) > 0);
    if (start < 0) start = rows.length;
  }
  const page = rows.slice(start, start + limit);
  const last = page[page.length - 1];
  const { accountId, region, name } = group.ref;
  const arnBase = groupArn(accountId, region, name);
  return {
    logStreams: page.map((r) => ({
      logStreamName: r.name,
      creationTime: r.creationTime,
      ...(r.first !== undefined ? { firstEventTimestamp: r.first, lastEventTimestamp: r.last } : {}),
      ...(r.lastIngestion !== undefined ? { lastIngestionTime: r.lastIngestion } : {}),
      ...(r.uploads > 0 ? { uploadSequenceToken: sequenceToken(r.uploads) } : {}),
      arn: `${arnBase}:log-stream:${r.name}`,
      // [D] Deprecated for streams since 2019 and always reported as zero.
      storedBytes: 0,
    })),
    ...(last && start + page.length < rows.length
      ? { nextToken: encodeToken(fp, { k: keyOf(last), n: last.name }) }
      : {}),
  };
}

/** The deprecated sequence token: a 56-digit decimal string that grows with every upload. */
export function sequenceToken(uploads: number): string {
  return `4959${String(uploads).padStart(52, "0")}`;
}
