// Natural sort (8.6): non-numeric values sort before purely numeric ones; non-numeric strings compare chunk
// by chunk (digit runs vs non-digit runs), non-digit chunks by code point, digit chunks by length and then
// numerically.

import { isNumericString } from "../expressions/values";
import type { Value } from "../types";

/** A value prepared for sorting: a number, a non-numeric string, or null (missing). */
export type SortKey = number | string | null;

export function toSortKey(v: Value): SortKey {
  if (v === null) return null;
  if (typeof v === "number") return Number.isNaN(v) ? null : v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string") return isNumericString(v) ? Number(v) : v;
  return JSON.stringify(v);
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Natural comparison of two non-numeric strings, without allocating. */
export function naturalCompareStrings(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    const da = isDigitCode(ca);
    const db = isDigitCode(cb);
    if (da && db) {
      let ei = i;
      while (ei < a.length && isDigitCode(a.charCodeAt(ei))) ei++;
      let ej = j;
      while (ej < b.length && isDigitCode(b.charCodeAt(ej))) ej++;
      const la = ei - i;
      const lb = ej - j;
      if (la !== lb) return la - lb;
      for (; i < ei; i++, j++) {
        const d = a.charCodeAt(i) - b.charCodeAt(j);
        if (d !== 0) return d;
      }
      continue;
    }
    if (da !== db || ca !== cb) {
      // Chunk types differ (or the non-digit chunks differ here): code points decide. A non-digit chunk that
      // ends where the other continues is the smaller one, which plain code-point order also gives unless
      // the continuation is a digit; handle that case explicitly.
      if (!da && !db) return ca - cb;
      const aChunkEnded = da && !db && i > 0 && !isDigitCode(a.charCodeAt(i - 1));
      const bChunkEnded = db && !da && j > 0 && !isDigitCode(b.charCodeAt(j - 1));
      if (aChunkEnded) return -1;
      if (bChunkEnded) return 1;
      return ca - cb;
    }
    i++;
    j++;
  }
  return a.length - i - (b.length - j);
}

/** Ascending natural order of two present keys. */
export function compareSortKeys(a: string | number, b: string | number): number {
  if (typeof a === "number") {
    if (typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
    return 1;
  }
  if (typeof b === "number") return -1;
  return naturalCompareStrings(a, b);
}
