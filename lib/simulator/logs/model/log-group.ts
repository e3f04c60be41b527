// One log group of one account and Region: created with CreateLogGroup, or part of the demo world (then its
// events are generated on demand and merged with whatever was put into it).

import type { DemoLogSource, DemoStream } from "../demo/source";
import { DAY_MS, MINUTE_MS } from "../semantics";
import { LogStreamState } from "./log-stream";
import type { GroupRef } from "./sim-event";

export type LogGroupClass = "STANDARD" | "INFREQUENT_ACCESS" | "ESSENTIALS" | "DELIVERY";
export const LOG_GROUP_CLASSES: readonly LogGroupClass[] = [
  "STANDARD",
  "INFREQUENT_ACCESS",
  "ESSENTIALS",
  "DELIVERY",
];

export interface LogGroupSettings {
  creationTime: number;
  retentionInDays?: number;
  kmsKeyId?: string;
  logGroupClass?: LogGroupClass;
  deletionProtectionEnabled?: boolean;
  tags?: Record<string, string>;
}

export class LogGroupState {
  readonly ref: GroupRef;
  readonly creationTime: number;
  retentionInDays: number | undefined;
  readonly kmsKeyId: string | undefined;
  readonly logGroupClass: LogGroupClass;
  readonly deletionProtectionEnabled: boolean;
  readonly tags: Record<string, string>;
  readonly demo: DemoLogSource | null;
  /** Streams that hold put events or were created explicitly. */
  readonly streams = new Map<string, LogStreamState>();
  /** Demo streams removed with DeleteLogStream: their generated events are no longer returned. */
  readonly deletedDemoStreams = new Set<string>();
  /** Hash of the group identity, used in event ids. */
  readonly hash: number;
  private seq = 0;

  constructor(ref: GroupRef, settings: LogGroupSettings, demo: DemoLogSource | null, hash: number) {
    this.ref = ref;
    this.creationTime = settings.creationTime;
    this.retentionInDays = settings.retentionInDays;
    this.kmsKeyId = settings.kmsKeyId;
    this.logGroupClass = settings.logGroupClass ?? "STANDARD";
    this.deletionProtectionEnabled = settings.deletionProtectionEnabled ?? false;
    this.tags = settings.tags ?? {};
    this.demo = demo;
    this.hash = hash;
  }

  get name(): string {
    return this.ref.name;
  }

  nextSeq(): number {
    return this.seq++;
  }

  /** Oldest visible event time under the retention setting (epoch ms). */
  retentionStart(now: number): number {
    return this.retentionInDays === undefined ? -Infinity : now - this.retentionInDays * DAY_MS;
  }

  /** Epoch minutes [from, to] in which the demo world writes to this group (empty range without demo). */
  demoMinutes(now: number): { from: number; to: number } {
    if (!this.demo) return { from: 1, to: 0 };
    const from = Math.max(this.creationTime, this.retentionStart(now));
    return { from: Math.floor(from / MINUTE_MS), to: Math.floor(now / MINUTE_MS) };
  }

  /** Demo streams overlapping [fromMs, toMs) that have not been deleted. */
  demoStreams(fromMs: number, toMs: number): DemoStream[] {
    if (!this.demo || toMs <= fromMs) return [];
    const all = this.demo.streams(fromMs, toMs);
    return this.deletedDemoStreams.size === 0 ? all : all.filter((s) => !this.deletedDemoStreams.has(s.name));
  }

  /** Whether a stream of this name exists (explicit, put-to, or a current demo stream). */
  hasStream(name: string, now: number): boolean {
    if (this.streams.has(name)) return true;
    return this.findDemoStream(name, now) !== undefined;
  }

  findDemoStream(name: string, now: number): DemoStream | undefined {
    if (!this.demo || this.deletedDemoStreams.has(name)) return undefined;
    const { from, to } = this.demoMinutes(now);
    if (to < from) return undefined;
    return this.demo.streams(from * MINUTE_MS, now + 1).find((s) => s.name === name);
  }

  /** The stream to write put events into, created on first use for demo streams. */
  streamForPut(name: string, now: number): LogStreamState | undefined {
    let stream = this.streams.get(name);
    if (stream) return stream;
    const demoStream = this.findDemoStream(name, now);
    if (!demoStream) return undefined;
    stream = new LogStreamState(name, Math.max(demoStream.firstEventTimestamp, this.creationTime));
    this.streams.set(name, stream);
    return stream;
  }

  storedBytes(now: number): number {
    let bytes = 0;
    for (const s of this.streams.values()) bytes += s.storedBytes;
    if (this.demo) {
      const { from, to } = this.demoMinutes(now);
      if (to >= from) bytes += (to - from + 1) * this.demo.bytesPerMinute;
    }
    return bytes;
  }
}
