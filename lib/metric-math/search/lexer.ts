import { MetricMathSyntaxError } from "../errors";

export interface SearchToken {
  /** word: bare text (including AND/OR/NOT); exact: a double-quoted term with escapes decoded. */
  kind: "word" | "exact" | "punct" | "eof";
  text: string;
  start: number;
  end: number;
}

const PUNCT = new Set(["{", "}", "(", ")", "=", ","]);

function isBareChar(c: string): boolean {
  return c !== "" && !/\s/.test(c) && !PUNCT.has(c) && c !== '"';
}

export function tokenizeSearch(text: string): SearchToken[] {
  const tokens: SearchToken[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const start = i;
    if (PUNCT.has(c)) {
      tokens.push({ kind: "punct", text: c, start, end: i + 1 });
      i++;
      continue;
    }
    if (c === '"') {
      const { value, end } = scanExact(text, i);
      tokens.push({ kind: "exact", text: value, start, end });
      i = end;
      continue;
    }
    while (isBareChar(text.charAt(i))) i++;
    tokens.push({ kind: "word", text: text.slice(start, i), start, end: i });
  }
  tokens.push({ kind: "eof", text: "", start: text.length, end: text.length });
  return tokens;
}

/** Inside exact terms `"`, `(`, `)` and `\` are backslash-escaped (section 4.1). */
function scanExact(text: string, from: number): { value: string; end: number } {
  let value = "";
  let i = from + 1;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === "\\" && i + 1 < text.length) {
      value += text.charAt(i + 1);
      i += 2;
      continue;
    }
    if (c === '"') return { value, end: i + 1 };
    value += c;
    i++;
  }
  throw new MetricMathSyntaxError("unterminated quoted search term", from);
}
