import type { Expr } from "../ast";
import { syntaxErrorAt } from "../errors";
import {
  argAt,
  compileArgs,
  constant,
  lift1,
  type Compiled,
  type FunctionDef,
} from "../expressions/compiled";
import { toNumber } from "../expressions/values";
import { ENFORCE_PERIOD_UNIT_CAPS, MALFORMED_QUERY_MESSAGES as M } from "../semantics";
import type { Value } from "../types";
import { ceilToPeriod, floorToPeriod, makeFloor, PERIOD_UNIT_CAPS, type Period } from "./periods";

/** A period argument must be a literal such as `5m`. */
export function periodArg(e: Expr | undefined, fallbackStart: number): Period {
  if (e === undefined) throw syntaxErrorAt(M.invalidPeriod(""), fallbackStart, fallbackStart);
  if (e.k !== "period") throw syntaxErrorAt(M.invalidPeriod(describe(e)), e.start, e.end);
  const calendar = e.unit === "mo" || e.unit === "q" || e.unit === "y";
  if (!(e.amount > 0) || (calendar && !Number.isInteger(e.amount))) {
    throw syntaxErrorAt(M.invalidPeriod(e.text), e.start, e.end);
  }
  const cap = PERIOD_UNIT_CAPS[e.unit];
  if (ENFORCE_PERIOD_UNIT_CAPS && cap !== undefined && e.amount > cap) {
    throw syntaxErrorAt(M.periodTooLarge(e.text), e.start, e.end);
  }
  return { amount: e.amount, unit: e.unit };
}

function describe(e: Expr): string {
  switch (e.k) {
    case "num":
      return String(e.value);
    case "str":
      return e.value;
    case "field":
      return e.name;
    default:
      return e.k;
  }
}

/** Epoch ms from a date value: numbers as-is, numeric strings, or ISO-8601 strings. */
export function toEpochMs(v: Value): number | null {
  const n = toNumber(v);
  if (n !== null) return n;
  if (typeof v !== "string") return null;
  const parsed = Date.parse(v);
  return Number.isNaN(parsed) ? null : parsed;
}

function roundingFunction(round: (ts: number, p: Period) => number): FunctionDef {
  return {
    min: 2,
    max: 2,
    compile: (call, _scope, compile) => {
      const ts = compile(call.args[0] as Expr);
      const period = periodArg(call.args[1], call.end);
      return lift1(
        ts,
        (v) => {
          const ms = toEpochMs(v);
          return ms === null ? null : round(ms, period);
        },
        "date",
      );
    },
  };
}

export const DATETIME_FUNCTIONS: Record<string, FunctionDef> = {
  bin: {
    min: 1,
    max: 1,
    compile: (call, scope) => {
      const floor = makeFloor(periodArg(call.args[0], call.end));
      const ts = scope.resolveField("@timestamp", call).fn;
      return {
        fn: (r) => {
          const v = ts(r);
          return typeof v === "number" ? floor(v) : null;
        },
        kind: "date",
        isConst: false,
      };
    },
  },
  datefloor: roundingFunction(floorToPeriod),
  dateceil: roundingFunction(ceilToPeriod),
  frommillis: {
    min: 1,
    max: 1,
    compile: (call, _scope, compile) => lift1(argAt(compileArgs(call, compile), 0), toNumber, "date"),
  },
  tomillis: {
    min: 1,
    max: 1,
    compile: (call, _scope, compile) => lift1(argAt(compileArgs(call, compile), 0), toEpochMs),
  },
  now: {
    min: 0,
    max: 0,
    compile: (_call, scope): Compiled => constant(scope.now, "date"),
  },
};
