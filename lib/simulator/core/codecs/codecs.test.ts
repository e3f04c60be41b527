import { cbor } from "@smithy/core/cbor";
import { describe, expect, it } from "vitest";
import { TimestampList } from "../types";
import { decodeCborInput, encodeCbor } from "./cbor";
import { decodeJsonInput, encodeJson } from "./json";
import { encodeQueryError, encodeQuerySuccess, xmlEscape } from "./xml";

const output = {
  When: new Date("2026-01-02T03:04:05.000Z"),
  Precise: new Date("2026-01-02T03:04:05.250Z"),
  Stamps: new TimestampList(Float64Array.from([1_700_000_000, 1_700_000_060])),
  Values: Float64Array.from([1.5, 2]),
  Nested: [{ A: "x", Skip: undefined }],
  Flag: false,
  Blob: new Uint8Array([1, 2, 3]),
};

describe("JSON codec", () => {
  it("writes timestamps as epoch seconds and typed arrays as lists", () => {
    expect(JSON.parse(encodeJson(output))).toEqual({
      When: 1767323045,
      Precise: 1767323045.25,
      Stamps: [1_700_000_000, 1_700_000_060],
      Values: [1.5, 2],
      Nested: [{ A: "x" }],
      Flag: false,
      Blob: "AQID",
    });
    expect(encodeJson(undefined)).toBe("{}");
  });

  it("decodes only JSON objects", () => {
    expect(decodeJsonInput(Buffer.from(""))).toEqual({});
    expect(decodeJsonInput(Buffer.from('{"a":[1]}'))).toEqual({ a: [1] });
    expect(() => decodeJsonInput(Buffer.from("null"))).toThrow(/structure/);
  });
});

describe("CBOR codec", () => {
  it("writes timestamps as tag 1 and reads them back as Dates", () => {
    const raw = cbor.deserialize(encodeCbor(output)) as Record<string, unknown>;
    expect(raw.When).toMatchObject({ tag: 1, value: 1767323045 });
    expect((raw.Stamps as unknown[])[1]).toMatchObject({ tag: 1, value: 1_700_000_060 });
    expect(raw.Values).toEqual([1.5, 2]);
    expect(raw.Nested).toEqual([{ A: "x" }]);
    const back = decodeCborInput(encodeCbor(output));
    expect(back.When).toEqual(output.When);
    expect(back.Precise).toEqual(output.Precise);
    expect(back.Stamps).toEqual([new Date(1_700_000_000_000), new Date(1_700_000_060_000)]);
  });

  it("rejects non-map bodies", () => {
    expect(() => decodeCborInput(cbor.serialize([1, 2]))).toThrow(/structure/);
  });
});

describe("awsQuery XML codec", () => {
  it("escapes markup and characters XML cannot carry", () => {
    expect(xmlEscape(`a<b>&"c"'d'\r\n\t`)).toBe("a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;&#xD;\n\t");
    expect(xmlEscape("bell\u0007 lone\uD800 pair\uD83D\uDE00")).toBe(
      "bell\uFFFD lone\uFFFD pair\uD83D\uDE00",
    );
    expect(xmlEscape("plain")).toBe("plain");
  });

  it("renders members, ISO timestamps and the Result wrapper", () => {
    const xml = encodeQuerySuccess("Op", "urn:x", output, "req-1");
    expect(xml).toBe(
      '<OpResponse xmlns="urn:x"><OpResult><When>2026-01-02T03:04:05Z</When><Precise>2026-01-02T03:04:05.250Z</Precise>' +
        "<Stamps><member>2023-11-14T22:13:20Z</member><member>2023-11-14T22:14:20Z</member></Stamps>" +
        "<Values><member>1.5</member><member>2</member></Values><Nested><member><A>x</A></member></Nested>" +
        "<Flag>false</Flag><Blob>AQID</Blob></OpResult><ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></OpResponse>",
    );
    expect(encodeQuerySuccess("Op", "urn:x", { "bad name": 1, Empty: [] }, "r")).toContain(
      "<OpResult><Empty></Empty></OpResult>",
    );
  });

  it("renders ErrorResponse with extra members inside Error", () => {
    const xml = encodeQueryError(
      "urn:x",
      { type: "Sender", code: "C", message: "m<", extra: { Extra: ["a"] } },
      "r",
    );
    expect(xml).toBe(
      '<ErrorResponse xmlns="urn:x"><Error><Type>Sender</Type><Code>C</Code><Message>m&lt;</Message>' +
        "<Extra><member>a</member></Extra></Error><RequestId>r</RequestId></ErrorResponse>",
    );
  });
});
