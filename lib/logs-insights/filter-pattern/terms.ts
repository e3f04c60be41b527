// Unstructured filter patterns: `ERROR`, `"quoted phrase"`, `?a ?b` (any of), `-term` (exclude), `%regex%`.
// Plain terms must all appear; when `?` terms exist at least one of them must appear; `-` terms must not.

import { FILTER_TERM_MATCH } from "../semantics";
import { escapeRegex } from "../expressions/regex";
import { patternError } from "./values";

type TermTest = (message: string) => boolean;

interface Term {
  test: TermTest;
  mode: "required" | "optional" | "excluded";
}

function literalTest(text: string): TermTest {
  if (FILTER_TERM_MATCH === "word") {
    const re = new RegExp(`(?:^|[^A-Za-z0-9_])${escapeRegex(text)}(?:$|[^A-Za-z0-9_])`);
    return (m) => re.test(m);
  }
  return (m) => m.includes(text);
}

export function parseTerms(src: string): Term[] {
  const terms: Term[] = [];
  let i = 0;
  while (i < src.length) {
    while (i < src.length && /\s/.test(src[i] ?? "")) i++;
    if (i >= src.length) break;
    let mode: Term["mode"] = "required";
    if (src[i] === "?") {
      mode = "optional";
      i++;
    } else if (src[i] === "-" && i + 1 < src.length && !/\s/.test(src[i + 1] ?? "")) {
      mode = "excluded";
      i++;
    }
    const start = i;
    const c = src[i];
    if (c === '"') {
      let j = i + 1;
      let text = "";
      while (j < src.length && src[j] !== '"') {
        if (src[j] === "\\" && j + 1 < src.length) j++;
        text += src[j];
        j++;
      }
      if (j >= src.length) throw patternError("unterminated quoted term", start);
      terms.push({ test: literalTest(text), mode });
      i = j + 1;
      continue;
    }
    if (c === "%") {
      const end = src.indexOf("%", i + 1);
      if (end < 0) throw patternError("unterminated regular expression", start);
      let re: RegExp;
      try {
        re = new RegExp(src.slice(i + 1, end));
      } catch (err) {
        throw patternError(`invalid regular expression: ${err instanceof Error ? err.message : ""}`, start);
      }
      terms.push({ test: (m) => re.test(m), mode });
      i = end + 1;
      continue;
    }
    let j = i;
    while (j < src.length && !/\s/.test(src[j] ?? "")) j++;
    const text = src.slice(i, j);
    if (text === "") throw patternError(`empty term after '${src[start - 1] ?? ""}'`, start);
    terms.push({ test: literalTest(text), mode });
    i = j;
  }
  return terms;
}

export function compileTerms(src: string): (message: string) => boolean {
  const terms = parseTerms(src);
  const required = terms.filter((t) => t.mode === "required").map((t) => t.test);
  const optional = terms.filter((t) => t.mode === "optional").map((t) => t.test);
  const excluded = terms.filter((t) => t.mode === "excluded").map((t) => t.test);
  return (m) => {
    for (const t of required) if (!t(m)) return false;
    for (const t of excluded) if (t(m)) return false;
    if (optional.length === 0) return true;
    for (const t of optional) if (t(m)) return true;
    return false;
  };
}
