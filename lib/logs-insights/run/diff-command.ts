// `diff` right after `pattern`: joins the query period's patterns with those of the comparison period (the
// same pipeline run over the comparison events, see plan.ts) and appends DIFF_OUTPUT_FIELDS to each row.

import { Row } from "../expressions/row";
import {
  DIFF_CHANGE_TYPES as T,
  DIFF_INCLUDES_VANISHED_PATTERNS,
  DIFF_OUTPUT_FIELDS as F,
  DIFF_ROW_ORDER,
} from "../semantics";
import type { Value } from "../types";
import type { Column, StepContext } from "./column";
import { PATTERN_SLOTS as S } from "./pattern-layout";
import { slotGetter, type TableScope } from "./scopes";

function count(row: Row): number {
  const n = row.vals[S.sampleCount];
  return typeof n === "number" ? n : 0;
}

function patternText(row: Row): string {
  const p = row.vals[S.pattern];
  return typeof p === "string" ? p : "";
}

function changeType(current: number, previous: number): string {
  if (previous === 0) return current === 0 ? T.unchanged : T.new;
  if (current === 0) return T.gone;
  return current > previous ? T.increased : current < previous ? T.decreased : T.unchanged;
}

function compareRows(a: Row, b: Row, diffSlot: number): number {
  const da = Math.abs(Number(a.vals[diffSlot] ?? 0));
  const db = Math.abs(Number(b.vals[diffSlot] ?? 0));
  if (da !== db) return db - da;
  const ca = count(a);
  const cb = count(b);
  if (ca !== cb) return cb - ca;
  const pa = patternText(a);
  const pb = patternText(b);
  return pa < pb ? -1 : pa > pb ? 1 : 0;
}

/** Compiles `diff` over pattern rows in `scope` (which gains the diff fields). */
export function compileDiff(scope: TableScope): {
  run: (rows: Row[], ctx: StepContext) => Row[];
  columns: Column[];
} {
  const names = [F.previousRatio, F.previousSampleCount, F.diff, F.changeType];
  const slots: number[] = [];
  const columns: Column[] = names.map((name) => {
    const info = { slot: scope.nextSlot++, kind: "any" as const };
    scope.addColumn(name, name, info);
    slots.push(info.slot);
    return { name, get: slotGetter(info).fn, kind: "any" };
  });
  const [prevRatioSlot, prevCountSlot, diffSlot, typeSlot] = slots as [number, number, number, number];
  const width = scope.nextSlot;

  const write = (row: Row, previous: Row | undefined): void => {
    const current = count(row);
    const before = previous === undefined ? 0 : count(previous);
    row.vals[prevRatioSlot] = previous === undefined ? 0 : (previous.vals[S.ratio] ?? 0);
    row.vals[prevCountSlot] = before;
    row.vals[diffSlot] = current - before;
    row.vals[typeSlot] = changeType(current, before);
  };

  const run = (rows: Row[], ctx: StepContext): Row[] => {
    const byPattern = new Map<string, Row>();
    for (const p of ctx.comparisonRows()) byPattern.set(patternText(p), p);
    const out: Row[] = [];
    for (const row of rows) {
      const key = patternText(row);
      write(row, byPattern.get(key));
      byPattern.delete(key);
      out.push(row);
    }
    if (DIFF_INCLUDES_VANISHED_PATTERNS) {
      for (const previous of byPattern.values()) {
        const vals = new Array<Value>(width).fill(null);
        vals[S.pattern] = previous.vals[S.pattern] ?? null;
        vals[S.ratio] = 0;
        vals[S.sampleCount] = 0;
        vals[S.severityLabel] = previous.vals[S.severityLabel] ?? null;
        vals[S.tokens] = previous.vals[S.tokens] ?? null;
        const row = new Row(vals);
        write(row, previous);
        out.push(row);
      }
    }
    if (DIFF_ROW_ORDER === "largest-change-first") out.sort((a, b) => compareRows(a, b, diffSlot));
    for (let i = 0; i < out.length; i++) (out[i] as Row).seq = i;
    return out;
  };
  return { run, columns };
}
