// GetLogEvents: one stream, newest page first by default, with forward/backward tokens (`f/<56 digits>/s`,
// `b/<56 digits>/s`). At either end of the stream the token that was passed in is returned unchanged, which is
// how clients know to stop paging.

import { hashString } from "@/lib/simulator/demo/hash";
import type { RequestContext } from "@/lib/simulator/core/types";
import { invalidToken, resourceNotFound } from "../errors";
import { groupFromInput } from "../group-lookup";
import {
  optionalBoolean,
  optionalEpochMs,
  optionalInteger,
  optionalString,
  requiredString,
  type Input,
} from "../input";
import type { EventReader } from "../model/event-reader";
import type { LogsWorld } from "../model/logs-world";
import type { EventPosition } from "../model/sim-event";
import { EVENTS_LIMIT_MAX, EVENTS_PAGE_MAX_BYTES, MAX_NAME_LENGTH, MESSAGES } from "../semantics";
import { positionAfter, positionBefore, scanEvents } from "./event-scan";

function checksum(groupKey: string, stream: string): string {
  return String(hashString(`${groupKey}|${stream}`)).padStart(10, "0");
}

function encodePosition(direction: "f" | "b", p: EventPosition, check: string): string {
  const ts = String(p.timestamp + 1).padStart(16, "0");
  const id = String(p.id + 1).padStart(16, "0");
  return `${direction}/${ts}${p.origin + 1}${id}${check}${"0".repeat(13)}/s`;
}

function decodePosition(token: string, check: string): { direction: "f" | "b"; position: EventPosition } {
  const m = /^([fb])\/(\d{16})(\d)(\d{16})(\d{10})0{13}\/s$/.exec(token);
  if (!m || m[5] !== check) throw invalidToken();
  return {
    direction: m[1] === "f" ? "f" : "b",
    position: { timestamp: Number(m[2]) - 1, origin: Number(m[3]) - 1, id: Number(m[4]) - 1 },
  };
}

export function getLogEvents(world: LogsWorld, reader: EventReader, input: Input, ctx: RequestContext) {
  const group = groupFromInput(world, ctx, input);
  const streamName = requiredString(input, "logStreamName", MAX_NAME_LENGTH);
  const startTime = optionalEpochMs(input, "startTime");
  const endTime = optionalEpochMs(input, "endTime");
  const limit = optionalInteger(input, "limit", 1, EVENTS_LIMIT_MAX) ?? EVENTS_LIMIT_MAX;
  const token = optionalString(input, "nextToken");
  const startFromHead = optionalBoolean(input, "startFromHead") ?? false;
  const now = ctx.now.getTime();
  if (!group.hasStream(streamName, now)) throw resourceNotFound(MESSAGES.streamNotFound);
  const check = checksum(`${group.ref.accountId}|${group.ref.region}|${group.name}`, streamName);

  // Narrow the walk to the stream's own lifetime (demo Lambda streams live for a few hours).
  const demoStream = group.findDemoStream(streamName, now);
  const putStream = group.streams.get(streamName);
  let lower = startTime ?? -Infinity;
  let upper = endTime ?? Infinity;
  if (demoStream && !putStream?.size) {
    lower = Math.max(lower, demoStream.firstEventTimestamp);
    upper = Math.min(upper, demoStream.endTimestamp);
  }
  lower = Math.max(
    lower,
    group.retentionStart(now),
    demoStream ? -Infinity : (putStream?.firstEventTimestamp ?? now),
  );
  upper = Math.min(upper, Math.max(now + 1, (putStream?.lastEventTimestamp ?? 0) + 1));

  const decoded = token === undefined ? null : decodePosition(token, check);
  const forward = decoded ? decoded.direction === "f" : startFromHead;
  const from = decoded ? decoded.position : forward ? positionBefore(lower) : positionAfter(upper);
  const ctxRead = { now, accept: (s: string) => s === streamName, cache: true };
  const scan = scanEvents(
    reader,
    group,
    ctxRead,
    { fromMs: Number.isFinite(lower) ? lower : 0, toMs: upper },
    from,
    forward,
    { maxEvents: limit, maxBytes: EVENTS_PAGE_MAX_BYTES, maxScanned: Infinity },
    () => true,
  );
  const events = forward ? scan.events : scan.events.slice().reverse();
  const first = events[0];
  const last = events[events.length - 1];
  const nextForwardToken = last
    ? encodePosition("f", last, check)
    : forward && token
      ? token
      : encodePosition("f", from, check);
  const nextBackwardToken = first
    ? encodePosition("b", first, check)
    : !forward && token
      ? token
      : encodePosition("b", from, check);
  return {
    events: events.map((ev) => ({
      timestamp: ev.timestamp,
      message: ev.message,
      ingestionTime: ev.ingestionTime,
    })),
    nextForwardToken,
    nextBackwardToken,
  };
}
