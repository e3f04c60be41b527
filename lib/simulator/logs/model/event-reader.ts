// Reads a log group one minute at a time: the generated demo events of that minute merged with put events, in
// total order, limited to what is visible (not in the future, within retention, not in deleted streams).
// Every reader of events (GetLogEvents, FilterLogEvents, queries, GetLogRecord) goes through here.

import { MINUTE_MS } from "../semantics";
import type { LogGroupState } from "./log-group";
import { compareEvents, type SimEvent } from "./sim-event";

export type StreamAccept = ((stream: string) => boolean) | null;

export interface ReadContext {
  /** Epoch ms: generated events after this instant do not exist yet. */
  now: number;
  accept: StreamAccept;
  /** Keep generated minutes in the small shared cache (paging readers); queries stream without it. */
  cache: boolean;
}

const EMPTY: SimEvent[] = [];

/**
 * [I] Generated events kept for paging readers (a FilterLogEvents / GetLogEvents page that ends inside a minute,
 * GetLogRecord). Bounded by event count: a busy load balancer writes a megabyte a minute.
 */
export const MINUTE_CACHE_EVENTS = 50_000;

export class EventReader {
  private readonly cache = new Map<string, SimEvent[]>();
  private cachedEvents = 0;

  /** Generated events of one minute (unfiltered), possibly from the cache. */
  generated(group: LogGroupState, minute: number, useCache: boolean): SimEvent[] {
    const demo = group.demo;
    if (!demo) return EMPTY;
    const key = useCache ? `${group.hash}|${group.name}|${minute}` : "";
    if (useCache) {
      const hit = this.cache.get(key);
      if (hit) {
        this.cache.delete(key);
        this.cache.set(key, hit);
        return hit;
      }
    }
    const out: SimEvent[] = [];
    demo.minute(minute, out);
    if (useCache) {
      this.cache.set(key, out);
      this.cachedEvents += out.length;
      for (const [oldKey, oldEvents] of this.cache) {
        if (this.cachedEvents <= MINUTE_CACHE_EVENTS || oldKey === key) break;
        this.cache.delete(oldKey);
        this.cachedEvents -= oldEvents.length;
      }
    }
    return out;
  }

  /** The visible events of `minute`, in total order. The result may be shared: do not modify it. */
  minute(group: LogGroupState, minute: number, ctx: ReadContext): SimEvent[] {
    const startMs = minute * MINUTE_MS;
    const endMs = startMs + MINUTE_MS;
    const floor = group.retentionStart(ctx.now);
    let events = EMPTY;
    const window = group.demoMinutes(ctx.now);
    if (minute >= window.from && minute <= window.to) {
      const all = this.generated(group, minute, ctx.cache);
      const lowest = Math.max(floor, group.creationTime);
      const deleted = group.deletedDemoStreams.size > 0 ? group.deletedDemoStreams : null;
      if (ctx.accept === null && deleted === null && startMs >= lowest && endMs - 1 <= ctx.now) events = all;
      else {
        events = [];
        for (const ev of all) {
          if (ev.timestamp > ctx.now || ev.timestamp < lowest) continue;
          if (deleted?.has(ev.logStream) || (ctx.accept !== null && !ctx.accept(ev.logStream))) continue;
          events.push(ev);
        }
      }
    }
    if (group.streams.size === 0) return events;
    let put: SimEvent[] | null = null;
    for (const stream of group.streams.values()) {
      if (stream.size === 0 || (ctx.accept !== null && !ctx.accept(stream.name))) continue;
      put ??= [];
      stream.collect(Math.max(startMs, floor), endMs, put);
    }
    if (put === null || put.length === 0) return events;
    const merged = events.length === 0 ? put : events.concat(put);
    return merged.sort(compareEvents);
  }

  /** The first minute in [from, to] that may hold visible events, or null. */
  nextMinute(group: LogGroupState, from: number, to: number, ctx: ReadContext): number | null {
    let best = Infinity;
    const window = group.demoMinutes(ctx.now);
    const lo = Math.max(from, window.from);
    if (lo <= Math.min(to, window.to)) best = lo;
    const floorMinute = Math.floor(group.retentionStart(ctx.now) / MINUTE_MS);
    for (const stream of group.streams.values()) {
      if (stream.size === 0 || (ctx.accept !== null && !ctx.accept(stream.name))) continue;
      const ts = stream.nextTimestamp(Math.max(from, floorMinute) * MINUTE_MS);
      if (ts !== undefined) best = Math.min(best, Math.floor(ts / MINUTE_MS));
    }
    return best <= to ? best : null;
  }

  /** The last minute in [lower, from] that may hold visible events, or null. */
  previousMinute(group: LogGroupState, from: number, lower: number, ctx: ReadContext): number | null {
    let best = -Infinity;
    const window = group.demoMinutes(ctx.now);
    const hi = Math.min(from, window.to);
    if (hi >= Math.max(lower, window.from)) best = hi;
    for (const stream of group.streams.values()) {
      if (stream.size === 0 || (ctx.accept !== null && !ctx.accept(stream.name))) continue;
      const ts = stream.previousTimestamp((from + 1) * MINUTE_MS);
      if (ts !== undefined) best = Math.max(best, Math.floor(ts / MINUTE_MS));
    }
    const floorMinute = Math.floor(group.retentionStart(ctx.now) / MINUTE_MS);
    return best >= lower && best >= floorMinute ? best : null;
  }
}
