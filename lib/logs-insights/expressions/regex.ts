// Logs Insights regexes use Hyperscan/PCRE-style syntax. JavaScript lacks inline flag groups (on Node 20) and
// `(?P<name>...)`, so those are rewritten; everything else is handed to RegExp unchanged.

const LEADING_FLAGS = /^\(\?([imsx]+)\)/;

export interface TranslatedRegex {
  regex: RegExp;
  /** Named capture groups in order of appearance. */
  groupNames: string[];
  /** Number of capturing groups (named or not). */
  groupCount: number;
}

/** Translates and compiles; throws a plain Error with the engine's message when the pattern is invalid. */
export function compileRegex(source: string): TranslatedRegex {
  let body = source;
  let flags = "";
  for (;;) {
    const m = LEADING_FLAGS.exec(body);
    if (m === null) break;
    for (const f of m[1] ?? "") {
      if (f === "x") throw new Error("the (?x) flag is not supported");
      if (!flags.includes(f)) flags += f;
    }
    body = body.slice(m[0].length);
  }
  // A (?i) later in the pattern cannot be scoped in JavaScript; apply it to the whole pattern.
  if (body.includes("(?i)")) {
    body = body.split("(?i)").join("");
    if (!flags.includes("i")) flags += "i";
  }
  body = body.replace(/\(\?P</g, "(?<");
  const regex = new RegExp(body, flags);
  return { regex, groupNames: namedGroups(body), groupCount: countGroups(body) };
}

function namedGroups(body: string): string[] {
  const names: string[] = [];
  const re = /\(\?<([A-Za-z_@][A-Za-z0-9_@.]*)>/g;
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    if (!isEscaped(body, m.index) && m[1] !== undefined) names.push(m[1]);
  }
  return names;
}

function countGroups(body: string): number {
  let n = 0;
  let inClass = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") {
      if (body[i + 1] !== "?") n++;
      else if (body[i + 2] === "<" && body[i + 3] !== "=" && body[i + 3] !== "!") n++;
    }
  }
  return n;
}

function isEscaped(s: string, index: number): boolean {
  let backslashes = 0;
  for (let i = index - 1; i >= 0 && s[i] === "\\"; i--) backslashes++;
  return backslashes % 2 === 1;
}

/** Escapes text for literal use inside a RegExp. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
