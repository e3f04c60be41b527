// `pattern f`: clusters values into patterns by replacing variable tokens (anything containing a digit) with
// `<*>`. AWS uses an ML clustering; this keeps the output shape (PATTERN_OUTPUT_FIELDS) with a simple,
// deterministic grouping.

import type { Command } from "../ast";
import { compileExpr } from "../expressions/compile-expression";
import { Row } from "../expressions/row";
import { toStr } from "../expressions/values";
import { PATTERN_OUTPUT_FIELDS as F } from "../semantics";
import type { Value } from "../types";
import type { Aggregator, Column } from "./column";
import { slotGetter, TableScope, type EventScope } from "./scopes";

type PatternCommand = Extract<Command, { kind: "pattern" }>;

const VARIABLE = /\d/;
const PLACEHOLDER = "<*>";
const SEVERITIES: Array<[RegExp, string]> = [
  [/\b(FATAL|CRITICAL|ERROR|ERR|SEVERE)\b/i, "ERROR"],
  [/\b(WARN|WARNING)\b/i, "WARN"],
  [/\bINFO\b/i, "INFO"],
  [/\b(DEBUG|TRACE)\b/i, "DEBUG"],
];

export function patternOf(text: string): { pattern: string; tokens: string[] } {
  const tokens = text
    .trim()
    .split(/\s+/)
    .map((t) => (VARIABLE.test(t) ? PLACEHOLDER : t));
  return { pattern: tokens.join(" "), tokens };
}

function severityOf(text: string): string {
  for (const [re, label] of SEVERITIES) if (re.test(text)) return label;
  return "UNKNOWN";
}

interface Cluster {
  count: number;
  tokens: string[];
  severity: string;
}

export function compilePattern(
  cmd: PatternCommand,
  input: EventScope | TableScope,
): { create(): Aggregator; scope: TableScope; columns: Column[] } {
  const get = compileExpr(cmd.field, input).fn;
  const names = [F.pattern, F.ratio, F.sampleCount, F.severityLabel, F.tokens, F.visualization];
  const scope = new TableScope(input.src, input.now, names.length);
  const columns: Column[] = names.map((name, slot) => {
    const info = { slot, kind: "any" as const };
    scope.addColumn(name, name, info);
    return { name, get: slotGetter(info).fn, kind: "any" };
  });
  const create = (): Aggregator => {
    const clusters = new Map<string, Cluster>();
    let total = 0;
    return {
      add(row) {
        const text = toStr(get(row));
        if (text === null) return;
        total++;
        const { pattern, tokens } = patternOf(text);
        const c = clusters.get(pattern);
        if (c === undefined) clusters.set(pattern, { count: 1, tokens, severity: severityOf(text) });
        else c.count++;
      },
      finalize() {
        const entries = [...clusters.entries()].sort((a, b) => b[1].count - a[1].count);
        return entries.map(([pattern, c], index) => {
          const vals: Value[] = [
            pattern,
            c.count / total,
            c.count,
            c.severity,
            JSON.stringify(c.tokens),
            null,
          ];
          const row = new Row(vals);
          row.seq = index;
          return row;
        });
      },
    };
  };
  return { create, scope, columns };
}
