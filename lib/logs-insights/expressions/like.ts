import type { Expr } from "../ast";
import { syntaxErrorAt } from "../errors";
import { MALFORMED_QUERY_MESSAGES as M } from "../semantics";
import type { Value } from "../types";
import { constValue, lift2, type CompileFn, type Compiled } from "./compiled";
import { compileRegex } from "./regex";
import { toStr, unknownComparison } from "./values";

type LikeExpr = Extract<Expr, { k: "like" }>;

/** Compiles a regex literal, reporting engine errors at the literal's position. */
export function regexAt(source: string, start: number, end: number): RegExp {
  try {
    return compileRegex(source).regex;
  } catch (err) {
    const detail = (err instanceof Error ? err.message : String(err)).replace(
      /^Invalid regular expression: \/.*\/[a-z]*: /s,
      "",
    );
    throw syntaxErrorAt(M.invalidRegex(detail), start, end);
  }
}

/** `like "substr"` (case-sensitive substring), `like /re/`, `=~ /re/`, and their `not like` forms. */
export function compileLike(e: LikeExpr, left: Compiled, compile: CompileFn): Compiled {
  const p = e.pattern;
  const negate = e.negated;
  let test: ((s: string) => boolean) | null = null;
  if (p.k === "regex") {
    const re = regexAt(p.source, p.start, p.end);
    test = (s) => re.test(s);
  } else if (p.k === "str" && e.regexOnly) {
    const re = regexAt(p.value, p.start, p.end);
    test = (s) => re.test(s);
  } else if (p.k === "str") {
    const needle = p.value;
    test = (s) => s.includes(needle);
  }
  const unknown = unknownComparison();
  if (test !== null) {
    const g = left.fn;
    const t = test;
    const fn = (r: Parameters<typeof g>[0]): Value => {
      const s = toStr(g(r));
      if (s === null) return unknown;
      return t(s) !== negate;
    };
    if (left.isConst) {
      const v = constValue({ fn, kind: "any", isConst: true });
      return { fn: () => v, kind: "any", isConst: true };
    }
    return { fn, kind: "any", isConst: false };
  }
  // A pattern computed per row (e.g. another field) is matched as a substring.
  return lift2(left, compile(p), (a, b) => {
    const s = toStr(a);
    const needle = toStr(b);
    if (s === null || needle === null) return unknown;
    return (e.regexOnly ? safeRegexTest(needle, s) : s.includes(needle)) !== negate;
  });
}

function safeRegexTest(source: string, s: string): boolean {
  try {
    return compileRegex(source).regex.test(s);
  } catch {
    return false;
  }
}
