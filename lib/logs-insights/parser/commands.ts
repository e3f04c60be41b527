import type { Command, Expr, FillClause, NamedExpr, SortItem, Span } from "../ast";
import { syntaxErrorAt } from "../errors";
import { DEFAULT_SORT_DIRECTION, LIMIT_COMMAND_MAX, MALFORMED_QUERY_MESSAGES as M } from "../semantics";
import type { Cursor } from "./cursor";
import { parseExpr } from "./expression";

export const COMMAND_EXPECTING =
  "{K_FIELDS, K_DISPLAY, K_FILTER, K_STATS, K_SORT, K_LIMIT, K_PARSE, K_DEDUP, K_UNMASK, K_PATTERN, K_DIFF, " +
  "K_ANOMALY, K_FILTER_INDEX, K_FILL_MISSING}";

const DEFAULT_DESCENDING = DEFAULT_SORT_DIRECTION === "desc";

type CommandParser = (c: Cursor, start: number) => Command;

const COMMANDS: Record<string, CommandParser> = {
  fields: (c, start) => ({ kind: "fields", items: parseNamedList(c), start, end: c.lastEnd }),
  display: (c, start) => ({ kind: "display", items: parseNamedList(c), start, end: c.lastEnd }),
  filter: (c, start) => ({ kind: "filter", expr: parseExpr(c), start, end: c.lastEnd }),
  filterindex: parseFilterIndex,
  stats: parseStats,
  sort: parseSort,
  limit: parseLimit,
  parse: parseParse,
  dedup: (c, start) => ({ kind: "dedup", fields: parseNameList(c), start, end: c.lastEnd }),
  unmask: (c, start) => ({ kind: "unmask", field: c.expectFieldName().value, start, end: c.lastEnd }),
  pattern: (c, start) => ({ kind: "pattern", field: parseExpr(c), start, end: c.lastEnd }),
  diff: parseDiff,
  anomaly: (c, start) => ({ kind: "anomaly", start, end: c.lastEnd }),
  fillmissing: parseFillMissing,
};

export function parseCommand(c: Cursor): Command {
  const t = c.tok;
  const parser = t.type === "ident" ? COMMANDS[t.value.toLowerCase()] : undefined;
  if (parser === undefined) {
    if (t.type === "ident" && t.value.toLowerCase() === "source") {
      throw syntaxErrorAt(M.sourceNotFirst(), t.start, t.end);
    }
    throw c.mismatch(COMMAND_EXPECTING);
  }
  c.advance();
  return parser(c, t.start);
}

function parseAlias(c: Cursor): string | null {
  if (!c.acceptKeyword("as")) return null;
  return c.expectFieldName().value;
}

function named(c: Cursor, expr: Expr): NamedExpr {
  const alias = parseAlias(c);
  return { expr, alias, text: c.src.slice(expr.start, expr.end), start: expr.start, end: c.lastEnd };
}

function parseNamedList(c: Cursor): NamedExpr[] {
  const items = [named(c, parseExpr(c))];
  while (c.acceptOp(",")) items.push(named(c, parseExpr(c)));
  return items;
}

function parseNameList(c: Cursor): Array<Span & { name: string }> {
  const names: Array<Span & { name: string }> = [];
  do {
    const t = c.expectFieldName();
    names.push({ name: t.value, start: t.start, end: t.end });
  } while (c.acceptOp(","));
  return names;
}

function parseStats(c: Cursor, start: number): Command {
  const items = [named(c, parseExpr(c))];
  while (c.acceptOp(",")) items.push(named(c, parseExpr(c)));
  const by: NamedExpr[] = [];
  if (c.acceptKeyword("by")) by.push(...parseNamedList(c));
  return { kind: "stats", items, by, start, end: c.lastEnd };
}

function parseSort(c: Cursor, start: number): Command {
  const items: SortItem[] = [];
  do {
    const expr = parseExpr(c);
    let descending: boolean | null = null;
    if (c.acceptKeyword("asc")) descending = false;
    else if (c.acceptKeyword("desc")) descending = true;
    items.push({
      expr,
      text: c.src.slice(expr.start, expr.end),
      descending: descending ?? DEFAULT_DESCENDING,
      start: expr.start,
      end: c.lastEnd,
    });
  } while (c.acceptOp(","));
  return { kind: "sort", items, start, end: c.lastEnd };
}

function parseLimit(c: Cursor, start: number): Command {
  const any = c.acceptKeyword("any");
  const t = c.tok;
  if (t.type !== "num") throw c.mismatch("INTEGER");
  c.advance();
  if (!Number.isInteger(t.num) || t.num < 1 || t.num > LIMIT_COMMAND_MAX) {
    throw syntaxErrorAt(M.invalidLimit(t.text), t.start, t.end);
  }
  return { kind: "limit", count: t.num, any, start, end: c.lastEnd };
}

function parseParse(c: Cursor, start: number): Command {
  const fieldTok = c.expectFieldName();
  let pattern: Extract<Command, { kind: "parse" }>["pattern"];
  const t = c.tok;
  if (t.type === "str") {
    c.advance();
    pattern = { type: "glob", text: t.value, start: t.start, end: t.end };
  } else if (c.isOp("/")) {
    c.rescanAsRegex();
    const r = c.advance();
    pattern = { type: "regex", source: r.value, start: r.start, end: r.end };
  } else {
    throw c.mismatch("{STRING, REGEX}");
  }
  const names = c.acceptKeyword("as") ? parseNameList(c) : [];
  return {
    kind: "parse",
    field: fieldTok.value,
    fieldSpan: { start: fieldTok.start, end: fieldTok.end },
    pattern,
    names,
    start,
    end: c.lastEnd,
  };
}

function parseFilterIndex(c: Cursor, start: number): Command {
  const expr = parseExpr(c);
  const ok = (expr.k === "cmp" && expr.op === "=") || (expr.k === "in" && !expr.negated);
  if (!ok || expr.left.k !== "field") {
    throw syntaxErrorAt(
      M.mismatchedInput(c.src.slice(expr.start, expr.end), "{FIELD '=' VALUE, FIELD K_IN LIST}"),
      expr.start,
      expr.end,
    );
  }
  return { kind: "filterIndex", expr, start, end: c.lastEnd };
}

const DIFF_TARGETS = {
  previousday: "previousDay",
  previousweek: "previousWeek",
  previousmonth: "previousMonth",
} as const;

function parseDiff(c: Cursor, start: number): Command {
  const t = c.tok;
  if (t.type === "ident") {
    const key = t.value.toLowerCase();
    if (key === "previousday" || key === "previousweek" || key === "previousmonth") {
      c.advance();
      return { kind: "diff", against: DIFF_TARGETS[key], start, end: c.lastEnd };
    }
  }
  return { kind: "diff", against: null, start, end: c.lastEnd };
}

function parseFillMissing(c: Cursor, start: number): Command {
  const clauses: FillClause[] = [];
  while (c.acceptKeyword("with")) {
    const value = parseExpr(c);
    if (value.k !== "num" && value.k !== "str") {
      throw syntaxErrorAt(M.literalRequired("fillmissing value"), value.start, value.end);
    }
    if (!c.acceptKeyword("for")) throw c.mismatch("K_FOR");
    const fields = [c.expectFieldName().value];
    // Further names belong to the same clause until the next `with`.
    while (c.isOp(",")) {
      const next = c.peekNext();
      if (next.type === "ident" && next.value.toLowerCase() === "with") {
        c.advance();
        break;
      }
      c.advance();
      fields.push(c.expectFieldName().value);
    }
    clauses.push({ value, fields });
  }
  return { kind: "fillmissing", clauses, start, end: c.lastEnd };
}
