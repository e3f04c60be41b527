import { describe, expect, it } from "vitest";
import { ms, table } from "./report";

describe("report", () => {
  it("aligns columns under a header rule", () => {
    expect(
      table([
        ["a", "bbb"],
        ["cccc", "d"],
      ]),
    ).toBe("a     bbb\n----  ---\ncccc  d");
  });

  it("formats milliseconds", () => {
    expect(ms(1234.4)).toBe("1234 ms");
    expect(ms(3.21)).toBe("3.2 ms");
    expect(ms(Number.NaN)).toBe("–");
  });
});
