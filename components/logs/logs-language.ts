import { autocompletion, type Completion, type CompletionContext } from "@codemirror/autocomplete";
import { HighlightStyle, StreamLanguage, syntaxHighlighting } from "@codemirror/language";
import { linter, type Diagnostic } from "@codemirror/lint";
import type { Extension } from "@codemirror/state";
import { tags } from "@lezer/highlight";
import { validateQuery } from "@/lib/logs-insights";
import {
  AGGREGATE_FUNCTION_NAMES,
  COMMAND_SET,
  COMMANDS,
  FUNCTION_SET,
  KEYWORD_SET,
  KEYWORDS,
  SCALAR_FUNCTION_NAMES,
  SYSTEM_FIELDS,
} from "@/lib/logs/language-words";

// CodeMirror 6 support for Logs Insights QL: highlighting, completion (commands, functions, discovered fields)
// and inline errors from the shared engine, the same check the server makes before StartQuery.

const logsInsights = StreamLanguage.define<{ regex: boolean }>({
  name: "logs-insights",
  startState: () => ({ regex: false }),
  token(stream) {
    if (stream.eatSpace()) return null;
    if (stream.match("#")) {
      stream.skipToEnd();
      return "comment";
    }
    const quote = stream.peek();
    if (quote === '"' || quote === "'" || quote === "`") {
      stream.next();
      let escaped = false;
      for (let ch = stream.next(); ch !== undefined; ch = stream.next()) {
        if (ch === quote && !escaped) break;
        escaped = !escaped && ch === "\\";
      }
      return quote === "`" ? "variableName" : "string";
    }
    if (stream.peek() === "/") {
      stream.next();
      let escaped = false;
      for (let ch = stream.next(); ch !== undefined; ch = stream.next()) {
        if (ch === "/" && !escaped) break;
        escaped = !escaped && ch === "\\";
      }
      return "regexp";
    }
    if (stream.match(/^-?\d+(\.\d+)?([smhdwy]|ms|mo|q)?\b/)) return "number";
    if (stream.match("|")) return "separator";
    if (stream.match(/^@?[A-Za-z_][\w.@-]*/)) {
      const word = stream.current();
      const lowerWord = word.toLowerCase();
      if (word.startsWith("@")) return "special";
      if (COMMAND_SET.has(lowerWord)) return "keyword";
      if (KEYWORD_SET.has(lowerWord)) return "operatorKeyword";
      if (FUNCTION_SET.has(lowerWord) && stream.peek() === "(") return "function";
      return "variableName";
    }
    if (stream.match(/^(==|!=|<=|>=|=~|[-+*/%^<>=!,()[\]])/)) return "operator";
    stream.next();
    return null;
  },
});

const highlight = HighlightStyle.define([
  { tag: tags.keyword, color: "#ff7b72", fontWeight: "600" },
  { tag: tags.operatorKeyword, color: "#ff7b72" },
  { tag: tags.string, color: "#a5d6ff" },
  { tag: tags.regexp, color: "#7ee787" },
  { tag: tags.number, color: "#79c0ff" },
  { tag: tags.comment, color: "#8b949e", fontStyle: "italic" },
  { tag: tags.special(tags.variableName), color: "#d2a8ff" },
  { tag: tags.function(tags.variableName), color: "#d2a8ff" },
  { tag: tags.separator, color: "#f0883e", fontWeight: "700" },
]);

export function completionsFor(
  fields: readonly string[],
): (context: CompletionContext) => { from: number; options: Completion[] } | null {
  const commandOptions: Completion[] = COMMANDS.map((c) => ({ label: c, type: "keyword", boost: 2 }));
  const keywordOptions: Completion[] = KEYWORDS.map((k) => ({ label: k, type: "keyword" }));
  const functionOptions: Completion[] = [
    ...SCALAR_FUNCTION_NAMES.map((f) => ({ label: f, type: "function", apply: `${f}(` })),
    ...AGGREGATE_FUNCTION_NAMES.map((f) => ({ label: f, type: "function", detail: "stats", apply: `${f}(` })),
  ];
  return (context) => {
    const word = context.matchBefore(/@?[\w.]*/);
    if (!word || (word.from === word.to && !context.explicit)) return null;
    const before = context.state.sliceDoc(0, word.from);
    // At the start of the query or right after a pipe only a command makes sense.
    const atCommand = /(^|\|)\s*$/.test(before);
    const fieldOptions: Completion[] = [...new Set([...SYSTEM_FIELDS, ...fields])].map((f) => ({
      label: f,
      type: "variable",
      boost: 1,
    }));
    return {
      from: word.from,
      options: atCommand ? commandOptions : [...fieldOptions, ...functionOptions, ...keywordOptions],
      validFor: /^@?[\w.]*$/,
    };
  };
}

const engineLinter = linter(
  (view) => {
    const text = view.state.doc.toString();
    if (text.trim() === "") return [];
    const result = validateQuery(text);
    if (result.ok) return [];
    const length = view.state.doc.length;
    const from = Math.min(result.error.startCharOffset, length);
    // The engine's end offset is inclusive (as AWS reports it).
    const to = Math.min(Math.max(from + 1, result.error.endCharOffset + 1), length);
    const diagnostic: Diagnostic = {
      from: Math.max(0, Math.min(from, to - 1)),
      to,
      severity: "error",
      message: result.error.message,
    };
    return [diagnostic];
  },
  { delay: 250 },
);

export function logsInsightsSupport(fields: readonly string[]): Extension[] {
  return [
    logsInsights,
    syntaxHighlighting(highlight),
    autocompletion({ override: [completionsFor(fields)] }),
    engineLinter,
  ];
}
