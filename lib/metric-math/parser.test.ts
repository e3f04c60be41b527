import { describe, expect, it } from "vitest";
import type { Expr } from "./ast";
import { MetricMathSyntaxError } from "./errors";
import { parseExpression } from "./parser";

/** Compact S-expression rendering of an AST, to assert structure and precedence. */
function show(node: Expr): string {
  switch (node.type) {
    case "number":
      return String(node.value);
    case "string":
      return JSON.stringify(node.value);
    case "identifier":
      return node.name;
    case "keyword":
      return `:${node.name}`;
    case "unary":
      return `(neg ${show(node.operand)})`;
    case "binary":
      return `(${node.op} ${show(node.left)} ${show(node.right)})`;
    case "array":
      return `[${node.items.map(show).join(" ")}]`;
    case "call":
      return `${node.name}(${node.args.map(show).join(" ")})`;
    case "insights":
      return `SELECT<${node.query.metricName}>`;
  }
}

describe("parseExpression: structure and precedence", () => {
  it.each([
    ["m1 + m2 * 2", "(+ m1 (* m2 2))"],
    ["(m1 + m2) * 2", "(* (+ m1 m2) 2)"],
    ["m1 - m2 - m3", "(- (- m1 m2) m3)"],
    ["-m1 ^ 2", "(neg (^ m1 2))"],
    ["2 ^ 3 ^ 2", "(^ 2 (^ 3 2))"],
    ["2 ^ -1", "(^ 2 (neg 1))"],
    ["-5*m1", "(* (neg 5) m1)"],
    ["m1 > 15 AND m2 > 2 OR m3 == 1", "(OR (AND (> m1 15) (> m2 2)) (== m3 1))"],
    ["m1 >= 1 && m2 <= 2 || m3 != 3", "(OR (AND (>= m1 1) (<= m2 2)) (!= m3 3))"],
    ["a < b", "(< a b)"],
    ["SUM([m1, m2, -m3])", "SUM([m1 m2 (neg m3)])"],
    ["SUM(-[m1, m2])", "SUM((neg [m1 m2]))"],
    ["METRICS()", "METRICS()"],
    ['METRICS("4xx")', 'METRICS("4xx")'],
    ["SORT(METRICS(), AVG, DESC, 10)", "SORT(METRICS() :AVG :DESC 10)"],
    ["FILL(m1, REPEAT)", "FILL(m1 :REPEAT)"],
    ["serverError / (success + 1e-36)", "(/ serverError (+ success 1e-36))"],
    ["1.5E3 + .5", "(+ 1500 0.5)"],
    ["LOG10(m1)", "LOG10(m1)"],
    ["TIME_SERIES(10)", "TIME_SERIES(10)"],
    [
      "IF((DAY(m1)<6 AND (HOUR(m1)>=9 AND HOUR(m1)<17)),m1)",
      "IF((AND (< DAY(m1) 6) (AND (>= HOUR(m1) 9) (< HOUR(m1) 17))) m1)",
    ],
    [
      "SEARCH('{AWS/EC2,InstanceId} MetricName=\"CPUUtilization\"', 'Average', 300)",
      'SEARCH("{AWS/EC2,InstanceId} MetricName=\\"CPUUtilization\\"" "Average" 300)',
    ],
    ['LAMBDA("fn", "a", 3, true)', 'LAMBDA("fn" "a" 3 true)'],
    ["'it\\'s'", '"it\'s"'],
    ['SELECT SUM(CPUUtilization) FROM "AWS/EC2"', "SELECT<CPUUtilization>"],
    ["  select avg(x) from ns", "SELECT<x>"],
    ["select + 1", "(+ select 1)"],
  ])("%s", (text, expected) => {
    expect(show(parseExpression(text))).toBe(expected);
  });

  it("records 0-based spans", () => {
    const ast = parseExpression("  m1 + ABS(m2)");
    expect(ast).toMatchObject({ type: "binary", start: 2, end: 14 });
    if (ast.type !== "binary") throw new Error("expected binary");
    expect(ast.right).toMatchObject({ type: "call", name: "ABS", start: 7, nameEnd: 10, end: 14 });
  });

  it("keeps backslashes other than an escaped delimiter (SEARCH needs them)", () => {
    const ast = parseExpression("SEARCH('\"a\\(b\"', 'Sum')");
    expect(ast.type === "call" && ast.args[0]?.type === "string" && ast.args[0].value).toBe('"a\\(b"');
  });
});

describe("parseExpression: syntax errors carry positions", () => {
  it.each([
    ["", 0, "empty"],
    ["m1 +", 4, "end of expression"],
    ["m1 + * m2", 5, "'*'"],
    ["(m1 + m2", 8, "')'"],
    ["m1 m2", 3, "'m2'"],
    ["SUM(m1", 6, "to close SUM("],
    ["[m1, m2", 7, "']'"],
    ["[]", 0, "at least one element"],
    ["m1 = 2", 3, "'=='"],
    ["m1 & m2", 3, "'&&'"],
    ["m1 # 2", 3, "'#'"],
    ["avg(m1)", 0, "upper case"],
    ["Avg(m1)", 0, "upper case"],
    ["Metric1 + 1", 0, "lower-case"],
    ["'abc", 0, "unterminated"],
    ["m1 + 2x", 5, "invalid number"],
    ["AND m1", 0, "unexpected AND"],
    ["()", 0, "empty parentheses"],
    ["SELECT SUM(x) FROM", 18, "namespace"],
  ])("%j fails at %i", (text, position, fragment) => {
    let caught: unknown;
    try {
      parseExpression(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MetricMathSyntaxError);
    const error = caught as MetricMathSyntaxError;
    expect(error.position).toBe(position);
    expect(error.message).toContain(fragment);
    expect(error.message).toMatch(new RegExp(`^Syntax error at position ${position}: `));
  });
});
