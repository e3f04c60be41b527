import type { Getter, Row } from "../expressions/row";
import { NULLS_SORT } from "../semantics";
import { compareSortKeys, toSortKey, type SortKey } from "./natural-compare";

export interface SortSpec {
  get: Getter;
  descending: boolean;
}

function compareKey(a: SortKey, b: SortKey, descending: boolean): number {
  if (a === null || b === null) {
    if (a === b) return 0;
    const missingFirst = NULLS_SORT === "first-when-ascending" && !descending;
    return (a === null) !== missingFirst ? 1 : -1;
  }
  const c = compareSortKeys(a, b);
  return descending ? -c : c;
}

/**
 * Sorts in place, stable (ties keep the current order). Keys are computed once per row into flat arrays and
 * an index permutation is sorted, so comparisons never re-evaluate expressions.
 */
export function sortRows(rows: Row[], specs: readonly SortSpec[]): void {
  const n = rows.length;
  const m = specs.length;
  if (n < 2 || m === 0) return;
  const keys: SortKey[] = new Array<SortKey>(n * m);
  let allNumbers = m === 1;
  for (let i = 0; i < n; i++) {
    const row = rows[i] as Row;
    for (let s = 0; s < m; s++) {
      const k = toSortKey((specs[s] as SortSpec).get(row));
      if (typeof k !== "number") allNumbers = false;
      keys[i * m + s] = k;
    }
  }
  const order: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (allNumbers) {
    // Single numeric key without missing values (e.g. @timestamp): typed array, branch-free comparator.
    const nums = new Float64Array(n);
    for (let i = 0; i < n; i++) nums[i] = keys[i] as number;
    const sign = (specs[0] as SortSpec).descending ? -1 : 1;
    order.sort((x, y) => sign * ((nums[x] as number) - (nums[y] as number)) || x - y);
  } else {
    const desc = specs.map((s) => s.descending);
    order.sort((x, y) => {
      for (let s = 0; s < m; s++) {
        const c = compareKey(keys[x * m + s] ?? null, keys[y * m + s] ?? null, desc[s] === true);
        if (c !== 0) return c;
      }
      return x - y;
    });
  }
  const copy = rows.slice();
  for (let i = 0; i < n; i++) rows[i] = copy[order[i] as number] as Row;
}
