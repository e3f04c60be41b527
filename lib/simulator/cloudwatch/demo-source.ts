// Feeds generated demo series into query accumulators, honouring retention tiers and data availability, with
// an LRU cache of per-slot aggregates so that dashboard refreshes do not regenerate the same minutes.

import { aggregateSlot, type SeriesSpec } from "@/lib/simulator/demo";
import type { BucketAccumulator } from "./accumulator";
import { retentionCuts, tierSegments } from "./time-grid";

/** [I] Memory budget of the aggregate cache (typed arrays, outside the JS heap). */
export const DEMO_CACHE_BYTES = 96 * 1024 * 1024;
/** Slots per cached chunk: small enough that a query rarely computes much it does not use. */
const CHUNK_SLOTS = 240;
const CHUNK_VALUES = CHUNK_SLOTS * 4;
/** Chunks per slab segment; segments are allocated as the cache fills and then reused, never freed. */
const SEGMENT_CHUNKS = 512;

/**
 * LRU cache of chunk aggregates inside a few large typed arrays, so that caching allocates nothing per chunk
 * (thousands of small ArrayBuffers per request would keep the garbage collector busy).
 */
class ChunkCache {
  private readonly index = new Map<string, number>();
  private readonly segments: Float64Array[] = [];
  private readonly free: number[] = [];
  private allocated = 0;

  constructor(private readonly maxChunks: number) {}

  /** [segment, offset] of a cached chunk, refreshed as most recently used; undefined when absent. */
  get(key: string): number | undefined {
    const slot = this.index.get(key);
    if (slot === undefined) return undefined;
    this.index.delete(key);
    this.index.set(key, slot);
    return slot;
  }

  /** A slot for a new chunk, evicting the least recently used one when full. */
  claim(key: string): number {
    let slot = this.free.pop();
    if (slot === undefined) {
      if (this.allocated < this.maxChunks) {
        slot = this.allocated++;
        if (slot % SEGMENT_CHUNKS === 0) this.segments.push(new Float64Array(SEGMENT_CHUNKS * CHUNK_VALUES));
      } else {
        const oldest = this.index.entries().next();
        if (oldest.done) throw new Error("chunk cache without entries");
        this.index.delete(oldest.value[0]);
        slot = oldest.value[1];
      }
    }
    this.index.set(key, slot);
    return slot;
  }

  data(slot: number): Float64Array {
    const segment = this.segments[Math.floor(slot / SEGMENT_CHUNKS)];
    if (!segment) throw new Error(`chunk slot ${slot} not allocated`);
    return segment;
  }

  offset(slot: number): number {
    return (slot % SEGMENT_CHUNKS) * CHUNK_VALUES;
  }
}

export class DemoSource {
  private readonly cache: ChunkCache;
  private readonly scratch = new Float64Array(4);

  constructor(cacheBytes = DEMO_CACHE_BYTES) {
    this.cache = new ChunkCache(Math.max(1, Math.floor(cacheBytes / (CHUNK_VALUES * 8))));
  }

  /**
   * Adds the series' data in [acc.t0, end) that exists at `now`. `expected` generates the noise- and
   * incident-free expectation instead (used for anomaly bands); it bypasses the cache.
   */
  accumulate(spec: SeriesSpec, acc: BucketAccumulator, end: number, now: number, expected = false): void {
    const cuts = retentionCuts(now);
    const native = spec.nativeSeconds;
    const out = this.scratch;
    for (const seg of tierSegments(acc.t0, end, native, cuts)) {
      const r = seg.resolution;
      const nativeTier = r === native;
      let s = Math.ceil(seg.from / r) * r;
      const stop = nativeTier ? Math.min(seg.to, now - native + 1) : seg.to;
      if (acc.withPoints || expected) {
        for (; s < stop; s += r) {
          const b = acc.bucketAt(s);
          if (b < 0) continue;
          if (aggregateSlot(spec, s, r, out, expected, acc.withPoints ? acc.pointsOf(b) : undefined)) {
            acc.add(b, out[0] ?? 0, out[1] ?? 0, out[2] ?? 0, out[3] ?? 0);
          }
        }
        continue;
      }
      while (s < stop) {
        const chunkIndex = Math.floor(s / (r * CHUNK_SLOTS));
        const slot = this.chunk(spec, r, chunkIndex);
        const data = this.cache.data(slot);
        const base = this.cache.offset(slot);
        const chunkStart = chunkIndex * CHUNK_SLOTS * r;
        const chunkEnd = Math.min(stop, chunkStart + CHUNK_SLOTS * r);
        for (; s < chunkEnd; s += r) {
          const i = base + ((s - chunkStart) / r) * 4;
          let n = data[i] ?? 0;
          if (Number.isNaN(n)) {
            // Slots are generated on first use only, so a query never pays for parts of a chunk it skips.
            n = aggregateSlot(spec, s, r, out) ? (out[0] ?? 0) : 0;
            data[i] = n;
            data[i + 1] = out[1] ?? 0;
            data[i + 2] = out[2] ?? 0;
            data[i + 3] = out[3] ?? 0;
          }
          if (n === 0) continue;
          const b = acc.bucketAt(s);
          if (b >= 0) acc.add(b, n, data[i + 1] ?? 0, data[i + 2] ?? 0, data[i + 3] ?? 0);
        }
      }
    }
  }

  /** Cache slot of one chunk; a new chunk starts with every slot marked "not generated" (NaN count). */
  private chunk(spec: SeriesSpec, resolution: number, chunkIndex: number): number {
    const key = `${spec.id}:${resolution}:${chunkIndex}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const slot = this.cache.claim(key);
    const data = this.cache.data(slot);
    const base = this.cache.offset(slot);
    for (let k = 0; k < CHUNK_SLOTS; k++) data[base + k * 4] = NaN;
    return slot;
  }
}
