// PutLogEvents: AWS's batch rules (chronological order, 1 MB / 10,000 events, 24-hour span) and partial
// acceptance of events that are too old, expired by retention, or too far in the future.

import { asArray, asInteger, asRecord, asString } from "@/lib/simulator/core/coerce";
import type { RequestContext } from "@/lib/simulator/core/types";
import { CONSTRAINT } from "@/lib/simulator/core/validation-message";
import { constraintViolation, invalidParameter, resourceNotFound } from "../errors";
import { requireGroup } from "../group-lookup";
import { requiredString, type Input } from "../input";
import type { LogsWorld } from "../model/logs-world";
import { ORIGIN_PUT, SimEvent } from "../model/sim-event";
import {
  MAX_NAME_LENGTH,
  MESSAGES,
  PUT_BATCH_MAX_BYTES,
  PUT_BATCH_MAX_EVENTS,
  PUT_EVENT_MAX_BYTES,
  PUT_EVENT_OVERHEAD_BYTES,
  PUT_MAX_SPAN_MS,
  PUT_TOO_NEW_MS,
  PUT_TOO_OLD_MS,
} from "../semantics";
import { sequenceToken } from "./log-streams";

interface InputEvent {
  timestamp: number;
  message: string;
  bytes: number;
}

function readEvents(input: Input): InputEvent[] {
  const raw = input.logEvents;
  if (raw === undefined || raw === null)
    throw constraintViolation(undefined, "logEvents", CONSTRAINT.notNull);
  const list = asArray(raw);
  if (list.length < 1) throw constraintViolation("[]", "logEvents", CONSTRAINT.minLength(1));
  if (list.length > PUT_BATCH_MAX_EVENTS) {
    throw constraintViolation(
      `[${list.length} events]`,
      "logEvents",
      CONSTRAINT.maxLength(PUT_BATCH_MAX_EVENTS),
    );
  }
  let total = 0;
  const events = list.map((item, i) => {
    const rec = asRecord(item) ?? {};
    const timestamp = asInteger(rec.timestamp);
    const message = asString(rec.message);
    const member = `logEvents.${i + 1}.member`;
    if (timestamp === undefined || timestamp < 0) {
      throw constraintViolation(rec.timestamp, `${member}.timestamp`, CONSTRAINT.minValue(0));
    }
    if (message === undefined || message.length === 0) {
      throw constraintViolation(message, `${member}.message`, CONSTRAINT.minLength(1));
    }
    const bytes = Buffer.byteLength(message, "utf8");
    if (bytes > PUT_EVENT_MAX_BYTES) throw invalidParameter(MESSAGES.eventTooLarge);
    total += bytes + PUT_EVENT_OVERHEAD_BYTES;
    return { timestamp, message, bytes };
  });
  if (total > PUT_BATCH_MAX_BYTES) throw invalidParameter(MESSAGES.batchTooLarge);
  return events;
}

export function putLogEvents(world: LogsWorld, input: Input, ctx: RequestContext) {
  const groupName = requiredString(input, "logGroupName", MAX_NAME_LENGTH);
  const streamName = requiredString(input, "logStreamName", MAX_NAME_LENGTH);
  const events = readEvents(input);
  const group = requireGroup(world, ctx, groupName);
  const now = ctx.now.getTime();
  const stream = group.streamForPut(streamName, now);
  if (!stream) throw resourceNotFound(MESSAGES.streamNotFound);
  for (let i = 1; i < events.length; i++) {
    if ((events[i]?.timestamp ?? 0) < (events[i - 1]?.timestamp ?? 0))
      throw invalidParameter(MESSAGES.chronological);
  }

  const tooOldBefore = now - PUT_TOO_OLD_MS;
  const expiredBefore = group.retentionStart(now);
  const tooNewAfter = now + PUT_TOO_NEW_MS;
  let tooOldEnd = -1;
  let expiredEnd = -1;
  let tooNewStart = -1;
  const accepted: InputEvent[] = [];
  events.forEach((ev, i) => {
    if (ev.timestamp < tooOldBefore) tooOldEnd = i;
    else if (ev.timestamp < expiredBefore) expiredEnd = i;
    else if (ev.timestamp > tooNewAfter) {
      if (tooNewStart < 0) tooNewStart = i;
    } else accepted.push(ev);
  });
  const first = accepted[0];
  const last = accepted[accepted.length - 1];
  if (first && last && last.timestamp - first.timestamp > PUT_MAX_SPAN_MS)
    throw invalidParameter(MESSAGES.batchSpan);

  for (const ev of accepted) {
    const stored = new SimEvent(
      group.ref,
      streamName,
      ev.timestamp,
      now,
      ev.message,
      ORIGIN_PUT,
      group.nextSeq(),
    );
    stream.add(stored, ev.bytes);
  }
  stream.uploads++;
  ctx.record?.("events", accepted.length);
  const rejected = {
    ...(tooNewStart >= 0 ? { tooNewLogEventStartIndex: tooNewStart } : {}),
    ...(tooOldEnd >= 0 ? { tooOldLogEventEndIndex: tooOldEnd } : {}),
    ...(expiredEnd >= 0 ? { expiredLogEventEndIndex: expiredEnd } : {}),
  };
  return {
    nextSequenceToken: sequenceToken(stream.uploads),
    ...(Object.keys(rejected).length > 0 ? { rejectedLogEventsInfo: rejected } : {}),
  };
}
