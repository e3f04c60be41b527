// Lambda function log groups (`/aws/lambda/<function>`): START / END / REPORT platform lines and JSON
// application lines, per invocation. A minute holds exactly the Invocations of the metrics world, of which the
// Errors count fail, with the Duration series' durations (incidents included: the checkout error burst fails
// ~14% of shop-checkout invocations and slows it down; the 13:05 release regression makes it slower).

import * as hashing from "@/lib/simulator/demo/hash";
import type { LambdaFunction } from "@/lib/simulator/demo/inventory";
import type { GroupRef, SimEvent } from "../model/sim-event";
import { MINUTE_MS } from "../semantics";
import { LambdaEnvironments } from "./lambda-environments";
import { lambdaProfile, type LambdaProfile } from "./lambda-profiles";
import { probe, type MetricProbe } from "./metric-probe";
import { Releases } from "./releases";
import { MinuteBuilder, type DemoLogSource, type DemoStream } from "./source";
import { fixed, isoMillis, uuid } from "./text";

const { gaussian, hash2, hashString, uniform } = hashing;

/** One minute of invocations, as plain arrays (cheap enough to recompute for the minutes that spill over). */
interface Invocations {
  n: number;
  /** End time (epoch ms) of each invocation, in [minute start + 1, minute end). */
  end: Float64Array;
  duration: Float64Array;
  failed: Uint8Array;
}

export class LambdaLogSource implements DemoLogSource {
  readonly kind = "lambda" as const;
  readonly bytesPerMinute: number;
  private readonly seed: number;
  private readonly durations: MetricProbe;
  private readonly errors: MetricProbe;
  private readonly profile: LambdaProfile;
  private readonly releases: Releases;
  private readonly environments: LambdaEnvironments;
  /** Minutes after the current one whose invocations may have started in it (longest possible duration). */
  private readonly lookahead: number;
  private readonly builder = new MinuteBuilder();
  private scratch: Invocations = {
    n: 0,
    end: new Float64Array(64),
    duration: new Float64Array(64),
    failed: new Uint8Array(64),
  };

  constructor(
    readonly group: GroupRef,
    fn: LambdaFunction,
    worldSeed: number,
  ) {
    const { accountId, region } = group;
    this.seed = hash2(worldSeed, hashString(`lambda|${accountId}|${region}|${fn.name}`));
    const dims = { FunctionName: fn.name };
    this.durations = probe(worldSeed, accountId, region, "AWS/Lambda", "Duration", dims);
    this.errors = probe(worldSeed, accountId, region, "AWS/Lambda", "Errors", dims);
    this.profile = lambdaProfile(fn.name);
    this.releases = new Releases(accountId);
    const envCount = Math.min(6, Math.max(1, Math.ceil(((fn.rate * fn.durationMs) / 60_000) * 3) + 1));
    this.environments = new LambdaEnvironments(this.seed, envCount, this.releases);
    this.lookahead = Math.ceil((this.profile.timeoutMs + 1000) / MINUTE_MS);
    this.bytesPerMinute = Math.round(fn.rate * 560);
  }

  streams(fromMs: number, toMs: number): DemoStream[] {
    // An environment's stream is named by the environment serving the invocation's end, so the START lines
    // of its first invocations may precede the environment's start by up to one invocation.
    const lead = this.profile.timeoutMs + 1000;
    return this.environments
      .segmentsBetween(fromMs, toMs)
      .map((s) => ({ ...s, firstEventTimestamp: s.firstEventTimestamp - lead }));
  }

  minute(minute: number, out: SimEvent[]): void {
    const fromMs = minute * MINUTE_MS;
    const toMs = fromMs + MINUTE_MS;
    // Invocations belong to the minute they end in (their REPORT line), so the platform and error lines of a
    // minute match its Invocations and Errors metrics; the START lines of later minutes' invocations may
    // fall into this one.
    for (let k = minute; k <= minute + this.lookahead; k++) this.emit(k, fromMs, toMs);
    this.builder.flush(this.group, 900, fromMs, toMs, out);
  }

  /** Adds the lines of the invocations ending in minute `k` that fall in [fromMs, toMs). */
  private emit(k: number, fromMs: number, toMs: number): void {
    const inv = this.invocations(k);
    if (inv.n === 0) return;
    const seed = hash2(this.seed, k);
    const { text, memoryMb, memoryShare, runtime } = this.profile;
    const b = this.builder;
    const coldSeen = new Set<number>();
    const minuteStart = k * MINUTE_MS;
    for (let i = 0; i < inv.n; i++) {
      const end = inv.end[i] ?? 0;
      const d = inv.duration[i] ?? 0;
      const h = hash2(seed, i);
      const env = h % this.environments.count;
      const segment = this.environments.segmentAt(env, end);
      const begin = end - Math.ceil(d);
      // The first invocation an environment serves in the minute it started is a cold start.
      const cold = segment.start >= minuteStart && begin >= segment.start && !coldSeen.has(env);
      if (cold) coldSeen.add(env);
      const init = cold ? 140 + (h % 260) + (h & 1023) / 1024 : 0;
      const initAt = begin - Math.ceil(init);
      if (end < fromMs || initAt >= toMs) continue;
      const stream = segment.name;
      const id = uuid(seed, i);
      const failed = inv.failed[i] === 1;
      const release = this.releases.nameOf(this.releases.windowAt(begin).index);
      if (cold && initAt >= fromMs) {
        b.add(
          initAt,
          stream,
          `INIT_START Runtime Version: ${runtime}.v34\tRuntime Version ARN: arn:aws:lambda:${this.group.region}::runtime:${id.replace(/-/g, "")}\n`,
        );
      }
      if (begin >= fromMs && begin < toMs) {
        b.add(begin, stream, `START RequestId: ${id} Version: $LATEST\n`);
        if (cold) {
          b.add(
            begin,
            stream,
            `${isoMillis(begin)}\t${id}\tINFO\t{"level":"INFO","msg":"cold start","release":"${release}","runtime":"${runtime}"}\n`,
          );
        }
      }
      const appAt = begin + 1 + (h % 4);
      if (appAt >= fromMs && appAt < toMs && appAt < end - 1) {
        b.add(appAt, stream, `${isoMillis(appAt)}\t${id}\tINFO\t${text.begin(h, release)}\n`);
      }
      const lastAt = end - 1;
      if (lastAt >= fromMs && lastAt < toMs) {
        const body = failed ? text.failure(h, d) : text.success(h, d);
        b.add(lastAt, stream, `${isoMillis(lastAt)}\t${id}\t${failed ? "ERROR" : "INFO"}\t${body}\n`);
      }
      if (end >= fromMs && end < toMs) {
        const used = Math.min(memoryMb, Math.round(memoryMb * memoryShare * (1 + 0.12 * gaussian(seed, i))));
        b.add(end, stream, `END RequestId: ${id}\n`);
        b.add(
          end,
          stream,
          `REPORT RequestId: ${id}\tDuration: ${fixed(d, 2)} ms\tBilled Duration: ${Math.ceil(d)} ms\t` +
            `Memory Size: ${memoryMb} MB\tMax Memory Used: ${used} MB\t${cold ? `Init Duration: ${fixed(init, 2)} ms\t` : ""}\n`,
        );
      }
    }
  }

  /** End times, durations and failures of the invocations that end in epoch minute `k`. */
  private invocations(k: number): Invocations {
    const t = k * 60;
    const stats = this.durations.events(t);
    const n = stats.n;
    let inv = this.scratch;
    if (inv.end.length < n) {
      inv = {
        n: 0,
        end: new Float64Array(n * 2),
        duration: new Float64Array(n * 2),
        failed: new Uint8Array(n * 2),
      };
      this.scratch = inv;
    }
    inv.n = n;
    if (n === 0) return inv;
    const seed = hash2(this.seed ^ 0x1a4b, k);
    const base = k * MINUTE_MS;
    const sigma = this.durations.sigma;
    const median = stats.sum / n / Math.exp((sigma * sigma) / 2);
    const exact = stats.samples.length === n;
    const rotate = hash2(seed, 0x707) % n;
    const timeout = this.profile.timeoutMs;
    for (let i = 0; i < n; i++) {
      inv.end[i] = base + 1 + Math.floor(((i + uniform(seed, i)) / n) * (MINUTE_MS - 2));
      const j = (i + rotate) % n;
      // Exact metric samples when the metrics world made them one by one; otherwise the minute's minimum and
      // maximum exactly plus log-normal draws around the median in between.
      let d = exact
        ? (stats.samples[j] ?? median)
        : j === 0
          ? stats.min
          : j === 1
            ? stats.max
            : Math.min(stats.max, Math.max(stats.min, median * Math.exp(sigma * gaussian(seed, 1000 + i))));
      if (d > timeout) d = timeout;
      inv.duration[i] = Math.round(d * 100) / 100;
      inv.failed[i] = 0;
    }
    const failures = Math.min(n, this.errors.count(t));
    const fseed = hash2(seed, 0xfa11);
    for (let c = 0; c < failures; c++) {
      let j = hash2(fseed, c) % n;
      while (inv.failed[j] === 1) j = j + 1 === n ? 0 : j + 1;
      inv.failed[j] = 1;
    }
    return inv;
  }
}
