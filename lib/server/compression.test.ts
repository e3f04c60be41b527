import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { responseCompression } from "./compression";
import { PRE_ENCODED_HEADER } from "./pre-encoded";

const json = JSON.stringify({ rows: Array.from({ length: 500 }, (_, i) => ({ i, name: `row ${i}` })) });
const compress = responseCompression();
let base = "";

const server = http.createServer((req, res) => {
  compress(req, res);
  res.setHeader("content-type", "application/json");
  // As Next.js sends a route handler's response: headers set, then the body written.
  if (req.url === "/pre-encoded") {
    res.setHeader(PRE_ENCODED_HEADER, "gzip");
    res.end(zlib.gzipSync(json));
  } else res.end(json);
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(path: string, encoding: string): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${base}${path}`, { headers: { "accept-encoding": encoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

describe("responseCompression", () => {
  it("compresses what the client accepts, as Next.js would", async () => {
    const gzipped = await get("/", "gzip");
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gzipped.body).toString()).toBe(json);
    const plain = await get("/", "identity");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(json);
  });

  it("sends a pre-encoded body once encoded, under its own Content-Encoding", async () => {
    const answer = await get("/pre-encoded", "gzip, deflate, br");
    expect(answer.headers["content-encoding"]).toBe("gzip");
    expect(answer.headers[PRE_ENCODED_HEADER]).toBeUndefined();
    expect(zlib.gunzipSync(answer.body).toString()).toBe(json);
  });
});
