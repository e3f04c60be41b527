// A validating, allocation-light JSON scanner that extracts chosen top-level keys of an object in one pass.
// Queries usually reference a few top-level fields (`level`, `status`); building the whole object with
// JSON.parse for every event dominated such queries. The scanner must agree with JSON.parse exactly: an
// invalid document yields nothing, a repeated key keeps its last value, and values convert as the
// JSON.parse-based path does (json-scan.test.ts checks this against JSON.parse, including random inputs).
// Helpers take (text, index) and return the index after what they skipped, or -1 when malformed.

import type { Value } from "../types";

/** Nesting beyond this is left to JSON.parse (nested values are skipped recursively). */
const MAX_DEPTH = 256;
const TOO_DEEP = -2;

function skipWs(s: string, i: number): number {
  for (;;) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) i++;
    else return i;
  }
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/**
 * Skips the string whose opening quote is at `i`. Returns the index after the closing quote, -1 when
 * malformed, or (-index - 3) when the string contains escapes.
 */
function skipString(s: string, i: number): number {
  let escaped = false;
  for (i++; ; i++) {
    const c = s.charCodeAt(i);
    if (c === 34) return escaped ? -(i + 1) - 3 : i + 1;
    if (c !== c || c < 32) return -1; // end of text (NaN) or a control character
    if (c === 92) {
      escaped = true;
      const e = s.charCodeAt(i + 1);
      if (e === 117) {
        if (!isHex(s.charCodeAt(i + 2)) || !isHex(s.charCodeAt(i + 3))) return -1;
        if (!isHex(s.charCodeAt(i + 4)) || !isHex(s.charCodeAt(i + 5))) return -1;
        i += 5;
      } else if (
        e === 34 ||
        e === 92 ||
        e === 47 ||
        e === 98 ||
        e === 102 ||
        e === 110 ||
        e === 114 ||
        e === 116
      ) {
        i++;
      } else {
        return -1;
      }
    }
  }
}

function skipDigits(s: string, i: number): number {
  let c = s.charCodeAt(i);
  while (c >= 48 && c <= 57) c = s.charCodeAt(++i);
  return i;
}

function skipNumber(s: string, i: number): number {
  if (s.charCodeAt(i) === 45) i++;
  const first = s.charCodeAt(i);
  if (first === 48) i++;
  else if (first >= 49 && first <= 57) i = skipDigits(s, i + 1);
  else return -1;
  if (s.charCodeAt(i) === 46) {
    const j = skipDigits(s, i + 1);
    if (j === i + 1) return -1;
    i = j;
  }
  const e = s.charCodeAt(i);
  if (e === 101 || e === 69) {
    i++;
    const sign = s.charCodeAt(i);
    if (sign === 43 || sign === 45) i++;
    const j = skipDigits(s, i);
    if (j === i) return -1;
    i = j;
  }
  return i;
}

function skipValue(s: string, i: number, depth: number): number {
  const c = s.charCodeAt(i);
  if (c === 34) {
    const j = skipString(s, i);
    return j <= -3 ? -j - 3 : j;
  }
  if (c === 123 || c === 91) {
    if (depth > MAX_DEPTH) return TOO_DEEP;
    return c === 123 ? skipObject(s, i, depth + 1) : skipArray(s, i, depth + 1);
  }
  if (c === 116) return s.startsWith("true", i) ? i + 4 : -1;
  if (c === 102) return s.startsWith("false", i) ? i + 5 : -1;
  if (c === 110) return s.startsWith("null", i) ? i + 4 : -1;
  return skipNumber(s, i);
}

function skipArray(s: string, i: number, depth: number): number {
  i = skipWs(s, i + 1);
  if (s.charCodeAt(i) === 93) return i + 1;
  for (;;) {
    i = skipValue(s, skipWs(s, i), depth);
    if (i < 0) return i;
    i = skipWs(s, i);
    const d = s.charCodeAt(i++);
    if (d === 93) return i;
    if (d !== 44) return -1;
  }
}

function skipObject(s: string, i: number, depth: number): number {
  i = skipWs(s, i + 1);
  if (s.charCodeAt(i) === 125) return i + 1;
  for (;;) {
    i = skipWs(s, i);
    if (s.charCodeAt(i) !== 34) return -1;
    i = skipString(s, i);
    if (i === -1) return -1;
    if (i <= -3) i = -i - 3;
    i = skipWs(s, i);
    if (s.charCodeAt(i) !== 58) return -1;
    i = skipValue(s, skipWs(s, i + 1), depth);
    if (i < 0) return i;
    i = skipWs(s, i);
    const d = s.charCodeAt(i++);
    if (d === 125) return i;
    if (d !== 44) return -1;
  }
}

/** Index of the wanted key spelled by the string at [start, end), or -1. */
function keyIndex(s: string, start: number, end: number, escaped: boolean, keys: readonly string[]): number {
  if (escaped) return keys.indexOf(JSON.parse(s.slice(start, end)) as string);
  const len = end - start - 2;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] as string;
    if (key.length === len && s.startsWith(key, start + 1)) return k;
  }
  return -1;
}

function leafValue(s: string, start: number, end: number, escaped: boolean, booleanAsString: boolean): Value {
  const c = s.charCodeAt(start);
  if (c === 34) return escaped ? (JSON.parse(s.slice(start, end)) as string) : s.slice(start + 1, end - 1);
  if (c === 116) return booleanAsString ? "true" : true;
  if (c === 102) return booleanAsString ? "false" : false;
  if (c === 110 || c === 123 || c === 91) return null;
  return numberAt(s, start, end);
}

/** Small integers are summed digit by digit (no substring); anything else goes through Number(). */
function numberAt(s: string, start: number, end: number): number {
  const negative = s.charCodeAt(start) === 45;
  let i = negative ? start + 1 : start;
  if (end - i > 15) return Number(s.slice(start, end));
  let n = 0;
  for (; i < end; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number(s.slice(start, end));
    n = n * 10 + d;
  }
  return negative ? -n : n;
}

/**
 * Scans `s` (a JSON object after optional whitespace) and writes the values of `keys` into `out` at the same
 * indexes (untouched when absent). "invalid": not valid JSON (ignore `out`); "fallback": nested too deeply for
 * the scanner, use JSON.parse.
 */
export function scanTopLevelKeys(
  s: string,
  keys: readonly string[],
  out: Value[],
  booleanAsString: boolean,
): "ok" | "invalid" | "fallback" {
  let i = skipWs(s, 0);
  if (s.charCodeAt(i) !== 123) return "invalid";
  i = skipWs(s, i + 1);
  if (s.charCodeAt(i) === 125) i++;
  else {
    for (;;) {
      i = skipWs(s, i);
      if (s.charCodeAt(i) !== 34) return "invalid";
      const keyStart = i;
      i = skipString(s, i);
      if (i === -1) return "invalid";
      const keyEscaped = i <= -3;
      if (keyEscaped) i = -i - 3;
      const keyEnd = i;
      i = skipWs(s, i);
      if (s.charCodeAt(i) !== 58) return "invalid";
      const valueStart = skipWs(s, i + 1);
      let valueEscaped = false;
      if (s.charCodeAt(valueStart) === 34) {
        i = skipString(s, valueStart);
        if (i <= -3) {
          valueEscaped = true;
          i = -i - 3;
        }
      } else {
        i = skipValue(s, valueStart, 1);
      }
      if (i === TOO_DEEP) return "fallback";
      if (i < 0) return "invalid";
      const k = keyIndex(s, keyStart, keyEnd, keyEscaped, keys);
      if (k >= 0) out[k] = leafValue(s, valueStart, i, valueEscaped, booleanAsString);
      i = skipWs(s, i);
      const d = s.charCodeAt(i++);
      if (d === 125) break;
      if (d !== 44) return "invalid";
    }
  }
  return skipWs(s, i) === s.length ? "ok" : "invalid";
}
