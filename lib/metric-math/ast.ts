import type { MetricsInsightsQuery } from "./insights/types";

/** Offsets into the expression text: start inclusive, end exclusive. */
interface Span {
  start: number;
  end: number;
}

export interface NumberNode extends Span {
  type: "number";
  value: number;
}

export interface StringNode extends Span {
  type: "string";
  value: string;
}

/** A reference to another query's Id. */
export interface IdentifierNode extends Span {
  type: "identifier";
  name: string;
}

/** A bare upper-case word used as an argument: REPEAT, LINEAR, ASC, DESC, AVG/MIN/MAX/SUM in SORT. */
export interface KeywordNode extends Span {
  type: "keyword";
  name: string;
}

export interface CallNode extends Span {
  type: "call";
  name: string;
  nameEnd: number;
  args: Expr[];
}

export interface UnaryNode extends Span {
  type: "unary";
  op: "-";
  operand: Expr;
}

export type ArithmeticOperator = "+" | "-" | "*" | "/" | "^";
export type ComparisonOperator = "==" | "!=" | "<" | "<=" | ">" | ">=";
export type LogicalOperator = "AND" | "OR";
export type BinaryOperator = ArithmeticOperator | ComparisonOperator | LogicalOperator;

export interface BinaryNode extends Span {
  type: "binary";
  op: BinaryOperator;
  left: Expr;
  right: Expr;
}

export interface ArrayNode extends Span {
  type: "array";
  items: Expr[];
}

/** A whole-expression Metrics Insights query (`SELECT ...`); it cannot be combined with math. */
export interface InsightsNode extends Span {
  type: "insights";
  sql: string;
  query: MetricsInsightsQuery;
}

export type Expr =
  | NumberNode
  | StringNode
  | IdentifierNode
  | KeywordNode
  | CallNode
  | UnaryNode
  | BinaryNode
  | ArrayNode
  | InsightsNode;
