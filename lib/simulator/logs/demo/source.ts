// The contract between the demo world's log generators and the rest of the service. A generator is a pure
// function of (seed, group, minute): nothing is stored, and any minute can be produced on its own.

import { ORIGIN_DEMO, SimEvent, type GroupRef } from "../model/sim-event";

export type DemoKind = "lambda" | "alb" | "app" | "vpc" | "cloudtrail";

export interface DemoStream {
  name: string;
  /** Epoch ms of the stream's first possible event; also its creation time. */
  firstEventTimestamp: number;
  /** Epoch ms after the stream's last possible event (exclusive); Infinity while it is still written to. */
  endTimestamp: number;
}

export interface DemoLogSource {
  readonly kind: DemoKind;
  readonly group: GroupRef;
  /** Appends the events of epoch minute `minute` in time order (ties broken by id = position). */
  minute(minute: number, out: SimEvent[]): void;
  /** Streams that may hold events in [fromMs, toMs), in any order. */
  streams(fromMs: number, toMs: number): DemoStream[];
  /** Rough size of one minute of this group's events, for storedBytes and stream sizes. */
  readonly bytesPerMinute: number;
}

export interface DemoGroupDefinition {
  name: string;
  kind: DemoKind;
  /** Epoch ms. */
  creationTime: number;
  retentionInDays?: number;
  create(group: GroupRef): DemoLogSource;
}

/**
 * Collects one minute of generated lines (possibly out of order), then emits them as events sorted by time,
 * each with id = its position in the minute. Arrays are reused between minutes.
 */
export class MinuteBuilder {
  private ts: number[] = [];
  private streams: string[] = [];
  private messages: string[] = [];
  private order: number[] = [];
  private sorted = true;

  add(timestamp: number, stream: string, message: string): void {
    const n = this.ts.length;
    if (n > 0 && timestamp < (this.ts[n - 1] ?? 0)) this.sorted = false;
    this.ts.push(timestamp);
    this.streams.push(stream);
    this.messages.push(message);
  }

  /** Emits events with timestamps in [fromMs, toMs) and resets the builder. */
  flush(group: GroupRef, ingestDelayMs: number, fromMs: number, toMs: number, out: SimEvent[]): void {
    const { ts, streams, messages } = this;
    const n = ts.length;
    let order: number[] | null = null;
    if (!this.sorted) {
      order = this.order;
      order.length = n;
      for (let i = 0; i < n; i++) order[i] = i;
      order.sort((a, b) => (ts[a] ?? 0) - (ts[b] ?? 0) || a - b);
    }
    let id = 0;
    for (let k = 0; k < n; k++) {
      const i = order === null ? k : (order[k] ?? k);
      const t = ts[i] ?? 0;
      if (t < fromMs || t >= toMs) continue;
      // A deterministic 0..1.5 s spread on top of the delivery delay, as agents batch their uploads.
      const ingestion = t + ingestDelayMs + ((t * 7 + id * 131) % 1500);
      out.push(new SimEvent(group, streams[i] ?? "", t, ingestion, messages[i] ?? "", ORIGIN_DEMO, id++));
    }
    ts.length = 0;
    streams.length = 0;
    messages.length = 0;
    this.sorted = true;
  }
}
