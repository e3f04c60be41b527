import type { PatternCursor } from "./lexer";
import {
  bareValue,
  patternError,
  regexValue,
  stringValue,
  type CompareOp,
  type PatternValue,
} from "./values";

/** `op value` after a field (JSON `$.a.b` or a space-delimited `name`): only = and != take non-numbers. */
export function parseComparison(c: PatternCursor): { op: CompareOp; value: PatternValue } {
  const opTok = c.expect("op");
  if (opTok.text === "&&" || opTok.text === "||") throw patternError("missing comparison", opTok.pos);
  const op = opTok.text as CompareOp;
  const valTok = c.next();
  let value: PatternValue;
  if (valTok.type === "string") value = stringValue(valTok.text);
  else if (valTok.type === "regex") value = regexValue(valTok.text, valTok.pos);
  else if (valTok.type === "word") value = bareValue(valTok.text);
  else throw patternError("missing value", valTok.pos);
  if (value.type !== "number" && op !== "=" && op !== "!=") {
    throw patternError(`operator ${op} needs a numeric value`, opTok.pos);
  }
  return { op, value };
}
