// On-demand lexer: the parser asks for the token at a position. A `/` is division or the start of a regex
// depending on where the parser is, so the parser re-scans it with `scanRegex` when it expects an operand.

import type { PeriodUnit } from "./ast";
import { syntaxErrorAt } from "./errors";
import { MALFORMED_QUERY_MESSAGES as M } from "./semantics";

export type TokenType = "ident" | "qident" | "num" | "period" | "str" | "regex" | "op" | "eof";

export interface Token {
  type: TokenType;
  /** Raw source text of the token. */
  text: string;
  /** Identifier name, decoded string contents, regex source, or the operator. */
  value: string;
  /** Numeric value of `num` and `period` tokens. */
  num: number;
  unit: PeriodUnit | null;
  start: number;
  end: number;
}

const OPERATORS = [
  "!=",
  "<=",
  ">=",
  "=~",
  "=",
  "<",
  ">",
  "+",
  "-",
  "*",
  "/",
  "^",
  "%",
  "(",
  ")",
  "[",
  "]",
  ",",
  "|",
  ":",
];

const PERIOD_UNITS: Record<string, PeriodUnit> = {};
function addUnits(unit: PeriodUnit, names: string[]): void {
  for (const n of names) PERIOD_UNITS[n] = unit;
}
addUnits("ms", ["ms", "msec", "msecs", "millisecond", "milliseconds"]);
addUnits("s", ["s", "sec", "secs", "second", "seconds"]);
addUnits("m", ["m", "min", "mins", "minute", "minutes"]);
addUnits("h", ["h", "hr", "hrs", "hour", "hours"]);
addUnits("d", ["d", "day", "days"]);
addUnits("w", ["w", "week", "weeks"]);
addUnits("mo", ["mo", "mon", "mons", "month", "months"]);
addUnits("q", ["q", "qtr", "qtrs", "quarter", "quarters"]);
addUnits("y", ["y", "yr", "yrs", "year", "years"]);

export function periodUnitOf(name: string): PeriodUnit | null {
  return PERIOD_UNITS[name.toLowerCase()] ?? null;
}

function isSpace(c: string | undefined): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f" || c === "\v";
}
function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}
function isLetter(c: string | undefined): boolean {
  return c !== undefined && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c > "\u007f");
}
export function isIdentStart(c: string | undefined): boolean {
  return isLetter(c) || c === "_" || c === "@";
}
export function isIdentPart(c: string | undefined): boolean {
  return isIdentStart(c) || isDigit(c) || c === ".";
}

export class Lexer {
  constructor(readonly src: string) {}

  /** Skips whitespace and `#` comments (a `#` at the start of a line or after whitespace). */
  skipTrivia(pos: number): number {
    const s = this.src;
    while (pos < s.length) {
      const c = s[pos];
      if (isSpace(c)) {
        pos++;
      } else if (c === "#" && (pos === 0 || isSpace(s[pos - 1]))) {
        while (pos < s.length && s[pos] !== "\n") pos++;
      } else {
        break;
      }
    }
    return pos;
  }

  scan(from: number): Token {
    const s = this.src;
    const pos = this.skipTrivia(from);
    if (pos >= s.length) return tok("eof", "", "", pos, pos);
    const c = s[pos];
    if (isIdentStart(c)) {
      let end = pos + 1;
      while (end < s.length && isIdentPart(s[end])) end++;
      const text = s.slice(pos, end);
      return tok("ident", text, text, pos, end);
    }
    if (c === "`") return this.scanQuoted(pos, "`", "qident");
    if (c === '"' || c === "'") return this.scanQuoted(pos, c, "str");
    if (isDigit(c)) return this.scanNumber(pos);
    for (const op of OPERATORS) {
      if (s.startsWith(op, pos)) return tok("op", op, op, pos, pos + op.length);
    }
    throw syntaxErrorAt(M.tokenRecognition(c ?? ""), pos, pos + 1);
  }

  /** Scans `/.../` starting at the `/` at `start`. `\/` stands for `/`; other escapes stay for the regex. */
  scanRegex(start: number): Token {
    const s = this.src;
    let i = start + 1;
    let inClass = false;
    let body = "";
    while (i < s.length) {
      const c = s[i];
      if (c === "\\" && i + 1 < s.length) {
        const next = s[i + 1];
        body += next === "/" ? "/" : c + next;
        i += 2;
        continue;
      }
      if (c === "[") inClass = true;
      else if (c === "]") inClass = false;
      else if (c === "/" && !inClass) {
        const t = tok("regex", s.slice(start, i + 1), body, start, i + 1);
        return t;
      }
      body += c;
      i++;
    }
    throw syntaxErrorAt(M.unterminated("regular expression"), start, s.length);
  }

  private scanQuoted(start: number, quote: string, type: "str" | "qident"): Token {
    const s = this.src;
    let i = start + 1;
    let value = "";
    while (i < s.length) {
      const c = s[i];
      if (c === "\\" && i + 1 < s.length) {
        const next = s[i + 1] ?? "";
        value += decodeEscape(next);
        i += 2;
        continue;
      }
      if (c === quote) return tok(type, s.slice(start, i + 1), value, start, i + 1);
      value += c;
      i++;
    }
    throw syntaxErrorAt(
      M.unterminated(type === "str" ? "string literal" : "quoted field name"),
      start,
      s.length,
    );
  }

  private scanNumber(start: number): Token {
    const s = this.src;
    let i = start;
    while (isDigit(s[i])) i++;
    if (s[i] === "." && isDigit(s[i + 1])) {
      i++;
      while (isDigit(s[i])) i++;
    }
    if (
      (s[i] === "e" || s[i] === "E") &&
      (isDigit(s[i + 1]) || ((s[i + 1] === "+" || s[i + 1] === "-") && isDigit(s[i + 2])))
    ) {
      i += 2;
      while (isDigit(s[i])) i++;
    }
    const numText = s.slice(start, i);
    if (isLetter(s[i])) {
      let j = i;
      while (isLetter(s[j])) j++;
      const unit = periodUnitOf(s.slice(i, j));
      if (unit === null || isIdentPart(s[j])) {
        let k = j;
        while (isIdentPart(s[k])) k++;
        throw syntaxErrorAt(M.tokenRecognition(s.slice(start, k)), start, k);
      }
      const t = tok("period", s.slice(start, j), s.slice(start, j), start, j);
      t.num = Number(numText);
      t.unit = unit;
      return t;
    }
    const t = tok("num", numText, numText, start, i);
    t.num = Number(numText);
    return t;
  }
}

function decodeEscape(c: string): string {
  switch (c) {
    case "n":
      return "\n";
    case "t":
      return "\t";
    case "r":
      return "\r";
    case '"':
    case "'":
    case "`":
    case "\\":
      return c;
    default:
      // Unknown escapes keep their backslash so `like "\d"` style patterns survive unchanged.
      return "\\" + c;
  }
}

function tok(type: TokenType, text: string, value: string, start: number, end: number): Token {
  return { type, text, value, num: 0, unit: null, start, end };
}
