// A log stream that holds events written with PutLogEvents (created explicitly, or a demo stream that has
// received puts). Events are kept in total order; batches may arrive out of order between calls.

import { compareEvents, type SimEvent } from "./sim-event";

export class LogStreamState {
  readonly name: string;
  readonly creationTime: number;
  private events: SimEvent[] = [];
  private sorted = true;
  storedBytes = 0;
  firstEventTimestamp: number | undefined;
  lastEventTimestamp: number | undefined;
  lastIngestionTime: number | undefined;
  /** Number of accepted PutLogEvents batches (for the deprecated uploadSequenceToken). */
  uploads = 0;

  constructor(name: string, creationTime: number) {
    this.name = name;
    this.creationTime = creationTime;
  }

  get size(): number {
    return this.events.length;
  }

  add(ev: SimEvent, bytes: number): void {
    const last = this.events[this.events.length - 1];
    if (last && compareEvents(ev, last) < 0) this.sorted = false;
    this.events.push(ev);
    this.storedBytes += bytes;
    if (this.firstEventTimestamp === undefined || ev.timestamp < this.firstEventTimestamp) {
      this.firstEventTimestamp = ev.timestamp;
    }
    if (this.lastEventTimestamp === undefined || ev.timestamp > this.lastEventTimestamp) {
      this.lastEventTimestamp = ev.timestamp;
    }
    this.lastIngestionTime = ev.ingestionTime;
  }

  /** All events in total order. */
  all(): SimEvent[] {
    if (!this.sorted) {
      this.events.sort(compareEvents);
      this.sorted = true;
    }
    return this.events;
  }

  /** Index of the first event with timestamp >= ms. */
  lowerBound(ms: number): number {
    const events = this.all();
    let lo = 0;
    let hi = events.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((events[mid]?.timestamp ?? 0) < ms) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Events with timestamps in [fromMs, toMs), appended to `out`. */
  collect(fromMs: number, toMs: number, out: SimEvent[]): void {
    const events = this.all();
    for (let i = this.lowerBound(fromMs); i < events.length; i++) {
      const ev = events[i] as SimEvent;
      if (ev.timestamp >= toMs) break;
      out.push(ev);
    }
  }

  /** Smallest event timestamp >= ms, if any. */
  nextTimestamp(ms: number): number | undefined {
    return this.all()[this.lowerBound(ms)]?.timestamp;
  }

  /** Largest event timestamp < ms, if any. */
  previousTimestamp(ms: number): number | undefined {
    const i = this.lowerBound(ms);
    return i > 0 ? this.all()[i - 1]?.timestamp : undefined;
  }
}
