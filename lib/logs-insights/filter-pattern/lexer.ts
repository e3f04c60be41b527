// Tokens of JSON (`{ $.a = 1 && ... }`) and space-delimited (`[a, b = 5*, ...]`) filter patterns.

import { patternError } from "./values";

export type PatternTokenType = "punct" | "op" | "selector" | "string" | "regex" | "word" | "ellipsis" | "eof";

export interface PatternToken {
  type: PatternTokenType;
  text: string;
  pos: number;
}

const PUNCT = "{}[](),";
const OPS = ["&&", "||", "!=", "<=", ">=", "=", "<", ">"];
const WORD_STOP = /[\s{}[\](),&|=!<>"]/;

export function tokenizePattern(src: string): PatternToken[] {
  const out: PatternToken[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] ?? "";
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (src.startsWith("...", i)) {
      out.push({ type: "ellipsis", text: "...", pos: i });
      i += 3;
      continue;
    }
    if (PUNCT.includes(c)) {
      out.push({ type: "punct", text: c, pos: i });
      i++;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (op !== undefined) {
      out.push({ type: "op", text: op, pos: i });
      i += op.length;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let value = "";
      while (j < src.length && src[j] !== '"') {
        if (src[j] === "\\" && j + 1 < src.length) j++;
        value += src[j];
        j++;
      }
      if (j >= src.length) throw patternError("unterminated quoted string", i);
      out.push({ type: "string", text: value, pos: i });
      i = j + 1;
      continue;
    }
    if (c === "%") {
      const end = src.indexOf("%", i + 1);
      if (end < 0) throw patternError("unterminated regular expression", i);
      out.push({ type: "regex", text: src.slice(i + 1, end), pos: i });
      i = end + 1;
      continue;
    }
    if (c === "$") {
      let j = i + 1;
      // Selectors: $.a.b, $.a[0].b, $.a[*]
      while (j < src.length && /[A-Za-z0-9_@.$\-[\]*]/.test(src[j] ?? "")) j++;
      out.push({ type: "selector", text: src.slice(i, j), pos: i });
      i = j;
      continue;
    }
    let j = i;
    while (j < src.length && !WORD_STOP.test(src[j] ?? " ")) j++;
    if (j === i) throw patternError(`unexpected character '${c}'`, i);
    out.push({ type: "word", text: src.slice(i, j), pos: i });
    i = j;
  }
  out.push({ type: "eof", text: "", pos: src.length });
  return out;
}

/** A cursor over pattern tokens. */
export class PatternCursor {
  private i = 0;
  constructor(private readonly tokens: PatternToken[]) {}

  get tok(): PatternToken {
    return this.tokens[this.i] ?? { type: "eof", text: "", pos: 0 };
  }

  next(): PatternToken {
    const t = this.tok;
    if (this.i < this.tokens.length - 1) this.i++;
    return t;
  }

  is(type: PatternTokenType, text?: string): boolean {
    return this.tok.type === type && (text === undefined || this.tok.text === text);
  }

  isWord(word: string): boolean {
    return this.tok.type === "word" && this.tok.text.toUpperCase() === word;
  }

  expect(type: PatternTokenType, text?: string): PatternToken {
    if (!this.is(type, text)) {
      const found = this.tok.type === "eof" ? "end of pattern" : `'${this.tok.text}'`;
      throw patternError(`expected ${text ?? type} but found ${found}`, this.tok.pos);
    }
    return this.next();
  }
}
