// GetLogRecord: the full event behind a query result's `@ptr`, with its system fields and the fields
// discovered in its JSON (flattened with dotted names and array indexes, every value a string).

import type { RequestContext } from "@/lib/simulator/core/types";
import { resourceNotFound } from "../errors";
import { requiredString, type Input } from "../input";
import type { EventReader } from "../model/event-reader";
import type { LogsWorld } from "../model/logs-world";
import { decodePointer, ORIGIN_DEMO, type SimEvent } from "../model/sim-event";
import { MESSAGES, MINUTE_MS } from "../semantics";

/** [D] At most this many fields are extracted from one event. */
const MAX_FIELDS = 1000;

function findEvent(
  world: LogsWorld,
  reader: EventReader,
  ptr: string,
  ctx: RequestContext,
): SimEvent | undefined {
  const p = decodePointer(ptr);
  if (!p || p.region !== ctx.region || !world.readableAccounts(ctx.accountId).includes(p.accountId))
    return undefined;
  const group = world.region(p.accountId, p.region).groups.get(p.group);
  if (!group) return undefined;
  if (p.origin === ORIGIN_DEMO) {
    const minute = Math.floor(p.timestamp / MINUTE_MS);
    const window = group.demoMinutes(ctx.now.getTime());
    if (minute < window.from || minute > window.to) return undefined;
    const ev = reader.generated(group, minute, true)[p.id];
    return ev && ev.timestamp === p.timestamp && ev.logStream === p.stream ? ev : undefined;
  }
  const stream = group.streams.get(p.stream);
  if (!stream) return undefined;
  const events = stream.all();
  for (let i = stream.lowerBound(p.timestamp); i < events.length; i++) {
    const ev = events[i] as SimEvent;
    if (ev.timestamp !== p.timestamp) break;
    if (ev.origin === p.origin && ev.id === p.id) return ev;
  }
  return undefined;
}

/** The first JSON object in a message (Lambda lines carry it after a tab-separated prefix). */
export function jsonOf(message: string): Record<string, unknown> | null {
  const start = message.indexOf("{");
  if (start < 0) return null;
  const end = message.lastIndexOf("}");
  if (end < start) return null;
  try {
    const parsed: unknown = JSON.parse(message.slice(start, end + 1));
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

export function flatten(value: unknown, path: string, out: Record<string, string>): void {
  if (Object.keys(out).length >= MAX_FIELDS) return;
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => flatten(v, `${path}.${i}`, out));
    return;
  }
  if (typeof value === "object") {
    for (const [k, v] of Object.entries(value))
      flatten(v, path === "" ? (k.startsWith("@") ? `@${k}` : k) : `${path}.${k}`, out);
    return;
  }
  out[path] = String(value);
}

export function getLogRecord(world: LogsWorld, reader: EventReader, input: Input, ctx: RequestContext) {
  const ptr = requiredString(input, "logRecordPointer", Infinity);
  const ev = findEvent(world, reader, ptr, ctx);
  if (!ev) throw resourceNotFound(MESSAGES.logRecordNotFound);
  const record: Record<string, string> = {};
  flatten(jsonOf(ev.message), "", record);
  return {
    logRecord: {
      ...record,
      "@ingestionTime": String(ev.ingestionTime),
      "@log": `${ev.group.accountId}:${ev.group.name}`,
      "@logStream": ev.logStream,
      "@message": ev.message,
      "@timestamp": String(ev.timestamp),
    },
  };
}
