import { describe, expect, it } from "vitest";
import {
  AlarmRuleSyntaxError,
  evaluateRule,
  parseAlarmRule,
  referencedName,
  ruleReferences,
} from "./composite-rule";
import type { StateValue } from "./model";

function evaluate(rule: string, states: Record<string, StateValue>): boolean {
  return evaluateRule(parseAlarmRule(rule), (name) => states[name]);
}

function syntaxError(rule: string): string {
  try {
    parseAlarmRule(rule);
  } catch (error) {
    if (error instanceof AlarmRuleSyntaxError) return error.message;
    throw error;
  }
  throw new Error("expected a syntax error");
}

describe("AlarmRule", () => {
  it("evaluates state functions with AND, OR, NOT and parentheses (NOT binds tighter than AND, AND than OR)", () => {
    const states: Record<string, StateValue> = { a: "ALARM", b: "OK", c: "INSUFFICIENT_DATA" };
    expect(evaluate("ALARM(a) AND OK(b)", states)).toBe(true);
    expect(evaluate("ALARM(b) OR INSUFFICIENT_DATA(c)", states)).toBe(true);
    expect(evaluate("NOT ALARM(a) OR OK(b) AND ALARM(c)", states)).toBe(false);
    expect(evaluate("(NOT ALARM(a) OR OK(b)) AND NOT ALARM(c)", states)).toBe(true);
    expect(evaluate("TRUE AND NOT FALSE", states)).toBe(true);
    expect(evaluate("false", states)).toBe(false);
    expect(evaluate("ALARM(missing)", states)).toBe(false);
  });

  it("accepts quoted names, names with spaces when quoted, and ARNs", () => {
    const states: Record<string, StateValue> = { "My Alarm (prod)": "ALARM", web: "OK" };
    expect(evaluate('ALARM("My Alarm (prod)")', states)).toBe(true);
    expect(evaluate("OK(arn:aws:cloudwatch:us-east-1:111111111111:alarm:web)", states)).toBe(true);
    expect(referencedName("arn:aws:cloudwatch:us-east-1:111111111111:alarm:a:b")).toBe("a:b");
    expect(ruleReferences(parseAlarmRule('ALARM(x) OR OK("y") OR ALARM(x)'))).toEqual(["x", "y"]);
  });

  it("supports AT_LEAST with counts, percentages and NOT", () => {
    const states: Record<string, StateValue> = { a: "ALARM", b: "ALARM", c: "OK", d: "INSUFFICIENT_DATA" };
    expect(evaluate("AT_LEAST(2, ALARM, (a, b, c))", states)).toBe(true);
    expect(evaluate("AT_LEAST(3, ALARM, (a, b, c))", states)).toBe(false);
    expect(evaluate("AT_LEAST(50%, ALARM, (a, c, d, b))", states)).toBe(true);
    expect(evaluate("AT_LEAST(2, NOT OK, (a, c, d))", states)).toBe(true);
    expect(ruleReferences(parseAlarmRule('AT_LEAST(1, OK, ("a", b))'))).toEqual(["a", "b"]);
  });

  it("reports syntax errors like CloudWatch, with 0-based character positions", () => {
    expect(syntaxError("()")).toBe("Error in AlarmRule [Unsupported token ')' at char 1]");
    const arn = "arn:aws:cloudwatch:us-east-1:123456789012:alarm:";
    expect(syntaxError(`(ALARM(${arn}SampleQueue Oldest Age Alarm) OR ALARM(x))`)).toBe(
      "Error in AlarmRule [Unsupported token 'Oldest' at char 67, must be: ')']",
    );
    expect(syntaxError("ALARM(a) XOR ALARM(b)")).toBe(
      "Error in AlarmRule [Unsupported token 'XOR' at char 9]",
    );
    expect(syntaxError("ALARM(a")).toBe(
      "Error in AlarmRule [Unexpected end of rule at char 7, must be: ')']",
    );
    expect(syntaxError("WARN(a)")).toBe("Error in AlarmRule [Unsupported token 'WARN' at char 0]");
  });
});
