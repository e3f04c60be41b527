import { describe, expect, it } from "vitest";
import { BodyMemo } from "./body-memo";

const bytes = (value: unknown) => Buffer.from(JSON.stringify(value));

describe("BodyMemo", () => {
  it("validates byte-identical bodies once and hands out one frozen value", () => {
    const memo = new BodyMemo<{ widgets: Array<{ id: string }> }>();
    let validated = 0;
    const validate = (raw: Uint8Array) => () => {
      validated++;
      return JSON.parse(Buffer.from(raw).toString()) as { widgets: Array<{ id: string }> };
    };
    const body = bytes({ widgets: [{ id: "a" }] });
    const first = memo.valueOf(body, validate(body));
    const again = memo.valueOf(Buffer.from(body), validate(body));
    expect(validated).toBe(1);
    expect(again).toBe(first);
    expect(Object.isFrozen(first.widgets[0])).toBe(true);
    expect(() => {
      (first.widgets as Array<{ id: string }>).push({ id: "b" });
    }).toThrow(TypeError);
  });

  it("never shares a value between different bodies, even of the same length", () => {
    const memo = new BodyMemo<unknown>();
    const a = bytes({ id: "a" });
    const b = bytes({ id: "b" });
    expect(a.byteLength).toBe(b.byteLength);
    const valueA = memo.valueOf(a, () => ({ id: "a" }));
    const valueB = memo.valueOf(b, () => ({ id: "b" }));
    expect(valueA).toEqual({ id: "a" });
    expect(valueB).toEqual({ id: "b" });
  });

  it("keeps nothing that failed validation", () => {
    const memo = new BodyMemo<unknown>();
    const body = bytes({ bad: true });
    let attempts = 0;
    const refuse = () => {
      attempts++;
      throw new Error("invalid");
    };
    expect(() => memo.valueOf(body, refuse)).toThrow("invalid");
    expect(() => memo.valueOf(body, refuse)).toThrow("invalid");
    expect(attempts).toBe(2);
  });

  it("keeps no more bytes of bodies than its bound", () => {
    const memo = new BodyMemo<number>(100);
    let validated = 0;
    const big = Buffer.alloc(60, 1);
    const other = Buffer.alloc(60, 2);
    memo.valueOf(big, () => ++validated);
    memo.valueOf(other, () => ++validated);
    // The first was dropped to make room for the second.
    memo.valueOf(big, () => ++validated);
    expect(validated).toBe(3);
    const huge = Buffer.alloc(500, 3);
    memo.valueOf(huge, () => ++validated);
    memo.valueOf(huge, () => ++validated);
    expect(validated).toBe(5);
  });
});
