// Release names and windows of an account's deployment schedule (the same schedule the metrics use for their
// per-release shifts), so every generator names the running release identically.

import { deployScheduleFor, releaseIndex, type DeploySchedule } from "@/lib/simulator/demo/incidents";
import { pad2 } from "./text";

const DAY_S = 86_400;

export class Releases {
  readonly schedule: DeploySchedule | undefined;
  constructor(accountId: string) {
    this.schedule = deployScheduleFor(accountId);
  }

  /** [start, end) of the release running at `ms`, in epoch ms (one endless release without a schedule). */
  windowAt(ms: number): { index: number; start: number; end: number } {
    const s = this.schedule;
    if (!s) return { index: 0, start: -Infinity, end: Infinity };
    const index = releaseIndex(s, ms / 1000);
    const start = (index * s.everySeconds + s.offsetSeconds) * 1000;
    return { index, start, end: start + s.everySeconds * 1000 };
  }

  /** `2026.06.01-2`: the day of the release and its number within that day. */
  nameOf(index: number): string {
    const s = this.schedule;
    if (!s) return "2025.01.01-1";
    const start = index * s.everySeconds + s.offsetSeconds;
    const dayStart = Math.floor(start / DAY_S) * DAY_S;
    const first = dayStart + (((s.offsetSeconds % s.everySeconds) + s.everySeconds) % s.everySeconds);
    const k = Math.floor((start - first) / s.everySeconds) + 1;
    const d = new Date(start * 1000);
    return `${d.getUTCFullYear()}.${pad2(d.getUTCMonth() + 1)}.${pad2(d.getUTCDate())}-${k}`;
  }

  /** Deployment instants (epoch ms) in [fromMs, toMs). */
  between(fromMs: number, toMs: number): number[] {
    const s = this.schedule;
    if (!s) return [];
    const out: number[] = [];
    const every = s.everySeconds * 1000;
    const offset = s.offsetSeconds * 1000;
    for (let t = Math.ceil((fromMs - offset) / every) * every + offset; t < toMs; t += every) out.push(t);
    return out;
  }
}
