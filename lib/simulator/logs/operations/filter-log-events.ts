// FilterLogEvents: a group's events, interleaved across streams in time order, matched against a filter
// pattern, paged with nextToken. Like AWS, a call that has searched long enough returns what it found so far
// (possibly nothing) together with a nextToken.

import { InvalidFilterPatternError, parseFilterPattern } from "@/lib/logs-insights";
import type { RequestContext } from "@/lib/simulator/core/types";
import { invalidParameter } from "../errors";
import { groupFromInput } from "../group-lookup";
import {
  optionalBoolean,
  optionalEpochMs,
  optionalInteger,
  optionalString,
  optionalStringList,
  type Input,
} from "../input";
import type { EventReader } from "../model/event-reader";
import type { LogsWorld } from "../model/logs-world";
import { eventIdOf, type SimEvent } from "../model/sim-event";
import { decodeToken, encodeToken, fingerprint, tokenNumber } from "../paging";
import {
  EVENTS_LIMIT_MAX,
  EVENTS_PAGE_MAX_BYTES,
  FILTER_DESCENDING_MIN_START,
  FILTER_MAX_STREAM_NAMES,
  FILTER_PATTERN_MAX_LENGTH,
  FILTER_SCAN_BUDGET_EVENTS,
  MAX_NAME_LENGTH,
  MESSAGES,
  SEARCHED_LOG_STREAMS,
} from "../semantics";
import { positionAfter, positionBefore, scanEvents } from "./event-scan";

export function filterLogEvents(world: LogsWorld, reader: EventReader, input: Input, ctx: RequestContext) {
  const group = groupFromInput(world, ctx, input);
  const streamNames = optionalStringList(input, "logStreamNames", FILTER_MAX_STREAM_NAMES);
  const streamPrefix = optionalString(input, "logStreamNamePrefix", MAX_NAME_LENGTH);
  const startTime = optionalEpochMs(input, "startTime");
  const endTime = optionalEpochMs(input, "endTime");
  const patternText = optionalString(input, "filterPattern", FILTER_PATTERN_MAX_LENGTH, 0) ?? "";
  const limit = optionalInteger(input, "limit", 1, EVENTS_LIMIT_MAX) ?? EVENTS_LIMIT_MAX;
  const token = optionalString(input, "nextToken");
  const startFromHead = optionalBoolean(input, "startFromHead") ?? true;
  if (streamNames !== undefined && streamPrefix !== undefined)
    throw invalidParameter(MESSAGES.streamNamesAndPrefix);
  if (
    !startFromHead &&
    token === undefined &&
    startTime !== undefined &&
    startTime < FILTER_DESCENDING_MIN_START
  ) {
    throw invalidParameter(MESSAGES.descendingBeforeCutoff);
  }
  let pattern;
  try {
    pattern = parseFilterPattern(patternText);
  } catch (err) {
    if (err instanceof InvalidFilterPatternError) throw invalidParameter(err.message);
    throw err;
  }

  const now = ctx.now.getTime();
  const names = streamNames === undefined ? null : new Set(streamNames);
  const accept =
    names !== null
      ? (s: string) => names.has(s)
      : streamPrefix !== undefined
        ? (s: string) => s.startsWith(streamPrefix)
        : null;
  const fromMs = Math.max(startTime ?? 0, group.retentionStart(now));
  const toMs = endTime === undefined ? Number.MAX_SAFE_INTEGER : endTime + 1;

  const fp = fingerprint([
    "FilterLogEvents",
    group.ref,
    streamNames,
    streamPrefix,
    startTime,
    endTime,
    patternText,
  ]);
  let forward = startFromHead;
  let from = forward ? positionBefore(fromMs) : positionAfter(Math.min(toMs, now + 1));
  if (token !== undefined) {
    const payload = decodeToken(token, fp);
    forward = tokenNumber(payload, "d") === 1;
    from = {
      timestamp: tokenNumber(payload, "t"),
      origin: tokenNumber(payload, "o"),
      id: tokenNumber(payload, "i"),
    };
  }
  const scan = scanEvents(
    reader,
    group,
    { now, accept, cache: true },
    { fromMs, toMs },
    from,
    forward,
    { maxEvents: limit, maxBytes: EVENTS_PAGE_MAX_BYTES, maxScanned: FILTER_SCAN_BUDGET_EVENTS },
    (ev) => pattern.test(ev.message),
  );
  ctx.record?.("eventsScanned", scan.scanned);
  const streamsSeen = new Set<string>();
  const events = scan.events.map((ev: SimEvent) => {
    streamsSeen.add(ev.logStream);
    return {
      logStreamName: ev.logStream,
      timestamp: ev.timestamp,
      message: ev.message,
      ingestionTime: ev.ingestionTime,
      eventId: eventIdOf(ev, group.hash),
    };
  });
  const resume = scan.resume;
  return {
    events,
    searchedLogStreams:
      SEARCHED_LOG_STREAMS === "empty"
        ? []
        : [...streamsSeen]
            .sort()
            .map((logStreamName) => ({ logStreamName, searchedCompletely: scan.complete })),
    ...(resume
      ? {
          nextToken: encodeToken(fp, {
            d: forward ? 1 : 0,
            t: resume.timestamp,
            o: resume.origin,
            i: resume.id,
          }),
        }
      : {}),
  };
}
