// Walking a group's events minute by minute in either direction from a position, for the paging readers
// (GetLogEvents, FilterLogEvents). Positions are exclusive: a page continues strictly after (or before) one.

import type { EventReader, ReadContext } from "../model/event-reader";
import type { LogGroupState } from "../model/log-group";
import { comparePosition, type EventPosition, type SimEvent } from "../model/sim-event";
import { MINUTE_MS } from "../semantics";

export interface ScanRange {
  /** Inclusive lower bound, epoch ms. */
  fromMs: number;
  /** Exclusive upper bound, epoch ms. */
  toMs: number;
}

export interface ScanLimits {
  maxEvents: number;
  maxBytes: number;
  /** Events examined before giving up for this call (the page may then be partial). */
  maxScanned: number;
}

export interface ScanResult {
  /** In scan order (ascending for forward, descending for backward). */
  events: SimEvent[];
  /** True when the whole range was covered. */
  complete: boolean;
  /** Position to resume from when not complete (exclusive). */
  resume: EventPosition | null;
  scanned: number;
}

/** A position before every event at or after `ms`. */
export function positionBefore(ms: number): EventPosition {
  return { timestamp: ms - 1, origin: 8, id: Number.MAX_SAFE_INTEGER - 1 };
}

/** A position after every event before `ms`. */
export function positionAfter(ms: number): EventPosition {
  return { timestamp: ms, origin: -1, id: -1 };
}

const EVENT_OVERHEAD = 26;

export function scanEvents(
  reader: EventReader,
  group: LogGroupState,
  ctx: ReadContext,
  range: ScanRange,
  from: EventPosition,
  forward: boolean,
  limits: ScanLimits,
  match: (ev: SimEvent) => boolean,
): ScanResult {
  const out: SimEvent[] = [];
  let bytes = 0;
  let scanned = 0;
  if (range.toMs <= range.fromMs) return { events: out, complete: true, resume: null, scanned };
  const firstMinute = Math.floor(range.fromMs / MINUTE_MS);
  const lastMinute = Math.floor((range.toMs - 1) / MINUTE_MS);
  let m: number | null = forward
    ? reader.nextMinute(group, Math.max(firstMinute, Math.floor(from.timestamp / MINUTE_MS)), lastMinute, ctx)
    : reader.previousMinute(
        group,
        Math.min(lastMinute, Math.floor(from.timestamp / MINUTE_MS)),
        firstMinute,
        ctx,
      );
  while (m !== null) {
    const events = reader.minute(group, m, ctx);
    const n = events.length;
    for (let k = 0; k < n; k++) {
      const ev = events[forward ? k : n - 1 - k] as SimEvent;
      if (ev.timestamp < range.fromMs || ev.timestamp >= range.toMs) continue;
      const c = comparePosition(ev, from);
      if (forward ? c <= 0 : c >= 0) continue;
      scanned++;
      if (!match(ev)) {
        if (scanned >= limits.maxScanned) return { events: out, complete: false, resume: ev, scanned };
        continue;
      }
      const size = ev.message.length + EVENT_OVERHEAD;
      if (out.length >= limits.maxEvents || (out.length > 0 && bytes + size > limits.maxBytes)) {
        const last = out[out.length - 1] ?? null;
        return { events: out, complete: false, resume: last, scanned };
      }
      out.push(ev);
      bytes += size;
      if (scanned >= limits.maxScanned) return { events: out, complete: false, resume: ev, scanned };
    }
    m = forward
      ? m + 1 > lastMinute
        ? null
        : reader.nextMinute(group, m + 1, lastMinute, ctx)
      : m - 1 < firstMinute
        ? null
        : reader.previousMinute(group, m - 1, firstMinute, ctx);
  }
  return { events: out, complete: true, resume: null, scanned };
}
