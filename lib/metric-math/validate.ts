// Inline validation for the widget editor: parse + type check without data.
import { checkExpression } from "./checker";
import { MetricMathSyntaxError, MetricMathTypeError } from "./errors";
import type { ValueType } from "./evaluator/values";
import { parseExpression } from "./parser";
import { DEFAULT_SEMANTICS, type MathSemantics } from "./semantics";

export type ValidationResult =
  | {
      ok: true;
      references: string[];
      functions: string[];
      resultType: ValueType;
      /** "insights" for a Metrics Insights `SELECT`, otherwise "math". */
      kind: "math" | "insights";
    }
  | { ok: false; error: { message: string; start: number; end: number } };

export interface ValidateOptions {
  /** Types of known ids when the caller knows them (default: every known id is a TS). */
  idTypes?: Readonly<Record<string, ValueType>>;
  semantics?: MathSemantics;
}

/** GetMetricData accepts expressions of 1..2048 characters (section 2.1). */
export const EXPRESSION_MAX_LENGTH = 2048;

export function validateExpression(
  text: string,
  knownIds: readonly string[],
  options: ValidateOptions = {},
): ValidationResult {
  const known = new Set(knownIds);
  if (text.length > EXPRESSION_MAX_LENGTH) {
    const message = `The expression is longer than ${EXPRESSION_MAX_LENGTH} characters`;
    return { ok: false, error: { message, start: EXPRESSION_MAX_LENGTH, end: text.length } };
  }
  try {
    const ast = parseExpression(text);
    const outcome = checkExpression(ast, {
      idType: (id) => (known.has(id) ? (options.idTypes?.[id] ?? "TS") : undefined),
      semantics: options.semantics ?? DEFAULT_SEMANTICS,
    });
    return {
      ok: true,
      references: outcome.references,
      functions: outcome.functions,
      resultType: outcome.type,
      kind: ast.type === "insights" ? "insights" : "math",
    };
  } catch (error) {
    if (error instanceof MetricMathSyntaxError) {
      const start = Math.min(error.position, text.length);
      return { ok: false, error: { message: error.message, start, end: Math.min(start + 1, text.length) } };
    }
    if (error instanceof MetricMathTypeError) {
      return { ok: false, error: { message: error.message, start: error.start, end: error.end } };
    }
    throw error;
  }
}
