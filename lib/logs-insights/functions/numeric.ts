import { argAt, compileArgs, lift1, liftN, type FunctionDef } from "../expressions/compiled";
import { finite, toNumber } from "../expressions/values";
import type { Value } from "../types";

function numeric1(f: (x: number) => number): FunctionDef {
  return {
    min: 1,
    max: 1,
    compile: (call, _scope, compile) => {
      return lift1(argAt(compileArgs(call, compile), 0), (v) => {
        const n = toNumber(v);
        return n === null ? null : finite(f(n));
      });
    },
  };
}

function extreme(pick: (a: number, b: number) => number): FunctionDef {
  return {
    min: 1,
    max: Infinity,
    compile: (call, _scope, compile) => {
      const args = compileArgs(call, compile);
      return liftN(
        args,
        (xs: Value[]) => {
          let best: number | null = null;
          for (const x of xs) {
            const n = toNumber(x);
            if (n !== null) best = best === null ? n : pick(best, n);
          }
          return best;
        },
        args.every((a) => a.kind === "date") ? "date" : "any",
      );
    },
  };
}

export const NUMERIC_FUNCTIONS: Record<string, FunctionDef> = {
  abs: numeric1(Math.abs),
  ceil: numeric1(Math.ceil),
  floor: numeric1(Math.floor),
  log: numeric1(Math.log),
  sqrt: numeric1(Math.sqrt),
  greatest: extreme(Math.max),
  least: extreme(Math.min),
};
