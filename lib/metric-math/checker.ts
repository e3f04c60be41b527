// Static type checking (S / TS / TS[]) of a parsed expression: unknown ids, unknown functions, arity and
// argument types. Used by the editor's inline validation and before each expression is evaluated.
import type { CallNode, Expr } from "./ast";
import { MetricMathTypeError } from "./errors";
import type { ValueType } from "./evaluator/values";
import { describeTypes } from "./functions/helpers";
import { lookupFunction } from "./functions/registry";
import type { CheckContext, CheckType } from "./functions/types";
import { DEFAULT_SEMANTICS, VALIDATION_MESSAGES, type MathSemantics } from "./semantics";

export interface CheckOptions {
  /** Type of a referenced id, or undefined when the id does not exist. */
  idType(id: string): ValueType | undefined;
  semantics?: MathSemantics;
}

export interface CheckOutcome {
  type: ValueType;
  /** Referenced ids, unique, in order of appearance. */
  references: string[];
  /** Functions used, unique, in order of appearance. */
  functions: string[];
}

function pushUnique(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}

export function checkExpression(ast: Expr, options: CheckOptions): CheckOutcome {
  const references: string[] = [];
  const functions: string[] = [];
  const semantics = options.semantics ?? DEFAULT_SEMANTICS;

  const fail = (message: string, node: Expr): never => {
    throw new MetricMathTypeError(message, node.start, node.end);
  };

  const numeric = (node: Expr): ValueType => {
    const type = typeOf(node);
    if (type === "STR") return fail("a string can only be used as a function argument", node);
    if (type === "KW")
      return fail(`unexpected keyword ${node.type === "keyword" ? node.name : ""}`.trim(), node);
    return type;
  };

  const checkCall = (call: CallNode): ValueType => {
    const def = lookupFunction(call.name);
    if (!def) throw new MetricMathTypeError(`Unknown function ${call.name}`, call.start, call.nameEnd);
    pushUnique(functions, call.name);
    const count = call.args.length;
    if (count < def.minArgs || count > def.maxArgs) {
      const expected = def.minArgs === def.maxArgs ? `${def.minArgs}` : `${def.minArgs} to ${def.maxArgs}`;
      fail(
        `${call.name} takes ${expected} argument${def.maxArgs === 1 ? "" : "s"} (${def.signature}), got ${count}`,
        call,
      );
    }
    const ctx: CheckContext = {
      call,
      semantics,
      typeOf,
      fail: (message, node) => fail(message, node ?? call),
      failAt: (message, start, end) => {
        throw new MetricMathTypeError(message, start, end);
      },
    };
    return def.check(ctx);
  };

  function typeOf(node: Expr): CheckType {
    switch (node.type) {
      case "number":
        return "S";
      case "string":
        return "STR";
      case "keyword":
        return "KW";
      case "identifier": {
        const type = options.idType(node.name);
        if (type === undefined) return fail(VALIDATION_MESSAGES.unknownId(node.name), node);
        pushUnique(references, node.name);
        return type;
      }
      case "unary":
        return numeric(node.operand);
      case "binary": {
        const types = [numeric(node.left), numeric(node.right)];
        if (types.includes("TS[]")) return "TS[]";
        return types.includes("TS") ? "TS" : "S";
      }
      case "array":
        for (const item of node.items) {
          const type = numeric(item);
          if (type === "S")
            fail(`array elements must be ${describeTypes(["TS", "TS[]"])}, not a number`, item);
        }
        return "TS[]";
      case "call":
        return checkCall(node);
      case "insights":
        return node.query.groupBy.length > 0 ? "TS[]" : "TS";
    }
  }

  const type = numeric(ast);
  return { type, references, functions };
}

/** Ids referenced by an expression, without type checking (used to order a request's expressions). */
export function collectReferences(ast: Expr): string[] {
  const out: string[] = [];
  const visit = (node: Expr, inLiteralCall: boolean): void => {
    switch (node.type) {
      case "identifier":
        // LAMBDA / DB_PERF_INSIGHTS take the words true/false as boolean arguments.
        if (!(inLiteralCall && (node.name === "true" || node.name === "false"))) pushUnique(out, node.name);
        return;
      case "unary":
        visit(node.operand, false);
        return;
      case "binary":
        visit(node.left, false);
        visit(node.right, false);
        return;
      case "array":
        node.items.forEach((item) => visit(item, false));
        return;
      case "call": {
        const literal = node.name === "LAMBDA" || node.name === "DB_PERF_INSIGHTS";
        node.args.forEach((arg) => visit(arg, literal));
        return;
      }
      default:
        return;
    }
  };
  visit(ast, false);
  return out;
}
