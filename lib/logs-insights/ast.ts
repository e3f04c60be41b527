// Syntax tree of a Logs Insights query. Every node keeps its source span [start, end) so errors can point at
// it and so expressions can be named by their text (`count(*)`, `bin(5m)`) as AWS names result columns.

export interface Span {
  start: number;
  end: number;
}

export type PeriodUnit = "ms" | "s" | "m" | "h" | "d" | "w" | "mo" | "q" | "y";

export type Expr =
  | (Span & { k: "num"; value: number })
  | (Span & { k: "str"; value: string })
  | (Span & { k: "regex"; source: string })
  | (Span & { k: "period"; amount: number; unit: PeriodUnit; text: string })
  | (Span & { k: "field"; name: string })
  | (Span & { k: "star" })
  | (Span & { k: "list"; items: Expr[] })
  | (Span & { k: "call"; name: string; nameSpan: Span; args: Expr[] })
  | (Span & { k: "neg"; arg: Expr })
  | (Span & { k: "not"; arg: Expr })
  | (Span & { k: "arith"; op: "+" | "-" | "*" | "/" | "%" | "^"; left: Expr; right: Expr })
  | (Span & { k: "cmp"; op: "=" | "!=" | "<" | "<=" | ">" | ">="; left: Expr; right: Expr })
  | (Span & { k: "like"; negated: boolean; regexOnly: boolean; left: Expr; pattern: Expr })
  | (Span & { k: "in"; negated: boolean; left: Expr; list: Expr })
  | (Span & { k: "logic"; op: "and" | "or"; left: Expr; right: Expr });

export interface NamedExpr extends Span {
  expr: Expr;
  alias: string | null;
  /** Source text of the expression, used as the column name when there is no alias. */
  text: string;
}

export interface SortItem extends Span {
  expr: Expr;
  text: string;
  descending: boolean;
}

export interface FillClause {
  value: Expr;
  fields: string[];
}

export type Command =
  | (Span & { kind: "fields"; items: NamedExpr[] })
  | (Span & { kind: "display"; items: NamedExpr[] })
  | (Span & { kind: "filter"; expr: Expr })
  | (Span & { kind: "filterIndex"; expr: Expr })
  | (Span & { kind: "stats"; items: NamedExpr[]; by: NamedExpr[] })
  | (Span & { kind: "sort"; items: SortItem[] })
  | (Span & { kind: "limit"; count: number; any: boolean })
  | (Span & {
      kind: "parse";
      field: string;
      fieldSpan: Span;
      pattern: (Span & { type: "glob"; text: string }) | (Span & { type: "regex"; source: string });
      names: Array<Span & { name: string }>;
    })
  | (Span & { kind: "dedup"; fields: Array<Span & { name: string }> })
  | (Span & { kind: "unmask"; field: string })
  | (Span & { kind: "pattern"; field: Expr })
  | (Span & { kind: "diff"; against: "previousDay" | "previousWeek" | "previousMonth" | null })
  | (Span & { kind: "anomaly" })
  | (Span & { kind: "fillmissing"; clauses: FillClause[] });

export interface SourceClause extends Span {
  /** Log group names / identifiers given as strings: `SOURCE "lg1", "lg2"`. */
  logGroups: string[];
  /** `SOURCE logGroups(namePrefix: [...])`. */
  namePrefixes: string[];
  accountIdentifiers: string[];
  classes: string[];
  /** The `START=<ms> END=<ms>` suffix DescribeQueries writes. */
  startTime: number | null;
  endTime: number | null;
  /** True for the `logGroups(...)` form. */
  selector: boolean;
}

export interface Query {
  text: string;
  source: SourceClause | null;
  commands: Command[];
}
