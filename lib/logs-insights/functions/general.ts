import { argAt, compileArgs, lift1, type Compiled, type FunctionDef } from "../expressions/compiled";
import type { Getter } from "../expressions/row";
import { toStr } from "../expressions/values";
import type { StructValue, Value } from "../types";

/** Converts parsed JSON into an engine value (objects and arrays stay structured). */
export function jsonToValue(j: unknown): Value {
  if (j === null || j === undefined) return null;
  if (typeof j === "number" || typeof j === "string" || typeof j === "boolean") return j;
  if (typeof j === "object") return j as StructValue;
  return null;
}

export const GENERAL_FUNCTIONS: Record<string, FunctionDef> = {
  ispresent: {
    min: 1,
    max: 1,
    compile: (call, _scope, compile) => lift1(argAt(compileArgs(call, compile), 0), (v) => v !== null),
  },
  coalesce: {
    min: 1,
    max: Infinity,
    compile: (call, _scope, compile): Compiled => {
      const args = compileArgs(call, compile);
      const gs: Getter[] = args.map((a) => a.fn);
      const kind = args.every((a) => a.kind === "date") ? "date" : "any";
      return {
        fn: (r) => {
          for (const g of gs) {
            const v = g(r);
            if (v !== null) return v;
          }
          return null;
        },
        kind,
        isConst: args.every((a) => a.isConst),
      };
    },
  },
  // Masked data is never stored by the simulator, so unmasking is the identity.
  unmask: {
    min: 1,
    max: 1,
    compile: (call, _scope, compile) => argAt(compileArgs(call, compile), 0),
  },
};

export const JSON_FUNCTIONS: Record<string, FunctionDef> = {
  jsonparse: {
    min: 1,
    max: 1,
    compile: (call, _scope, compile) =>
      lift1(argAt(compileArgs(call, compile), 0), (v) => {
        if (typeof v !== "string") return v;
        try {
          return jsonToValue(JSON.parse(v));
        } catch {
          return null;
        }
      }),
  },
  jsonstringify: {
    min: 1,
    max: 1,
    compile: (call, _scope, compile) =>
      lift1(argAt(compileArgs(call, compile), 0), (v) => {
        if (v === null) return null;
        if (typeof v === "object") return JSON.stringify(v);
        return typeof v === "string" ? JSON.stringify(v) : toStr(v);
      }),
  },
};
