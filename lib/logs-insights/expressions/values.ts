// Coercions and comparisons shared by operators, functions and aggregations.

import { MISSING_OPERAND_COMPARISON, NON_FINITE_ARITHMETIC } from "../semantics";
import type { Value } from "../types";

const NUMERIC_RE = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/;

/**
 * The number a decimal string spells, or null. Hot path (every aggregated value), so the common cases avoid
 * the regex: Number() does the parsing and only its extra syntaxes (hex/octal/binary, Infinity) are refused.
 */
export function parseNumeric(s: string): number | null {
  const c = s.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46) {
    const n = Number(s);
    if (n !== n || n === Infinity || n === -Infinity) return null;
    if (c === 48 && s.length > 1) {
      const d = s.charCodeAt(1) | 32;
      if (d === 120 || d === 98 || d === 111) return null;
    }
    return n;
  }
  if (c <= 32 && NUMERIC_RE.test(s)) return Number(s);
  return null;
}

export function isNumericString(s: string): boolean {
  return parseNumeric(s) !== null;
}

/** Numeric view of a value: numbers, numeric strings and booleans (1/0); anything else is null. */
export function toNumber(v: Value): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string") return parseNumeric(v);
  if (typeof v === "boolean") return v ? 1 : 0;
  return null;
}

/** String view used by string functions; null stays null. */
export function toStr(v: Value): string | null {
  if (v === null) return null;
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "1" : "0";
  return JSON.stringify(v);
}

/** Result of arithmetic, turning Infinity/NaN into missing per NON_FINITE_ARITHMETIC. */
export function finite(n: number): number | null {
  if (Number.isFinite(n) || NON_FINITE_ARITHMETIC === "keep") return n;
  return null;
}

/** Filter truthiness: true, non-zero numbers and non-empty strings keep a row. */
export function isTruthy(v: Value): boolean {
  if (v === true) return true;
  if (typeof v === "number") return v !== 0;
  if (typeof v === "string") return v.length > 0;
  return false;
}

/** Three-valued boolean view: null = unknown. */
export function toBool(v: Value): boolean | null {
  if (v === null) return null;
  return isTruthy(v);
}

const UNKNOWN: boolean | null = MISSING_OPERAND_COMPARISON === "unknown" ? null : false;

/**
 * Equality: numbers compare numerically with numbers and numeric strings; everything else compares as
 * strings (case-sensitive). A missing operand gives "unknown".
 */
export function valuesEqual(a: Value, b: Value): boolean | null {
  if (a === null || b === null) return UNKNOWN;
  if (typeof a === "number" || typeof b === "number" || typeof a === "boolean" || typeof b === "boolean") {
    const x = toNumber(a);
    const y = toNumber(b);
    if (x !== null && y !== null) return x === y;
  }
  return toStr(a) === toStr(b);
}

/** Ordering for `<` `<=` `>` `>=`: numeric when both sides are numeric, else by code units. */
export function compareForOperator(a: Value, b: Value): number | null {
  if (a === null || b === null) return null;
  const x = toNumber(a);
  const y = toNumber(b);
  if (x !== null && y !== null) return x - y;
  const sa = toStr(a) ?? "";
  const sb = toStr(b) ?? "";
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

export function unknownComparison(): boolean | null {
  return UNKNOWN;
}
