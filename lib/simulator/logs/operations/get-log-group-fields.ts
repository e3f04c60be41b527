// GetLogGroupFields: the fields found in a group's events of the 15 minutes before `time` (epoch seconds,
// default now), each with the share of those events (whole percent) that carry it. System fields come first
// as AWS lists them; discovered fields are JSON keys (flattened with dots and array indexes, like
// GetLogRecord) and the known-format fields (Lambda REPORT lines, VPC flow logs...) the engine recognises.

import { rowKnownFormat } from "@/lib/logs-insights/fields/known-formats";
import { Row } from "@/lib/logs-insights/expressions/row";
import type { RequestContext } from "@/lib/simulator/core/types";
import { groupFromInput } from "../group-lookup";
import { optionalInteger, type Input } from "../input";
import type { EventReader } from "../model/event-reader";
import type { LogsWorld } from "../model/logs-world";
import { MINUTE_MS } from "../semantics";
import { flatten, jsonOf } from "./get-log-record";

/** [D] The window GetLogGroupFields samples. */
export const FIELDS_WINDOW_MS = 15 * MINUTE_MS;
/** [I] Events looked at per call: a busy group's 15 minutes are sampled from their start. */
export const FIELDS_MAX_EVENTS = 20_000;
const SYSTEM_FIELDS = ["@ingestionTime", "@log", "@logStream", "@message", "@timestamp"];
const MAX_EPOCH_SECONDS = 253_402_300_799;

export function getLogGroupFields(world: LogsWorld, reader: EventReader, input: Input, ctx: RequestContext) {
  const group = groupFromInput(world, ctx, input);
  const timeS = optionalInteger(input, "time", 0, MAX_EPOCH_SECONDS);
  const now = ctx.now.getTime();
  const end = Math.min(now, timeS === undefined ? now : timeS * 1000);
  const start = end - FIELDS_WINDOW_MS;
  const counts = new Map<string, number>();
  const readCtx = { now, accept: null, cache: true };
  const row = new Row();
  let total = 0;
  for (
    let m = Math.floor(start / MINUTE_MS);
    m <= Math.floor(end / MINUTE_MS) && total < FIELDS_MAX_EVENTS;
    m++
  ) {
    for (const ev of reader.minute(group, m, readCtx)) {
      if (ev.timestamp < start || ev.timestamp > end) continue;
      if (++total > FIELDS_MAX_EVENTS) break;
      const found: Record<string, string> = {};
      flatten(jsonOf(ev.message), "", found);
      row.reset(ev, total);
      const known = rowKnownFormat(row);
      const names = new Set([...Object.keys(found), ...Object.keys(known ?? {})]);
      for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  total = Math.min(total, FIELDS_MAX_EVENTS);
  if (total === 0) return { logGroupFields: [] };
  const discovered = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([name, n]) => ({ name, percent: Math.max(1, Math.round((n / total) * 100)) }));
  return {
    logGroupFields: [...SYSTEM_FIELDS.map((name) => ({ name, percent: 100 })), ...discovered],
  };
}
