// `fillmissing [with v for f, ...]` after `stats ... by bin(p)`: adds rows for the bins without data.

import type { Command } from "../ast";
import type { CompiledStats } from "../aggregations/compile-stats";
import { syntaxErrorAt } from "../errors";
import { Row } from "../expressions/row";
import { addPeriod, floorToPeriod, type Period } from "../functions/periods";
import { FILLMISSING_DEFAULT_VALUE, FILLMISSING_RANGE } from "../semantics";
import type { Value } from "../types";

type FillCommand = Extract<Command, { kind: "fillmissing" }>;

/** Safety cap on generated rows (e.g. 1s bins over a month). */
const MAX_FILLED_ROWS = 100_000;

export function compileFillMissing(
  cmd: FillCommand,
  stats: CompiledStats | null,
  range: { start?: number; end?: number },
): (rows: Row[]) => Row[] {
  const binKey = stats?.keys.find((k) => k.binPeriod !== null);
  if (stats === null || binKey === undefined || binKey.binPeriod === null) {
    throw syntaxErrorAt(
      "fillmissing requires a preceding stats command grouped by bin()",
      cmd.start,
      cmd.end,
    );
  }
  const period = binKey.binPeriod as Period;
  const binSlot = binKey.slot;
  const otherKeys = stats.keys.filter((k) => k !== binKey).map((k) => k.slot);
  const fill = new Map<number, Value>();
  if (cmd.clauses.length === 0) {
    for (const item of stats.items) fill.set(item.slot, FILLMISSING_DEFAULT_VALUE);
  } else {
    for (const clause of cmd.clauses) {
      const value: Value =
        clause.value.k === "num" ? clause.value.value : clause.value.k === "str" ? clause.value.value : null;
      for (const name of clause.fields) {
        const item = stats.items.find((i) => i.name === name);
        if (item === undefined) throw syntaxErrorAt(`fillmissing: unknown field ${name}`, cmd.start, cmd.end);
        fill.set(item.slot, value);
      }
    }
  }
  const width = stats.scope.nextSlot;

  return (rows) => {
    const combos = new Map<string, { keys: Value[]; bins: Set<number> }>();
    let lo = Infinity;
    let hi = -Infinity;
    for (const r of rows) {
      const keyVals = otherKeys.map((s) => r.vals[s] ?? null);
      const id = JSON.stringify(keyVals);
      let combo = combos.get(id);
      if (combo === undefined) {
        combo = { keys: keyVals, bins: new Set() };
        combos.set(id, combo);
      }
      const b = r.vals[binSlot];
      if (typeof b === "number") {
        combo.bins.add(b);
        lo = Math.min(lo, b);
        hi = Math.max(hi, b);
      }
    }
    if (FILLMISSING_RANGE === "query-range") {
      if (range.start !== undefined) lo = floorToPeriod(range.start, period);
      if (range.end !== undefined) hi = floorToPeriod(range.end, period);
    }
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) return rows;
    if (combos.size === 0 && otherKeys.length === 0) combos.set("[]", { keys: [], bins: new Set() });
    const out = rows.slice();
    let added = 0;
    for (const combo of combos.values()) {
      for (let t = lo; t <= hi && added < MAX_FILLED_ROWS; t = addPeriod(t, period)) {
        if (combo.bins.has(t)) continue;
        const vals = new Array<Value>(width).fill(null);
        vals[binSlot] = t;
        otherKeys.forEach((slot, i) => (vals[slot] = combo.keys[i] ?? null));
        for (const [slot, v] of fill) vals[slot] = v;
        const row = new Row(vals);
        row.seq = rows.length + added;
        out.push(row);
        added++;
      }
    }
    const binOf = (r: Row): number => {
      const v = r.vals[binSlot];
      return typeof v === "number" ? v : 0;
    };
    out.sort((a, b) => binOf(a) - binOf(b) || a.seq - b.seq);
    return out;
  };
}
