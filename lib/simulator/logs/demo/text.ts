// Fast, allocation-light formatting for generated log lines: timestamps, hex ids, IPs, numbers. These run once
// per generated event (millions per large query), so they avoid Date objects and toFixed where they can.

import * as hashing from "@/lib/simulator/demo/hash";

// Bound once: calls through an imported namespace cost a property lookup per call in transpiled code.
const { hash2 } = hashing;

const PAD2: string[] = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, "0"));
const PAD3: string[] = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, "0"));

export function pad2(n: number): string {
  return PAD2[n] ?? String(n).padStart(2, "0");
}

export function pad3(n: number): string {
  return PAD3[n] ?? String(n).padStart(3, "0");
}

let cachedMinute = NaN;
let cachedIsoPrefix = "";
let cachedSpacePrefix = "";

function minutePrefix(ms: number): void {
  const minute = Math.floor(ms / 60_000);
  if (minute === cachedMinute) return;
  cachedMinute = minute;
  const iso = new Date(minute * 60_000).toISOString();
  cachedIsoPrefix = iso.slice(0, 17);
  cachedSpacePrefix = `${iso.slice(0, 10)} ${iso.slice(11, 17)}`;
}

/** `2026-06-01T12:34:56.789Z` */
export function isoMillis(ms: number): string {
  minutePrefix(ms);
  const inMinute = ms - cachedMinute * 60_000;
  const s = Math.floor(inMinute / 1000);
  return `${cachedIsoPrefix}${pad2(s)}.${pad3(inMinute - s * 1000)}Z`;
}

/** `2026-06-01 12:34:56.789` (application log style). */
export function spacedMillis(ms: number): string {
  minutePrefix(ms);
  const inMinute = ms - cachedMinute * 60_000;
  const s = Math.floor(inMinute / 1000);
  return `${cachedSpacePrefix}${pad2(s)}.${pad3(inMinute - s * 1000)}`;
}

/** `2026-06-01T12:34:56Z` (CloudTrail style). */
export function isoSeconds(ms: number): string {
  minutePrefix(ms);
  const s = Math.floor((ms - cachedMinute * 60_000) / 1000);
  return `${cachedIsoPrefix}${pad2(s)}Z`;
}

const HEX2: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** 8 lowercase hex digits of a 32-bit value. */
export function hex8(h: number): string {
  return (
    (HEX2[(h >>> 24) & 255] as string) +
    (HEX2[(h >>> 16) & 255] as string) +
    (HEX2[(h >>> 8) & 255] as string) +
    (HEX2[h & 255] as string)
  );
}

/** `n` hex digits derived from (seed, x). */
export function hexId(seed: number, x: number, n: number): string {
  let out = "";
  for (let i = 0; out.length < n; i++) out += hex8(hash2(seed, x * 8 + i));
  return out.slice(0, n);
}

/** A version-4-looking UUID derived from (seed, x). */
export function uuid(seed: number, x: number): string {
  const a = hash2(seed, x * 4);
  const b = hash2(seed, x * 4 + 1);
  const c = hash2(seed, x * 4 + 2);
  const d = hash2(seed, x * 4 + 3);
  const bHex = hex8(b);
  const cHex = hex8(((c & 0x3fffffff) | 0x80000000) >>> 0);
  return `${hex8(a)}-${bHex.slice(0, 4)}-4${bHex.slice(5, 8)}-${cHex.slice(0, 4)}-${cHex.slice(4)}${hex8(d)}`;
}

/** Private address inside 10.<b>.0.0/16. */
export function privateIp(b: number, h: number): string {
  return `10.${b}.${(h >>> 8) & 255}.${(h & 254) + 1}`;
}

/** Public-looking client address (avoids private and reserved first octets). */
export function publicIp(h: number): string {
  const first = 23 + ((h >>> 24) % 180);
  return `${first === 127 ? 128 : first}.${(h >>> 16) & 255}.${(h >>> 8) & 255}.${(h & 253) + 1}`;
}

/** Fixed-point decimal with `digits` fraction digits (faster than toFixed for the common cases). */
export function fixed(value: number, digits: 2 | 3): string {
  const scale = digits === 2 ? 100 : 1000;
  const n = Math.round(value * scale);
  const int = Math.floor(n / scale);
  const frac = n - int * scale;
  return `${int}.${digits === 2 ? pad2(frac) : pad3(frac)}`;
}

export function pick<T>(items: readonly T[], h: number): T {
  const item = items[h % items.length];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}
