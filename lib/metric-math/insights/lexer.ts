import { MetricMathSyntaxError } from "../errors";

export interface SqlToken {
  /** word: bare identifier or keyword; quoted: "identifier"; string: 'label value'. */
  kind: "word" | "quoted" | "string" | "number" | "punct" | "eof";
  text: string;
  start: number;
  end: number;
}

const PUNCT = ["!=", "<>", "(", ")", ",", "=", "*"];

function isWordChar(c: string): boolean {
  return /[A-Za-z0-9_]/.test(c);
}

export function tokenizeSql(sql: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql.charAt(i);
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isWordChar(c)) {
      while (i < sql.length && isWordChar(sql.charAt(i))) i++;
      const text = sql.slice(start, i);
      tokens.push({ kind: /^\d+$/.test(text) ? "number" : "word", text, start, end: i });
      continue;
    }
    if (c === '"' || c === "'") {
      const { value, end } = scanQuoted(sql, i);
      tokens.push({ kind: c === '"' ? "quoted" : "string", text: value, start, end });
      i = end;
      continue;
    }
    const punct = PUNCT.find((p) => sql.startsWith(p, i));
    if (punct === undefined) throw new MetricMathSyntaxError(`unexpected character '${c}'`, i);
    tokens.push({ kind: "punct", text: punct === "<>" ? "!=" : punct, start, end: i + punct.length });
    i += punct.length;
  }
  tokens.push({ kind: "eof", text: "", start: sql.length, end: sql.length });
  return tokens;
}

/** A doubled quote inside the quotes stands for one quote character, as in SQL. */
function scanQuoted(sql: string, from: number): { value: string; end: number } {
  const quote = sql.charAt(from);
  let value = "";
  let i = from + 1;
  while (i < sql.length) {
    const c = sql.charAt(i);
    if (c === quote) {
      if (sql.charAt(i + 1) === quote) {
        value += quote;
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    value += c;
    i++;
  }
  throw new MetricMathSyntaxError(
    quote === '"' ? "unterminated quoted identifier" : "unterminated string",
    from,
  );
}
