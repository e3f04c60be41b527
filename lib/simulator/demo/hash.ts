// Deterministic pseudo-randomness: every "random" number of the demo world is a hash of (seed, position), so
// any point in time can be generated on its own, in any order, identically on every run.

/** FNV-1a over UTF-16 code units, 32-bit unsigned. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Avalanche hash of a seed and an integer position (murmur3 finaliser). */
export function hash2(seed: number, x: number): number {
  let h = (seed ^ Math.imul(x | 0, 0x9e3779b1) ^ Math.imul(Math.floor(x / 4294967296) | 0, 0x7feb352d)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Uniform in [0, 1). */
export function uniform(seed: number, x: number): number {
  return hash2(seed, x) / 4294967296;
}

const IRWIN_HALL_SCALE = Math.sqrt(3) / 255;

/**
 * Approximately standard normal (Irwin–Hall of the four bytes of one hash): cheap, bounded by ±3.46, which
 * suits noise that should never produce absurd outliers.
 */
export function gaussian(seed: number, x: number): number {
  const h = hash2(seed, x);
  return ((h & 0xff) + ((h >>> 8) & 0xff) + ((h >>> 16) & 0xff) + (h >>> 24) - 510) * IRWIN_HALL_SCALE;
}
