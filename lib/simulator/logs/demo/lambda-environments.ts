// Lambda execution environments and their log streams. Each function keeps a few environments; an environment
// lives for ENVIRONMENT_LIFETIME_MS (offset per environment) or until the next deployment replaces it, and
// writes to its own stream `YYYY/MM/DD/[$LATEST]<32 hex>` named after its start.

import { hash2 } from "@/lib/simulator/demo/hash";
import type { DemoStream } from "./source";
import type { Releases } from "./releases";
import { hexId, pad2 } from "./text";

/** [I] How long Lambda keeps an idle-but-warm execution environment around in the demo. */
export const ENVIRONMENT_LIFETIME_MS = 2 * 3_600_000;

export interface EnvironmentSegment {
  env: number;
  start: number;
  end: number;
  name: string;
}

function streamDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}/${pad2(d.getUTCMonth() + 1)}/${pad2(d.getUTCDate())}`;
}

export class LambdaEnvironments {
  private readonly phase: number[];
  private readonly current: Array<EnvironmentSegment | null>;

  constructor(
    private readonly seed: number,
    readonly count: number,
    private readonly releases: Releases,
  ) {
    this.phase = Array.from({ length: count }, (_, e) => hash2(seed, e) % ENVIRONMENT_LIFETIME_MS);
    this.current = Array.from({ length: count }, () => null);
  }

  /** The segment (environment instance) of environment `env` running at `ms`. */
  segmentAt(env: number, ms: number): EnvironmentSegment {
    const cached = this.current[env];
    if (cached && ms >= cached.start && ms < cached.end) return cached;
    const phase = this.phase[env] ?? 0;
    const epochStart = Math.floor((ms - phase) / ENVIRONMENT_LIFETIME_MS) * ENVIRONMENT_LIFETIME_MS + phase;
    const release = this.releases.windowAt(ms);
    const start = Math.max(epochStart, release.start);
    const end = Math.min(epochStart + ENVIRONMENT_LIFETIME_MS, release.end);
    const segment = {
      env,
      start,
      end,
      name: `${streamDate(start)}/[$LATEST]${hexId(this.seed ^ env, start / 1000, 32)}`,
    };
    this.current[env] = segment;
    return segment;
  }

  /** Every segment overlapping [fromMs, toMs). */
  segmentsBetween(fromMs: number, toMs: number): DemoStream[] {
    const out: DemoStream[] = [];
    for (let env = 0; env < this.count; env++) {
      let t = fromMs;
      while (t < toMs) {
        const s = this.segmentAt(env, t);
        out.push({ name: s.name, firstEventTimestamp: s.start, endTimestamp: s.end });
        t = s.end;
      }
    }
    return out;
  }
}
