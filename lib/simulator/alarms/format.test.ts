import { describe, expect, it } from "vitest";
import { isoMillis, javaDouble, jd, longDate, RawJson, reasonDate, writeJson } from "./format";

describe("javaDouble", () => {
  it("prints doubles like Java's Double.toString", () => {
    expect(javaDouble(2)).toBe("2.0");
    expect(javaDouble(21.5)).toBe("21.5");
    expect(javaDouble(0)).toBe("0.0");
    expect(javaDouble(-3)).toBe("-3.0");
    expect(javaDouble(1.0166666666666666)).toBe("1.0166666666666666");
    expect(javaDouble(0.001)).toBe("0.001");
    expect(javaDouble(1e7)).toBe("1.0E7");
    expect(javaDouble(12345678.5)).toBe("1.23456785E7");
    expect(javaDouble(0.0001)).toBe("1.0E-4");
    expect(javaDouble(9999999)).toBe("9999999.0");
  });
});

describe("dates", () => {
  const t = Date.UTC(2023, 9, 26, 16, 42, 0, 408);
  it("formats reason stamps as dd/MM/yy HH:mm:ss", () => {
    expect(reasonDate(t)).toBe("26/10/23 16:42:00");
    expect(reasonDate(Date.UTC(2026, 0, 5, 3, 4, 5))).toBe("05/01/26 03:04:05");
  });
  it("formats reason-data stamps with milliseconds and +0000", () => {
    expect(isoMillis(t)).toBe("2023-10-26T16:42:00.408+0000");
  });
  it("formats composite change times in the long form", () => {
    expect(longDate(Date.UTC(2022, 6, 22, 15, 57, 45))).toBe("Friday 22 July, 2022 15:57:45 UTC");
    expect(longDate(Date.UTC(2025, 8, 3, 6, 25, 33))).toBe("Wednesday 03 September, 2025 06:25:33 UTC");
  });
});

describe("writeJson", () => {
  it("keeps Java doubles, drops undefined members and embeds raw documents", () => {
    const doc = writeJson({
      version: "1.0",
      threshold: jd(2),
      period: 60,
      missing: undefined,
      recent: [jd(21.5), jd(3)],
      raw: new RawJson('{"a":1}'),
      quote: 'say "hi"',
    });
    expect(doc).toBe(
      '{"version":"1.0","threshold":2.0,"period":60,"recent":[21.5,3.0],"raw":{"a":1},"quote":"say \\"hi\\""}',
    );
    expect(JSON.parse(doc)).toMatchObject({ threshold: 2, raw: { a: 1 } });
  });
});
