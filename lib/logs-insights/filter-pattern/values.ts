// Value literals in filter patterns and how they match: quoted or bare strings with `*` wildcards, numbers,
// and `%regex%`.

import { InvalidFilterPatternError } from "../errors";
import { escapeRegex } from "../expressions/regex";
import { INVALID_FILTER_PATTERN_MESSAGE } from "../semantics";

export type PatternValue =
  | { type: "number"; value: number; text: string }
  | { type: "string"; value: string; wildcard: RegExp | null }
  | { type: "regex"; regex: RegExp; text: string };

export function patternError(detail: string, position: number): InvalidFilterPatternError {
  return new InvalidFilterPatternError(INVALID_FILTER_PATTERN_MESSAGE(detail), position);
}

/** `ERR*` → /^ERR.*$/ ; null when the text has no wildcard. */
export function wildcardRegex(text: string): RegExp | null {
  if (!text.includes("*")) return null;
  return new RegExp("^" + text.split("*").map(escapeRegex).join(".*") + "$", "s");
}

export function stringValue(value: string): PatternValue {
  return { type: "string", value, wildcard: wildcardRegex(value) };
}

export function regexValue(body: string, position: number): PatternValue {
  try {
    return { type: "regex", regex: new RegExp(body), text: `%${body}%` };
  } catch (err) {
    throw patternError(
      `invalid regular expression %${body}%: ${err instanceof Error ? err.message : ""}`,
      position,
    );
  }
}

const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** A bare (unquoted) word: a number when it looks like one, else a string (wildcards allowed). */
export function bareValue(text: string): PatternValue {
  if (NUMBER.test(text)) return { type: "number", value: Number(text), text };
  return stringValue(text);
}

export function isNumberText(text: string): boolean {
  return NUMBER.test(text);
}

/** String equality with wildcards. */
export function stringMatches(pattern: Extract<PatternValue, { type: "string" }>, s: string): boolean {
  return pattern.wildcard === null ? s === pattern.value : pattern.wildcard.test(s);
}

export type CompareOp = "=" | "!=" | "<" | "<=" | ">" | ">=";

export function compareNumbers(op: CompareOp, a: number, b: number): boolean {
  switch (op) {
    case "=":
      return a === b;
    case "!=":
      return a !== b;
    case "<":
      return a < b;
    case "<=":
      return a <= b;
    case ">":
      return a > b;
    case ">=":
      return a >= b;
  }
}
