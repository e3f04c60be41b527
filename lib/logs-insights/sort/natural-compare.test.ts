import { describe, expect, it } from "vitest";
import { Row } from "../expressions/row";
import type { Value } from "../types";
import { compareSortKeys, naturalCompareStrings, toSortKey } from "./natural-compare";
import { sortRows } from "./sort-rows";

// AWS-SEMANTICS 8.6 example, ascending.
const SPEC_ORDER = ["!:", "#", "*%04", "0#", "5A", "111A", "2345_", "@", "@_", "A", "A9876fghj", "a12345hfh"];

function sortValues(values: Value[], descending = false): Value[] {
  const rows = values.map((v, i) => {
    const r = new Row([v]);
    r.seq = i;
    return r;
  });
  sortRows(rows, [{ get: (r) => r.vals[0] ?? null, descending }]);
  return rows.map((r) => r.vals[0] ?? null);
}

describe("natural sort (8.6)", () => {
  it("reproduces the documented ascending order from any starting order", () => {
    const shuffled = [...SPEC_ORDER].reverse();
    shuffled.push(shuffled.shift() as string);
    expect(sortValues(shuffled)).toEqual(SPEC_ORDER);
  });

  it("puts purely numeric values after all non-numeric ones, ordered numerically", () => {
    expect(sortValues(["10", 9, "b", 100, "a2", "2.5"])).toEqual(["a2", "b", "2.5", 9, "10", 100]);
  });

  it("descending is the reverse; missing values stay last (NULLS_SORT)", () => {
    expect(sortValues(["b", null, 3, "a", 1], true)).toEqual([3, 1, "b", "a", null]);
    expect(sortValues(["b", null, 3, "a", 1])).toEqual(["a", "b", 1, 3, null]);
  });

  it("digit chunks compare by length first, then numerically", () => {
    expect(naturalCompareStrings("x9", "x10")).toBeLessThan(0);
    expect(naturalCompareStrings("x10", "x09")).toBeGreaterThan(0);
    expect(naturalCompareStrings("file2b", "file2a")).toBeGreaterThan(0);
    expect(naturalCompareStrings("ab", "ab")).toBe(0);
  });

  it("a shorter non-digit chunk sorts first even when the other continues with a lower code point", () => {
    // chunk "a" vs chunk "a!": "a" is a prefix, so "a1" < "a!" although '1' > '!'.
    expect(naturalCompareStrings("a1", "a!")).toBeLessThan(0);
    expect(naturalCompareStrings("a!", "a1")).toBeGreaterThan(0);
  });

  it("sort is stable for equal keys and multi-key sorts use later keys as tie-breakers", () => {
    const rows = [
      ["b", 1],
      ["a", 2],
      ["b", 0],
      ["a", 1],
    ].map((vals, i) => {
      const r = new Row(vals);
      r.seq = i;
      return r;
    });
    sortRows(rows, [
      { get: (r) => r.vals[0] ?? null, descending: false },
      { get: (r) => r.vals[1] ?? null, descending: true },
    ]);
    expect(rows.map((r) => r.vals)).toEqual([
      ["a", 2],
      ["a", 1],
      ["b", 1],
      ["b", 0],
    ]);
  });

  it("sort keys: numeric strings become numbers, booleans 1/0", () => {
    expect(toSortKey("42")).toBe(42);
    expect(toSortKey(true)).toBe(1);
    expect(toSortKey("4x")).toBe("4x");
    expect(compareSortKeys("zzz", 0)).toBeLessThan(0);
  });
});
