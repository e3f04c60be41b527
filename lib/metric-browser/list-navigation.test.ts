import { describe, expect, it } from "vitest";
import { nextListIndex } from "./list-navigation";

describe("nextListIndex", () => {
  it("steps with the arrows and stops at the ends", () => {
    expect(nextListIndex("ArrowDown", -1, 5)).toBe(0);
    expect(nextListIndex("ArrowDown", 2, 5)).toBe(3);
    expect(nextListIndex("ArrowDown", 4, 5)).toBe(4);
    expect(nextListIndex("ArrowUp", 0, 5)).toBe(0);
    expect(nextListIndex("ArrowUp", -1, 5)).toBe(4);
  });

  it("jumps with Home, End and a page at a time", () => {
    expect(nextListIndex("Home", 3, 5)).toBe(0);
    expect(nextListIndex("End", 0, 5)).toBe(4);
    expect(nextListIndex("PageDown", 1, 30, 10)).toBe(11);
    expect(nextListIndex("PageDown", 25, 30, 10)).toBe(29);
    expect(nextListIndex("PageUp", 5, 30, 10)).toBe(0);
  });

  it("ignores other keys and empty lists", () => {
    expect(nextListIndex("a", 1, 5)).toBeNull();
    expect(nextListIndex("ArrowDown", -1, 0)).toBeNull();
  });
});
