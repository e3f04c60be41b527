// Compiles a `stats` command. Output row layout: [group keys..., items..., hidden aggregate results...].
// Items are expressions over aggregate results, group keys and earlier items
// (`max(a) as x, min(b) as y, x - y as spread`), evaluated once per group when results are requested.

import type { Command, Span } from "../ast";
import { syntaxErrorAt } from "../errors";
import { compileExpr } from "../expressions/compile-expression";
import { canonicalText, type CallExpr, type Compiled, type Scope } from "../expressions/compiled";
import { Row, type Getter } from "../expressions/row";
import {
  EMPTY_UNGROUPED_STATS_EMITS_ROW,
  INCLUDE_NULL_GROUPS,
  MALFORMED_QUERY_MESSAGES as M,
  STATS_ROW_ORDER_WITHOUT_SORT,
} from "../semantics";
import { sortRows } from "../sort/sort-rows";
import type { Kind, Value } from "../types";
import type { Aggregator, Column } from "../run/column";
import { slotGetter, TableScope, type SlotInfo } from "../run/scopes";
import type { Accumulator } from "./accumulators";
import { buildAggregate, type AggregateSpec } from "./registry";

type StatsCommand = Extract<Command, { kind: "stats" }>;

export interface CompiledStats {
  create(): Aggregator;
  /** Scope after the stats command: its output columns. */
  scope: TableScope;
  columns: Column[];
  /** The group keys (for fillmissing): expression, slot and whether it is a bin(). */
  keys: Array<{ slot: number; kind: Kind; binPeriod: { amount: number; unit: string } | null }>;
  /** Slots of the item (aggregate) columns with their names. */
  items: Array<{ name: string; slot: number }>;
}

interface Group {
  keys: Value[];
  accs: Accumulator[];
}

export function compileStats(cmd: StatsCommand, input: Scope): CompiledStats {
  const src = input.src;
  const nKeys = cmd.by.length;
  const nItems = cmd.items.length;
  const out = new TableScope(src, input.now, nKeys + nItems);
  const visible = new Map<string, SlotInfo>();
  const visibleText = new Map<string, SlotInfo>();
  const columns: Column[] = [];

  const keyGetters: Getter[] = [];
  const keys: CompiledStats["keys"] = [];
  cmd.by.forEach((k, i) => {
    const c = compileExpr(k.expr, input);
    keyGetters.push(c.fn);
    const info = { slot: i, kind: c.kind };
    const name = k.alias ?? k.text;
    out.addColumn(name, k.text, info);
    visible.set(name, info);
    visibleText.set(canonicalText(k.text), info);
    columns.push({ name, get: slotGetter(info).fn, kind: c.kind });
    const e = k.expr;
    const bin =
      e.k === "call" && e.name.toLowerCase() === "bin" && e.args[0]?.k === "period" ? e.args[0] : null;
    keys.push({
      slot: i,
      kind: c.kind,
      binPeriod: bin === null ? null : { amount: bin.amount, unit: bin.unit },
    });
  });

  const specs: AggregateSpec[] = [];
  const specByText = new Map<string, number>();
  const hiddenBase = nKeys + nItems;
  const registerAggregate = (call: CallExpr): Compiled => {
    const text = canonicalText(src.slice(call.start, call.end));
    let index = specByText.get(text);
    if (index === undefined) {
      index = specs.length;
      specs.push(buildAggregate(call, (x) => compileExpr(x, input)));
      specByText.set(text, index);
    }
    const spec = specs[index] as AggregateSpec;
    return slotGetter({ slot: hiddenBase + index, kind: spec.kind });
  };
  const groupScope: Scope = {
    src,
    now: input.now,
    aggregate: registerAggregate,
    resolveField(name: string, span: Span): Compiled {
      const info = visible.get(name);
      if (info === undefined) throw syntaxErrorAt(M.notAggregated(name), span.start, span.end);
      return slotGetter(info);
    },
    lookupColumn(canonical: string): Compiled | null {
      const info = visibleText.get(canonical);
      return info === undefined ? null : slotGetter(info);
    },
  };

  const itemGetters: Getter[] = [];
  const items: CompiledStats["items"] = [];
  cmd.items.forEach((item, i) => {
    const c = compileExpr(item.expr, groupScope);
    itemGetters.push(c.fn);
    const info = { slot: nKeys + i, kind: c.kind };
    const name = item.alias ?? item.text;
    out.addColumn(name, item.text, info);
    visible.set(name, info);
    visibleText.set(canonicalText(item.text), info);
    columns.push({ name, get: slotGetter(info).fn, kind: c.kind });
    items.push({ name, slot: nKeys + i });
  });
  out.nextSlot = hiddenBase + specs.length;

  const width = out.nextSlot;
  const create = (): Aggregator =>
    new StatsAggregator(keyGetters, specs, itemGetters, nKeys, hiddenBase, width);
  return { create, scope: out, columns, keys, items };
}

/** Map key of a group value: structures by their JSON text, scalars as themselves. */
function mapKey(v: Value): unknown {
  return v !== null && typeof v === "object" ? JSON.stringify(v) : v;
}

class StatsAggregator implements Aggregator {
  private readonly groups = new Map<unknown, unknown>();
  private readonly order: Group[] = [];
  private lastKey: unknown = undefined;
  private lastGroup: Group | null = null;
  private readonly inputs: Array<Getter | null>;

  constructor(
    private readonly keyGetters: Getter[],
    private readonly specs: AggregateSpec[],
    private readonly itemGetters: Getter[],
    private readonly nKeys: number,
    private readonly hiddenBase: number,
    private readonly width: number,
  ) {
    this.inputs = specs.map((s) => (s.input === null ? null : s.input.fn));
  }

  add(row: Row): void {
    const group = this.groupFor(row);
    if (group === null) return;
    const ts = row.ev === null ? row.seq : row.ev.timestamp;
    const accs = group.accs;
    const inputs = this.inputs;
    for (let i = 0; i < accs.length; i++) {
      const get = inputs[i];
      (accs[i] as Accumulator).add(get === undefined || get === null ? null : get(row), ts);
    }
  }

  private groupFor(row: Row): Group | null {
    const n = this.nKeys;
    if (n === 0) return this.lookup(this.groups, "", null) ?? this.lookup(this.groups, "", []);
    if (n === 1) {
      const v = (this.keyGetters[0] as Getter)(row);
      if (v === null && !INCLUDE_NULL_GROUPS) return null;
      const key = mapKey(v);
      if (key === this.lastKey && this.lastGroup !== null) return this.lastGroup;
      const g = this.lookup(this.groups, key, null) ?? this.lookup(this.groups, key, [v]);
      this.lastKey = key;
      this.lastGroup = g;
      return g;
    }
    // Several keys: one nested Map level per key, so no composite key string is built per event.
    let level = this.groups;
    const last = n - 1;
    for (let i = 0; i < last; i++) {
      const v = (this.keyGetters[i] as Getter)(row);
      if (v === null && !INCLUDE_NULL_GROUPS) return null;
      const key = mapKey(v);
      let next = level.get(key) as Map<unknown, unknown> | undefined;
      if (next === undefined) {
        next = new Map<unknown, unknown>();
        level.set(key, next);
      }
      level = next;
    }
    const v = (this.keyGetters[last] as Getter)(row);
    if (v === null && !INCLUDE_NULL_GROUPS) return null;
    const key = mapKey(v);
    const found = level.get(key) as Group | undefined;
    if (found !== undefined) return found;
    const values = this.keyGetters.map((g) => g(row));
    return this.lookup(level, key, values);
  }

  /** Finds the group under `key`; with `create` values, makes it when missing. */
  private lookup(map: Map<unknown, unknown>, key: unknown, create: Value[] | null): Group | null {
    const found = map.get(key) as Group | undefined;
    if (found !== undefined || create === null) return found ?? null;
    const g: Group = { keys: create, accs: this.specs.map((s) => s.make()) };
    map.set(key, g);
    this.order.push(g);
    return g;
  }

  finalize(): Row[] {
    const groups = this.order.slice();
    if (groups.length === 0 && this.nKeys === 0 && EMPTY_UNGROUPED_STATS_EMITS_ROW) {
      groups.push({ keys: [], accs: this.specs.map((s) => s.make()) });
    }
    const rows: Row[] = [];
    groups.forEach((g, index) => {
      const vals = new Array<Value>(this.width).fill(null);
      for (let i = 0; i < this.nKeys; i++) vals[i] = g.keys[i] ?? null;
      for (let a = 0; a < g.accs.length; a++) vals[this.hiddenBase + a] = (g.accs[a] as Accumulator).result();
      const row = new Row(vals);
      row.seq = index;
      for (let i = 0; i < this.itemGetters.length; i++)
        vals[this.nKeys + i] = (this.itemGetters[i] as Getter)(row);
      rows.push(row);
    });
    if (STATS_ROW_ORDER_WITHOUT_SORT === "keys-ascending" && this.nKeys > 0) {
      sortRows(
        rows,
        this.keyGetters.map((_, i) => ({ get: (r: Row) => r.vals[i] ?? null, descending: false })),
      );
    }
    return rows;
  }
}
