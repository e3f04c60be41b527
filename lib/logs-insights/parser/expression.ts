// Expression grammar, lowest precedence first:
//   or < and < not < comparison (= != < <= > >= =~ like in) < + - < * / % < unary - < ^ < primary

import type { Expr } from "../ast";
import type { Cursor } from "./cursor";

const RESERVED = new Set(["and", "or", "not", "like", "in"]);
const EXPR_START = "{STRING, NUMBER, FIELD, REGEX, FUNCTION, '(', '[', '-', K_NOT}";
const COMPARISON_OPS = new Set(["=", "!=", "<", "<=", ">", ">="]);

export function isReservedWord(name: string): boolean {
  return RESERVED.has(name.toLowerCase());
}

export function parseExpr(c: Cursor): Expr {
  return parseOr(c);
}

function parseOr(c: Cursor): Expr {
  let left = parseAnd(c);
  while (c.isKeyword("or")) {
    c.advance();
    const right = parseAnd(c);
    left = { k: "logic", op: "or", left, right, start: left.start, end: right.end };
  }
  return left;
}

function parseAnd(c: Cursor): Expr {
  let left = parseNot(c);
  while (c.isKeyword("and")) {
    c.advance();
    const right = parseNot(c);
    left = { k: "logic", op: "and", left, right, start: left.start, end: right.end };
  }
  return left;
}

function parseNot(c: Cursor): Expr {
  if (c.isKeyword("not")) {
    const start = c.advance().start;
    const arg = parseNot(c);
    return { k: "not", arg, start, end: arg.end };
  }
  return parseComparison(c);
}

function parseComparison(c: Cursor): Expr {
  const left = parseAdditive(c);
  const t = c.tok;
  if (t.type === "op" && COMPARISON_OPS.has(t.value)) {
    c.advance();
    const right = parseAdditive(c);
    const op = t.value as "=" | "!=" | "<" | "<=" | ">" | ">=";
    return { k: "cmp", op, left, right, start: left.start, end: right.end };
  }
  if (c.isOp("=~")) {
    c.advance();
    const pattern = parseAdditive(c);
    return { k: "like", negated: false, regexOnly: true, left, pattern, start: left.start, end: pattern.end };
  }
  let negated = false;
  if (c.isKeyword("not")) {
    const next = c.peekNext();
    const word = next.type === "ident" ? next.value.toLowerCase() : "";
    if (word !== "like" && word !== "in") throw c.mismatch("{K_LIKE, K_IN}");
    c.advance();
    negated = true;
  }
  if (c.acceptKeyword("like")) {
    const pattern = parseAdditive(c);
    return { k: "like", negated, regexOnly: false, left, pattern, start: left.start, end: pattern.end };
  }
  if (c.acceptKeyword("in")) {
    const list = parseAdditive(c);
    return { k: "in", negated, left, list, start: left.start, end: list.end };
  }
  return left;
}

function parseAdditive(c: Cursor): Expr {
  let left = parseMultiplicative(c);
  while (c.isOp("+") || c.isOp("-")) {
    const op = c.advance().value as "+" | "-";
    const right = parseMultiplicative(c);
    left = { k: "arith", op, left, right, start: left.start, end: right.end };
  }
  return left;
}

function parseMultiplicative(c: Cursor): Expr {
  let left = parseUnary(c);
  while (c.isOp("*") || c.isOp("/") || c.isOp("%")) {
    const op = c.advance().value as "*" | "/" | "%";
    const right = parseUnary(c);
    left = { k: "arith", op, left, right, start: left.start, end: right.end };
  }
  return left;
}

function parseUnary(c: Cursor): Expr {
  if (c.isOp("-")) {
    const start = c.advance().start;
    const arg = parseUnary(c);
    if (arg.k === "num") return { k: "num", value: -arg.value, start, end: arg.end };
    return { k: "neg", arg, start, end: arg.end };
  }
  return parsePower(c);
}

function parsePower(c: Cursor): Expr {
  const base = parsePrimary(c);
  if (c.isOp("^")) {
    c.advance();
    const exponent = parseUnary(c);
    return { k: "arith", op: "^", left: base, right: exponent, start: base.start, end: exponent.end };
  }
  return base;
}

function parsePrimary(c: Cursor): Expr {
  const t = c.tok;
  switch (t.type) {
    case "num":
      c.advance();
      return { k: "num", value: t.num, start: t.start, end: t.end };
    case "period":
      c.advance();
      return { k: "period", amount: t.num, unit: t.unit ?? "s", text: t.text, start: t.start, end: t.end };
    case "str":
      c.advance();
      return { k: "str", value: t.value, start: t.start, end: t.end };
    case "qident":
      c.advance();
      return { k: "field", name: t.value, start: t.start, end: t.end };
    case "ident":
      return parseIdentifier(c);
    case "op":
      return parseBracketed(c);
    default:
      throw c.mismatch(EXPR_START);
  }
}

function parseIdentifier(c: Cursor): Expr {
  const t = c.tok;
  if (isReservedWord(t.value)) throw c.mismatch(EXPR_START);
  if (c.src[t.end] === ":" && c.src[t.end + 1] === "/") {
    // [I] an unquoted URL (`http://...`) is read as a string literal, as in the AWS Apache sample query.
    const w = c.takeBareWord();
    return { k: "str", value: w.text, start: w.start, end: w.end };
  }
  c.advance();
  if (!c.isOp("(")) return { k: "field", name: t.value, start: t.start, end: t.end };
  c.advance();
  const args: Expr[] = [];
  if (!c.isOp(")")) {
    args.push(parseExpr(c));
    while (c.acceptOp(",")) args.push(parseExpr(c));
  }
  const close = c.expectOp(")", "{',', ')'}");
  return {
    k: "call",
    name: t.value,
    nameSpan: { start: t.start, end: t.end },
    args,
    start: t.start,
    end: close.end,
  };
}

function parseBracketed(c: Cursor): Expr {
  const t = c.tok;
  if (t.value === "/") {
    c.rescanAsRegex();
    const r = c.advance();
    return { k: "regex", source: r.value, start: r.start, end: r.end };
  }
  if (t.value === "(") {
    c.advance();
    const inner = parseExpr(c);
    const close = c.expectOp(")", "')'");
    // Keep the parentheses in the span so the column name is the text as written.
    return { ...inner, start: t.start, end: close.end };
  }
  if (t.value === "[") {
    c.advance();
    const items: Expr[] = [];
    if (!c.isOp("]")) {
      items.push(parseExpr(c));
      while (c.acceptOp(",")) items.push(parseExpr(c));
    }
    const close = c.expectOp("]", "{',', ']'}");
    return { k: "list", items, start: t.start, end: close.end };
  }
  if (t.value === "*") {
    c.advance();
    return { k: "star", start: t.start, end: t.end };
  }
  throw c.mismatch(EXPR_START);
}
