import { randomBytes } from "node:crypto";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { PRE_ENCODED_HEADER } from "./pre-encoded";
import { acceptsGzip, deflateShared, gzipWithTail, sharedJsonResponse } from "./shared-gzip";

const panels = Buffer.from(
  `{"panels":${JSON.stringify(
    Array.from({ length: 200 }, (_, i) => ({ key: `w${i}`, values: [i, i * 2, i / 3] })),
  )}`,
);

function gunzipStreamed(bytes: Uint8Array): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const gunzip = zlib.createGunzip();
    gunzip.on("data", (c: Buffer) => chunks.push(c));
    gunzip.on("end", () => resolve(Buffer.concat(chunks)));
    gunzip.on("error", reject);
    // Fed in small pieces, as a network would.
    for (let at = 0; at < bytes.byteLength; at += 97) gunzip.write(bytes.subarray(at, at + 97));
    gunzip.end();
  });
}

describe("gzipWithTail", () => {
  it("decompresses to the shared part followed by each response's own tail", async () => {
    const shared = deflateShared(panels);
    for (const tail of [`,"now":1}`, `,"range":{"start":1,"end":2},"now":1765000000000}`, "", "}"]) {
      const gzipped = gzipWithTail(shared, Buffer.from(tail));
      // gunzipSync checks the trailer's CRC-32 and length.
      expect(zlib.gunzipSync(gzipped).toString()).toBe(panels.toString() + tail);
      expect((await gunzipStreamed(gzipped)).toString()).toBe(panels.toString() + tail);
    }
  });

  it("holds for incompressible and empty shared parts", async () => {
    const noise = randomBytes(100_000);
    const tail = Buffer.from("tail");
    expect(zlib.gunzipSync(gzipWithTail(deflateShared(noise), tail))).toEqual(Buffer.concat([noise, tail]));
    const empty = new Uint8Array();
    expect(zlib.gunzipSync(gzipWithTail(deflateShared(empty), tail)).toString()).toBe("tail");
  });

  it("compresses a buffer once however many responses carry it", () => {
    const first = deflateShared(panels);
    expect(deflateShared(panels)).toBe(first);
    expect(deflateShared(Buffer.from(panels))).not.toBe(first);
    expect(first.deflated.byteLength).toBeLessThan(panels.byteLength / 3);
  });
});

describe("acceptsGzip", () => {
  it("reads the header's names and weights", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1.0, GZIP;q=0.5")).toBe(true);
    expect(acceptsGzip("gzip;q=0, *")).toBe(false);
    expect(acceptsGzip("deflate, *;q=0.1")).toBe(true);
    expect(acceptsGzip("*;q=0")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip("")).toBe(false);
    expect(acceptsGzip(null)).toBe(false);
  });
});

describe("sharedJsonResponse", () => {
  const request = (encoding?: string) =>
    new Request("http://watchwall.test/api/metrics/query", {
      method: "POST",
      headers: encoding ? { "accept-encoding": encoding } : {},
    });
  const tail = Buffer.from(`,"now":5}`);

  it("sends gzip to a client that accepts it, and the plain JSON to one that does not", async () => {
    const zipped = sharedJsonResponse(request("gzip, deflate"), panels, tail, {
      "cache-control": "no-store",
    });
    expect(zipped.headers.get(PRE_ENCODED_HEADER)).toBe("gzip");
    expect(zipped.headers.get("vary")).toBe("accept-encoding");
    expect(zipped.headers.get("cache-control")).toBe("no-store");
    const text = zlib.gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString();
    expect(JSON.parse(text)).toEqual({ ...JSON.parse(`${panels.toString()}}`), now: 5 });

    const plain = sharedJsonResponse(request(), panels, tail, {});
    expect(plain.headers.get(PRE_ENCODED_HEADER)).toBeNull();
    expect(plain.headers.get("content-type")).toBe("application/json");
    expect(await plain.text()).toBe(text);
  });
});
