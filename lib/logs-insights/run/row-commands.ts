// Commands that act on one row at a time (fields, filter, parse): compiled to `RowOp`s that the streaming
// phase runs per event and the table phase maps over materialised rows.

import type { Command, Expr } from "../ast";
import { syntaxErrorAt } from "../errors";
import { compileExpr } from "../expressions/compile-expression";
import { regexAt } from "../expressions/like";
import { compileRegex, escapeRegex } from "../expressions/regex";
import type { Row } from "../expressions/row";
import { isTruthy, toStr } from "../expressions/values";
import { MALFORMED_QUERY_MESSAGES as M } from "../semantics";
import type { Column } from "./column";
import { slotGetter, type EventScope, type TableScope } from "./scopes";

/** Returns false to drop the row. */
export type RowOp = (row: Row) => boolean;

type FieldsCommand = Extract<Command, { kind: "fields" | "display" }>;
type ParseCommand = Extract<Command, { kind: "parse" }>;
type AnyScope = EventScope | TableScope;

export function compileFilter(expr: Expr, scope: AnyScope): RowOp {
  const g = compileExpr(expr, scope).fn;
  return (row) => isTruthy(g(row));
}

/**
 * `fields` / `display` items. Plain field references cost nothing per event; computed items are stored
 * in a slot (when `store`) so later commands can use their alias.
 */
export function compileFieldItems(
  cmd: FieldsCommand,
  scope: AnyScope,
  store: boolean,
): { op: RowOp | null; columns: Column[] } {
  const columns: Column[] = [];
  const writes: Array<{ slot: number; get: (r: Row) => ReturnType<Column["get"]> }> = [];
  for (const item of cmd.items) {
    const c = compileExpr(item.expr, scope);
    const name = item.alias ?? item.text;
    const plainField = item.expr.k === "field" && item.alias === null;
    if (plainField || !store) {
      columns.push({ name, get: c.fn, kind: c.kind });
      continue;
    }
    const info = scope.define(name, c.kind, item, item.alias !== null);
    writes.push({ slot: info.slot, get: c.fn });
    columns.push({ name, get: slotGetter(info).fn, kind: c.kind });
  }
  if (writes.length === 0) return { op: null, columns };
  const op: RowOp = (row) => {
    const vals = row.vals;
    for (const w of writes) vals[w.slot] = w.get(row);
    return true;
  };
  return { op, columns };
}

/** Builds the regex of a glob pattern: each `*` captures lazily, a trailing `*` takes the rest. */
export function globToRegex(glob: string): { regex: RegExp; stars: number } {
  const parts = glob.split("*");
  let source = "";
  parts.forEach((part, i) => {
    source += escapeRegex(part);
    if (i < parts.length - 1)
      source += i === parts.length - 2 && parts[parts.length - 1] === "" ? "(.*)" : "(.*?)";
  });
  return { regex: new RegExp(source, "s"), stars: parts.length - 1 };
}

export function compileParse(cmd: ParseCommand, scope: AnyScope): { op: RowOp; columns: Column[] } {
  const source = scope.resolveField(cmd.field, cmd.fieldSpan).fn;
  let regex: RegExp;
  let targets: Array<{ name: string; group: number | string }>;
  const p = cmd.pattern;
  if (p.type === "glob") {
    const g = globToRegex(p.text);
    if (g.stars !== cmd.names.length)
      throw syntaxErrorAt(M.parseFieldCount(g.stars, cmd.names.length), cmd.start, cmd.end);
    regex = g.regex;
    targets = cmd.names.map((n, i) => ({ name: n.name, group: i + 1 }));
  } else {
    regex = regexAt(p.source, p.start, p.end);
    const info = compileRegex(p.source);
    if (cmd.names.length > 0) {
      if (info.groupCount !== cmd.names.length) {
        throw syntaxErrorAt(M.parseFieldCount(info.groupCount, cmd.names.length), cmd.start, cmd.end);
      }
      targets = cmd.names.map((n, i) => ({ name: n.name, group: i + 1 }));
    } else {
      if (info.groupNames.length === 0) throw syntaxErrorAt(M.parseRegexNoFields(), p.start, p.end);
      targets = info.groupNames.map((name) => ({ name, group: name }));
    }
  }
  const nameSpans = new Map(cmd.names.map((n) => [n.name, n]));
  const slots: number[] = [];
  const groups: Array<number | string> = [];
  const columns: Column[] = [];
  for (const t of targets) {
    const info = scope.define(t.name, "any", nameSpans.get(t.name) ?? p, true);
    slots.push(info.slot);
    groups.push(t.group);
    columns.push({ name: t.name, get: slotGetter(info).fn, kind: "any" });
  }
  const n = slots.length;
  const op: RowOp = (row) => {
    const s = toStr(source(row));
    const m = s === null ? null : regex.exec(s);
    const vals = row.vals;
    for (let i = 0; i < n; i++) {
      const slot = slots[i] as number;
      if (m === null) {
        vals[slot] = null;
        continue;
      }
      const g = groups[i] as number | string;
      const captured = typeof g === "number" ? m[g] : m.groups?.[g];
      vals[slot] = captured ?? null;
    }
    return true;
  };
  return { op, columns };
}
