// Space-delimited filter patterns: `[ip, user, ..., status = 5*, size > 1000]`. The message is split on
// whitespace, with "..." and [...] kept together; `...` matches any number of fields.

import { SPACE_DELIMITED_STRIP_WRAPPERS } from "../semantics";
import { parseComparison } from "./comparison";
import { PatternCursor, tokenizePattern } from "./lexer";
import { compareNumbers, isNumberText, stringMatches, type CompareOp, type PatternValue } from "./values";

interface Condition {
  name: string;
  op: CompareOp;
  value: PatternValue;
}

/** A field slot: `...`, or a named field with conditions in disjunctive normal form (|| of && groups). */
type Slot = { ellipsis: true } | { ellipsis: false; name: string; any: Condition[][] };

export function splitSpaceDelimited(message: string): string[] {
  const out: string[] = [];
  let i = 0;
  const s = message;
  while (i < s.length) {
    while (i < s.length && /\s/.test(s[i] ?? "")) i++;
    if (i >= s.length) break;
    const c = s[i];
    const close = c === '"' ? '"' : c === "[" ? "]" : null;
    if (close !== null) {
      const end = s.indexOf(close, i + 1);
      if (end >= 0 && (end + 1 >= s.length || /\s/.test(s[end + 1] ?? ""))) {
        out.push(SPACE_DELIMITED_STRIP_WRAPPERS ? s.slice(i + 1, end) : s.slice(i, end + 1));
        i = end + 1;
        continue;
      }
    }
    let j = i;
    while (j < s.length && !/\s/.test(s[j] ?? "")) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function conditionHolds(cond: Condition, token: string): boolean {
  const v = cond.value;
  if (v.type === "number") {
    if (!isNumberText(token)) return cond.op === "!=";
    return compareNumbers(cond.op, Number(token), v.value);
  }
  const hit = v.type === "regex" ? v.regex.test(token) : stringMatches(v, token);
  return cond.op === "=" ? hit : !hit;
}

function parseCondition(c: PatternCursor, name: string): Condition {
  return { name, ...parseComparison(c) };
}

function parseSlot(c: PatternCursor): Slot {
  if (c.is("ellipsis")) {
    c.next();
    return { ellipsis: true };
  }
  const nameTok = c.expect("word");
  const name = nameTok.text;
  if (!c.is("op")) return { ellipsis: false, name, any: [] };
  const any: Condition[][] = [[parseCondition(c, name)]];
  while (c.is("op", "&&") || c.is("op", "||")) {
    const joiner = c.next().text;
    const other = c.expect("word").text;
    const cond = parseCondition(c, other);
    if (joiner === "&&") (any[any.length - 1] as Condition[]).push(cond);
    else any.push([cond]);
  }
  return { ellipsis: false, name, any };
}

export function compileSpaceDelimited(src: string): (message: string) => boolean {
  const c = new PatternCursor(tokenizePattern(src));
  c.expect("punct", "[");
  const slots: Slot[] = [];
  if (!c.is("punct", "]")) {
    slots.push(parseSlot(c));
    while (c.is("punct", ",")) {
      c.next();
      slots.push(parseSlot(c));
    }
  }
  c.expect("punct", "]");
  c.expect("eof");

  const match = (tokens: string[], si: number, ti: number, bound: Map<string, string>): boolean => {
    if (si === slots.length) return ti === tokens.length;
    const slot = slots[si] as Slot;
    if (slot.ellipsis) {
      for (let skip = ti; skip <= tokens.length; skip++) if (match(tokens, si + 1, skip, bound)) return true;
      return false;
    }
    if (ti >= tokens.length) return false;
    const token = tokens[ti] as string;
    bound.set(slot.name, token);
    const ok =
      slot.any.length === 0 ||
      slot.any.some((group) =>
        group.every((cond) => {
          const t = bound.get(cond.name);
          return t !== undefined && conditionHolds(cond, t);
        }),
      );
    const result = ok && match(tokens, si + 1, ti + 1, bound);
    bound.delete(slot.name);
    return result;
  };
  return (message) => match(splitSpaceDelimited(message), 0, 0, new Map());
}
