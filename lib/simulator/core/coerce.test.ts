import { describe, expect, it } from "vitest";
import { asArray, asBoolean, asDate, asInteger, asNumber, asRecord, asString } from "./coerce";

describe("input coercion across protocols", () => {
  it("reads timestamps from Dates (CBOR), epoch seconds (JSON) and ISO or numeric strings (awsQuery)", () => {
    const expected = new Date("2023-11-14T22:13:20.500Z");
    for (const v of [expected, 1_700_000_000.5, "2023-11-14T22:13:20.500Z", "1700000000.5"])
      expect(asDate(v)).toEqual(expected);
    for (const v of ["", "yesterday", undefined, {}, new Date(NaN)]) expect(asDate(v)).toBeUndefined();
  });

  it("reads numbers, integers and booleans from their string forms", () => {
    expect([asNumber("60"), asNumber(1.5), asNumber(" "), asNumber("x"), asNumber(NaN)]).toEqual([
      60,
      1.5,
      undefined,
      undefined,
      undefined,
    ]);
    expect([asInteger("60"), asInteger("60.5"), asInteger(7)]).toEqual([60, undefined, 7]);
    expect([asBoolean("true"), asBoolean(false), asBoolean("yes")]).toEqual([true, false, undefined]);
    expect([asString(5), asString("a"), asString({})]).toEqual(["5", "a", undefined]);
  });

  it("treats awsQuery's empty-list marker and absent lists as []", () => {
    expect([asArray(""), asArray(undefined), asArray(["a"])]).toEqual([[], [], ["a"]]);
    expect([asRecord({ a: 1 }), asRecord([1]), asRecord(null)]).toEqual([{ a: 1 }, undefined, undefined]);
  });
});
