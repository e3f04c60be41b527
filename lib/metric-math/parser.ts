import type { BinaryOperator, CallNode, ComparisonOperator, Expr } from "./ast";
import { MetricMathSyntaxError } from "./errors";
import { parseMetricsInsights } from "./insights/parse";
import { tokenize, type Token } from "./lexer";

const COMPARISON_OPS: Readonly<Record<string, ComparisonOperator>> = {
  "==": "==",
  "!=": "!=",
  "<": "<",
  "<=": "<=",
  ">": ">",
  ">=": ">=",
};

/**
 * True when the text is a Metrics Insights query rather than metric math: `SELECT <word>(`, so that an
 * Id that happens to be called `select` still parses as math.
 */
export function isMetricsInsightsText(text: string): boolean {
  return /^\s*select\s+\w+\s*\(/i.test(text);
}

/** Parses metric math (or a whole-expression Metrics Insights `SELECT`) into an AST. */
export function parseExpression(text: string): Expr {
  if (isMetricsInsightsText(text)) {
    const query = parseMetricsInsights(text);
    const start = text.length - text.trimStart().length;
    return { type: "insights", sql: text.trim(), query, start, end: text.trimEnd().length };
  }
  const parser = new Parser(tokenize(text));
  return parser.parseAll();
}

function describe(token: Token): string {
  if (token.kind === "eof") return "end of expression";
  if (token.kind === "string") return "string";
  return `'${token.text}'`;
}

class Parser {
  private index = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parseAll(): Expr {
    if (this.peek().kind === "eof") throw new MetricMathSyntaxError("the expression is empty", 0);
    const expr = this.parseOr();
    const next = this.peek();
    if (next.kind !== "eof") {
      throw new MetricMathSyntaxError(`unexpected ${describe(next)}; expected an operator`, next.start);
    }
    return expr;
  }

  private peek(offset = 0): Token {
    const token = this.tokens[Math.min(this.index + offset, this.tokens.length - 1)];
    if (!token) throw new MetricMathSyntaxError("internal: no tokens", 0);
    return token;
  }

  private next(): Token {
    const token = this.peek();
    if (this.index < this.tokens.length - 1) this.index++;
    return token;
  }

  private isOp(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === "op" && token.text === text;
  }

  private expectOp(text: string, context: string): Token {
    const token = this.peek();
    if (token.kind !== "op" || token.text !== text) {
      throw new MetricMathSyntaxError(
        `expected '${text}' ${context} but found ${describe(token)}`,
        token.start,
      );
    }
    return this.next();
  }

  private binary(op: BinaryOperator, left: Expr, right: Expr): Expr {
    return { type: "binary", op, left, right, start: left.start, end: right.end };
  }

  private parseOr(): Expr {
    let left = this.parseAnd();
    for (;;) {
      const token = this.peek();
      if (!(
        (token.kind === "upper" && token.text === "OR") ||
        (token.kind === "op" && token.text === "||")
      )) {
        return left;
      }
      this.next();
      left = this.binary("OR", left, this.parseAnd());
    }
  }

  private parseAnd(): Expr {
    let left = this.parseComparison();
    for (;;) {
      const token = this.peek();
      if (!(
        (token.kind === "upper" && token.text === "AND") ||
        (token.kind === "op" && token.text === "&&")
      )) {
        return left;
      }
      this.next();
      left = this.binary("AND", left, this.parseComparison());
    }
  }

  private parseComparison(): Expr {
    let left = this.parseAdditive();
    for (;;) {
      const token = this.peek();
      const op = token.kind === "op" ? COMPARISON_OPS[token.text] : undefined;
      if (op === undefined) return left;
      this.next();
      left = this.binary(op, left, this.parseAdditive());
    }
  }

  private parseAdditive(): Expr {
    let left = this.parseMultiplicative();
    while (this.isOp("+") || this.isOp("-")) {
      const op = this.next().text === "+" ? "+" : "-";
      left = this.binary(op, left, this.parseMultiplicative());
    }
    return left;
  }

  private parseMultiplicative(): Expr {
    let left = this.parseUnary();
    while (this.isOp("*") || this.isOp("/")) {
      const op = this.next().text === "*" ? "*" : "/";
      left = this.binary(op, left, this.parseUnary());
    }
    return left;
  }

  private parseUnary(): Expr {
    if (this.isOp("-")) {
      const minus = this.next();
      const operand = this.parseUnary();
      return { type: "unary", op: "-", operand, start: minus.start, end: operand.end };
    }
    return this.parsePower();
  }

  /** `^` binds tighter than unary minus (-m1^2 is -(m1^2)) and is right-associative. */
  private parsePower(): Expr {
    const base = this.parsePrimary();
    if (!this.isOp("^")) return base;
    this.next();
    return this.binary("^", base, this.parseUnary());
  }

  private parsePrimary(): Expr {
    const token = this.peek();
    switch (token.kind) {
      case "number":
        this.next();
        return { type: "number", value: token.value, start: token.start, end: token.end };
      case "string":
        this.next();
        return { type: "string", value: token.text, start: token.start, end: token.end };
      case "ident":
        if (this.isOp("(", 1)) {
          throw new MetricMathSyntaxError(
            `unknown function '${token.text}'; function names are upper case`,
            token.start,
          );
        }
        this.next();
        return { type: "identifier", name: token.text, start: token.start, end: token.end };
      case "upper":
        return this.parseUpperWord(token);
      case "word":
        throw new MetricMathSyntaxError(
          this.isOp("(", 1)
            ? `unknown function '${token.text}'; function names are upper case`
            : `invalid id '${token.text}'; ids start with a lower-case letter`,
          token.start,
        );
      case "op":
        if (token.text === "(") return this.parseParenthesised();
        if (token.text === "[") return this.parseArray();
        throw new MetricMathSyntaxError(`unexpected ${describe(token)}; expected a value`, token.start);
      case "eof":
        throw new MetricMathSyntaxError("unexpected end of expression; expected a value", token.start);
    }
  }

  private parseUpperWord(token: Token): Expr {
    if (token.text === "AND" || token.text === "OR") {
      throw new MetricMathSyntaxError(`unexpected ${token.text}; expected a value`, token.start);
    }
    this.next();
    if (!this.isOp("(")) return { type: "keyword", name: token.text, start: token.start, end: token.end };
    this.next();
    const call: CallNode = {
      type: "call",
      name: token.text,
      nameEnd: token.end,
      args: [],
      start: token.start,
      end: token.end,
    };
    if (!this.isOp(")")) {
      for (;;) {
        call.args.push(this.parseOr());
        if (!this.isOp(",")) break;
        this.next();
      }
    }
    call.end = this.expectOp(")", `to close ${token.text}(`).end;
    return call;
  }

  private parseParenthesised(): Expr {
    const open = this.next();
    if (this.isOp(")")) throw new MetricMathSyntaxError("empty parentheses", open.start);
    const inner = this.parseOr();
    this.expectOp(")", "to close '('");
    return inner;
  }

  private parseArray(): Expr {
    const open = this.next();
    if (this.isOp("]")) throw new MetricMathSyntaxError("an array needs at least one element", open.start);
    const items: Expr[] = [];
    for (;;) {
      items.push(this.parseOr());
      if (!this.isOp(",")) break;
      this.next();
    }
    const close = this.expectOp("]", "to close '['");
    return { type: "array", items, start: open.start, end: close.end };
  }
}
