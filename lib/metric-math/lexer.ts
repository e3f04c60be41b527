import { MetricMathSyntaxError } from "./errors";

export type TokenKind =
  | "number"
  | "string"
  /** Lower-case first letter: a query Id. */
  | "ident"
  /** Only upper-case letters, digits and underscores: a function name, keyword or AND/OR. */
  | "upper"
  /** Any other word (e.g. `Avg`, `Metric1`): never valid, kept so the parser can explain why. */
  | "word"
  | "op"
  | "eof";

export interface Token {
  kind: TokenKind;
  /** Operator text, word text, or the decoded string value. */
  text: string;
  value: number;
  start: number;
  end: number;
}

const TWO_CHAR_OPS = new Set(["==", "!=", "<=", ">=", "&&", "||"]);
const ONE_CHAR_OPS = new Set(["+", "-", "*", "/", "^", "<", ">", "(", ")", "[", "]", ","]);

function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}

function isWordStart(c: string): boolean {
  return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_";
}

function isWordChar(c: string): boolean {
  return isWordStart(c) || isDigit(c);
}

function classifyWord(word: string): TokenKind {
  const first = word.charAt(0);
  if (first >= "a" && first <= "z") return "ident";
  return /^[A-Z][A-Z0-9_]*$/.test(word) ? "upper" : "word";
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charAt(i);
    if (c === " " || c === "\t" || c === "\n" || c === "\r") {
      i++;
      continue;
    }
    const start = i;
    if (isDigit(c) || (c === "." && isDigit(text.charAt(i + 1)))) {
      i = scanNumber(text, i);
      const raw = text.slice(start, i);
      tokens.push({ kind: "number", text: raw, value: Number(raw), start, end: i });
      continue;
    }
    if (isWordStart(c)) {
      while (i < n && isWordChar(text.charAt(i))) i++;
      const word = text.slice(start, i);
      tokens.push({ kind: classifyWord(word), text: word, value: 0, start, end: i });
      continue;
    }
    if (c === "'" || c === '"') {
      const { value, end } = scanString(text, i);
      tokens.push({ kind: "string", text: value, value: 0, start, end });
      i = end;
      continue;
    }
    const two = text.slice(i, i + 2);
    if (TWO_CHAR_OPS.has(two)) {
      tokens.push({ kind: "op", text: two, value: 0, start, end: i + 2 });
      i += 2;
      continue;
    }
    if (ONE_CHAR_OPS.has(c)) {
      tokens.push({ kind: "op", text: c, value: 0, start, end: i + 1 });
      i++;
      continue;
    }
    throw new MetricMathSyntaxError(unexpectedCharacterDetail(c), i);
  }
  tokens.push({ kind: "eof", text: "", value: 0, start: n, end: n });
  return tokens;
}

function unexpectedCharacterDetail(c: string): string {
  if (c === "=") return "unexpected character '='; use '==' to compare values";
  if (c === "&") return "unexpected character '&'; use '&&' or AND";
  if (c === "|") return "unexpected character '|'; use '||' or OR";
  if (c === "!") return "unexpected character '!'; use '!=' to compare values";
  return `unexpected character '${c}'`;
}

function scanNumber(text: string, from: number): number {
  let i = from;
  while (isDigit(text.charAt(i))) i++;
  if (text.charAt(i) === ".") {
    i++;
    while (isDigit(text.charAt(i))) i++;
  }
  const e = text.charAt(i);
  if (e === "e" || e === "E") {
    let j = i + 1;
    const sign = text.charAt(j);
    if (sign === "+" || sign === "-") j++;
    if (isDigit(text.charAt(j))) {
      while (isDigit(text.charAt(j))) j++;
      i = j;
    }
  }
  if (isWordStart(text.charAt(i))) {
    throw new MetricMathSyntaxError(`invalid number '${text.slice(from, i + 1)}'`, from);
  }
  return i;
}

/**
 * Only an escaped delimiter (`\'` inside '...') is decoded. Other backslashes are kept verbatim because
 * SEARCH terms carry their own escapes (`\"`, `\(`) that the SEARCH parser must still see.
 */
function scanString(text: string, from: number): { value: string; end: number } {
  const quote = text.charAt(from);
  let value = "";
  let i = from + 1;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === "\\" && text.charAt(i + 1) === quote) {
      value += quote;
      i += 2;
      continue;
    }
    if (c === quote) return { value, end: i + 1 };
    value += c;
    i++;
  }
  throw new MetricMathSyntaxError("unterminated string", from);
}
