// JSON filter patterns: `{ $.a.b = 5 }`, `{ $.level = "ERR*" }`, `{ ($.x > 1) && ($.y[0] = "z") }`,
// `{ $.k IS NULL }`, `{ $.k NOT EXISTS }`, `{ $.k EXISTS }`, `{ $.flag IS TRUE }`, `{ $.s = %re% }`.

import { JSON_PATTERN_NOT_EQUAL_MISSING_MATCHES, JSON_PATTERN_NUMERIC_STRINGS } from "../semantics";
import { parseComparison } from "./comparison";
import { PatternCursor, tokenizePattern } from "./lexer";
import {
  compareNumbers,
  isNumberText,
  patternError,
  stringMatches,
  type CompareOp,
  type PatternValue,
} from "./values";

/** A path step: a key, an array index, or `*` (any element). */
type Step = string | number | "*any";

type JsonCondition = (root: unknown) => boolean;

function parseSelector(text: string, pos: number): Step[] {
  if (!text.startsWith("$")) throw patternError(`invalid selector ${text}`, pos);
  const steps: Step[] = [];
  let i = 1;
  while (i < text.length) {
    const c = text[i];
    if (c === ".") {
      let j = i + 1;
      while (j < text.length && text[j] !== "." && text[j] !== "[") j++;
      const key = text.slice(i + 1, j);
      if (key === "") throw patternError(`invalid selector ${text}`, pos);
      steps.push(key === "*" ? "*any" : key);
      i = j;
    } else if (c === "[") {
      const end = text.indexOf("]", i);
      if (end < 0) throw patternError(`invalid selector ${text}`, pos);
      const inner = text.slice(i + 1, end);
      if (inner === "*") steps.push("*any");
      else if (/^\d+$/.test(inner)) steps.push(Number(inner));
      else throw patternError(`invalid array index in ${text}`, pos);
      i = end + 1;
    } else {
      throw patternError(`invalid selector ${text}`, pos);
    }
  }
  return steps;
}

/** All values the path reaches (several with `[*]`). */
function resolve(root: unknown, steps: Step[]): unknown[] {
  let current: unknown[] = [root];
  for (const step of steps) {
    const next: unknown[] = [];
    for (const v of current) {
      if (v === null || typeof v !== "object") continue;
      if (step === "*any") {
        if (Array.isArray(v)) next.push(...(v as unknown[]));
        else next.push(...Object.values(v as Record<string, unknown>));
      } else if (typeof step === "number") {
        if (Array.isArray(v) && step < v.length) next.push(v[step]);
      } else if (!Array.isArray(v) && Object.prototype.hasOwnProperty.call(v, step)) {
        next.push((v as Record<string, unknown>)[step]);
      }
    }
    current = next;
  }
  return current;
}

function valueMatches(op: CompareOp, pattern: PatternValue, v: unknown): boolean {
  if (pattern.type === "number") {
    let n: number | null = typeof v === "number" ? v : null;
    if (n === null && JSON_PATTERN_NUMERIC_STRINGS && typeof v === "string" && isNumberText(v)) n = Number(v);
    return n !== null && compareNumbers(op, n, pattern.value);
  }
  if (op !== "=" && op !== "!=") return false;
  let s: string | null = null;
  if (typeof v === "string") s = v;
  else if (typeof v === "number" || typeof v === "boolean") s = String(v);
  if (s === null) return false;
  const hit = pattern.type === "regex" ? pattern.regex.test(s) : stringMatches(pattern, s);
  return op === "=" ? hit : !hit;
}

function parseCondition(c: PatternCursor): JsonCondition {
  if (c.is("punct", "(")) {
    c.next();
    const inner = parseOr(c);
    c.expect("punct", ")");
    return inner;
  }
  const selTok = c.expect("selector");
  const steps = parseSelector(selTok.text, selTok.pos);
  if (c.isWord("IS")) {
    c.next();
    const what = c.tok.type === "word" ? c.tok.text.toUpperCase() : "";
    c.next();
    if (what === "NULL") return (root) => resolve(root, steps).some((v) => v === null);
    if (what === "TRUE") return (root) => resolve(root, steps).some((v) => v === true);
    if (what === "FALSE") return (root) => resolve(root, steps).some((v) => v === false);
    throw patternError("expected NULL, TRUE or FALSE after IS", selTok.pos);
  }
  if (c.isWord("NOT")) {
    c.next();
    if (!c.isWord("EXISTS")) throw patternError("expected EXISTS after NOT", c.tok.pos);
    c.next();
    return (root) => resolve(root, steps).length === 0;
  }
  if (c.isWord("EXISTS")) {
    c.next();
    return (root) => resolve(root, steps).length > 0;
  }
  const { op, value } = parseComparison(c);
  return (root) => {
    const hits = resolve(root, steps);
    if (hits.length === 0) return op === "!=" && JSON_PATTERN_NOT_EQUAL_MISSING_MATCHES;
    return hits.some((v) => valueMatches(op, value, v));
  };
}

function parseAnd(c: PatternCursor): JsonCondition {
  const parts = [parseCondition(c)];
  while (c.is("op", "&&")) {
    c.next();
    parts.push(parseCondition(c));
  }
  return parts.length === 1 ? (parts[0] as JsonCondition) : (root) => parts.every((p) => p(root));
}

function parseOr(c: PatternCursor): JsonCondition {
  const parts = [parseAnd(c)];
  while (c.is("op", "||")) {
    c.next();
    parts.push(parseAnd(c));
  }
  return parts.length === 1 ? (parts[0] as JsonCondition) : (root) => parts.some((p) => p(root));
}

/** Compiles `{ ... }`; the returned matcher parses the message as JSON (non-JSON never matches). */
export function compileJsonPattern(src: string): (message: string) => boolean {
  const c = new PatternCursor(tokenizePattern(src));
  c.expect("punct", "{");
  const cond = parseOr(c);
  c.expect("punct", "}");
  c.expect("eof");
  return (message) => {
    const t = message.trimStart();
    if (!t.startsWith("{") && !t.startsWith("[")) return false;
    let root: unknown;
    try {
      root = JSON.parse(t);
    } catch {
      return false;
    }
    return cond(root);
  };
}
