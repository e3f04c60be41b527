import type { PushBus } from "@/lib/push/bus";
import { openEventStreams } from "@/lib/telemetry/metrics";
import { RESUME_BUFFER_EVENTS, SSE_RETRY_MS } from "./constants";
import { formatSse } from "./sse-format";

// Open event streams of this server. Each stream listens to at most one bus channel; the hub numbers the
// channel's messages (`<boot>.<seq>`) and keeps the last few so a screen that reconnects with Last-Event-ID
// gets what it missed — or a `resync` when it cannot know (another boot, or too long away).

interface Buffered {
  seq: number;
  payload: string;
}

interface ChannelState {
  streams: number;
  /** Every message after this sequence number is either buffered or was dropped up to droppedUpTo. */
  since: number;
  droppedUpTo: number;
  buffer: Buffered[];
  unsubscribe: () => void;
  listeners: Set<(item: Buffered) => void>;
}

export interface OpenStreamOptions {
  channel?: string;
  lastEventId?: string | null;
  heartbeatMs: number;
  /** Sent first, as the `hello` event. */
  hello: Record<string, unknown>;
  /** The request's signal: the stream ends when the client goes away. */
  signal?: AbortSignal;
  /** Called once when the stream ends, whatever ended it. */
  onClose?: () => void;
}

export class EventHub {
  private readonly boot = Date.now().toString(36);
  private seq = 0;
  private readonly channels = new Map<string, ChannelState>();
  private open = 0;
  private readonly finishers = new Set<() => void>();
  private readonly encoder = new TextEncoder();

  constructor(private readonly bus: PushBus) {}

  openStreams(): number {
    return this.open;
  }

  channelCount(): number {
    return this.channels.size;
  }

  /** Ends every open stream (server shutdown), so closing the HTTP server does not wait for them. */
  closeAll(): void {
    for (const finish of [...this.finishers]) finish();
  }

  stream(options: OpenStreamOptions): ReadableStream<Uint8Array> {
    let cleanup: (() => void) | undefined;
    return new ReadableStream<Uint8Array>({
      start: (controller) => {
        this.open++;
        openEventStreams.inc();
        let closed = false;
        const write = (text: string) => {
          if (closed) return;
          try {
            controller.enqueue(this.encoder.encode(text));
          } catch {
            finish();
          }
        };
        const detach: Array<() => void> = [];
        const finish = () => {
          if (closed) return;
          closed = true;
          this.open--;
          openEventStreams.dec();
          this.finishers.delete(finish);
          for (const d of detach) d();
          try {
            controller.close();
          } catch {
            // Already closed or cancelled by the client.
          }
          options.onClose?.();
        };
        cleanup = finish;
        this.finishers.add(finish);

        write(formatSse({ retryMs: SSE_RETRY_MS, event: "hello", data: JSON.stringify(options.hello) }));
        if (options.channel) {
          const channel = options.channel;
          const state = this.join(channel);
          detach.push(() => this.leave(channel));
          this.resume(state, options.lastEventId ?? undefined, write);
          const listener = (item: Buffered) =>
            write(formatSse({ id: this.idOf(item.seq), event: "message", data: item.payload }));
          state.listeners.add(listener);
          detach.push(() => state.listeners.delete(listener));
        }
        const heartbeat = setInterval(
          () => write(formatSse({ event: "heartbeat", data: JSON.stringify({ at: Date.now() }) })),
          options.heartbeatMs,
        );
        heartbeat.unref?.();
        detach.push(() => clearInterval(heartbeat));
        if (options.signal) {
          if (options.signal.aborted) finish();
          const onAbort = () => finish();
          options.signal.addEventListener("abort", onAbort, { once: true });
          detach.push(() => options.signal?.removeEventListener("abort", onAbort));
        }
      },
      cancel: () => cleanup?.(),
    });
  }

  private idOf(seq: number): string {
    return `${this.boot}.${seq}`;
  }

  private resume(state: ChannelState, lastEventId: string | undefined, write: (text: string) => void): void {
    if (!lastEventId) return;
    const [boot, seqText] = lastEventId.split(".");
    const lastSeq = Number(seqText);
    const known =
      boot === this.boot &&
      Number.isInteger(lastSeq) &&
      lastSeq <= this.seq &&
      lastSeq >= state.since &&
      lastSeq >= state.droppedUpTo;
    if (!known) {
      write(
        formatSse({ event: "resync", data: JSON.stringify({ reason: "missed events cannot be replayed" }) }),
      );
      return;
    }
    for (const item of state.buffer) {
      if (item.seq > lastSeq)
        write(formatSse({ id: this.idOf(item.seq), event: "message", data: item.payload }));
    }
  }

  private join(channel: string): ChannelState {
    let state = this.channels.get(channel);
    if (!state) {
      const created: ChannelState = {
        streams: 0,
        since: this.seq,
        droppedUpTo: 0,
        buffer: [],
        listeners: new Set(),
        unsubscribe: () => {},
      };
      created.unsubscribe = this.bus.subscribe(channel, (payload) => {
        const item = { seq: ++this.seq, payload };
        created.buffer.push(item);
        if (created.buffer.length > RESUME_BUFFER_EVENTS)
          created.droppedUpTo = created.buffer.shift()?.seq ?? created.droppedUpTo;
        for (const listener of [...created.listeners]) listener(item);
      });
      this.channels.set(channel, created);
      state = created;
    }
    state.streams++;
    return state;
  }

  private leave(channel: string): void {
    const state = this.channels.get(channel);
    if (!state) return;
    state.streams--;
    if (state.streams > 0) return;
    state.unsubscribe();
    this.channels.delete(channel);
  }
}
