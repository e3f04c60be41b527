import zlib from "node:zlib";
import { PRE_ENCODED_HEADER } from "./pre-encoded";

// Many viewers of one dashboard receive the same long answer, each followed by a few bytes of its own (range,
// time). Gzipping every response whole costs more CPU than everything else the server does for those viewers,
// so the shared part is deflated once, ending on a sync flush (byte-aligned, not final), and each response
// appends only its own tail, deflated separately as the final block. A deflate stream may be cut into parts
// compressed independently like this: the tail's back-references never reach before its own start, and the
// gzip trailer's CRC-32 continues from the shared part's.

/** A gzip member header: deflate, no name or time, unknown OS (RFC 1952). */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

export interface DeflatedPart {
  deflated: Buffer;
  crc: number;
  length: number;
}

const deflatedOnce = new WeakMap<Uint8Array, DeflatedPart>();

/**
 * The shared part deflated, once per buffer (kept as long as the buffer is). On the event loop: a few
 * milliseconds once per view, which the zlib thread pool's round trips per 16 KB would only lengthen for the
 * viewer waiting for it.
 */
export function deflateShared(shared: Uint8Array): DeflatedPart {
  let part = deflatedOnce.get(shared);
  if (!part) {
    part = {
      deflated: zlib.deflateRawSync(shared, { finishFlush: zlib.constants.Z_SYNC_FLUSH }),
      crc: zlib.crc32(shared),
      length: shared.byteLength,
    };
    deflatedOnce.set(shared, part);
  }
  return part;
}

/** One gzip stream of the shared part followed by `tail`. */
export function gzipWithTail(shared: DeflatedPart, tail: Uint8Array): Buffer<ArrayBuffer> {
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(zlib.crc32(tail, shared.crc), 0);
  trailer.writeUInt32LE((shared.length + tail.byteLength) % 2 ** 32, 4);
  return Buffer.concat([GZIP_HEADER, shared.deflated, zlib.deflateRawSync(tail), trailer]);
}

/** Whether an Accept-Encoding header lets the response be gzip (named, or `*`, with a non-zero weight). */
export function acceptsGzip(header: string | null): boolean {
  if (!header) return false;
  let wildcard = false;
  for (const entry of header.split(",")) {
    const [name = "", ...params] = entry.split(";").map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith("q="));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    const accepted = Number.isFinite(weight) && weight > 0;
    if (name === "gzip" || name === "x-gzip") return accepted;
    if (name === "*") wildcard = accepted;
  }
  return wildcard;
}

/**
 * A JSON response of `shared` then `tail`: gzip when the client accepts it, the shared part compressed once
 * for every response that carries it (the launcher then names the encoding and compresses it no further,
 * lib/server/compression.ts), else the plain bytes (which the launcher may compress as any response).
 */
export function sharedJsonResponse(
  request: Request,
  shared: Uint8Array,
  tail: Uint8Array,
  headers: Record<string, string>,
): Response {
  const base = { ...headers, "content-type": "application/json", vary: "accept-encoding" };
  if (!acceptsGzip(request.headers.get("accept-encoding"))) {
    return new Response(Buffer.concat([shared, tail]), { headers: base });
  }
  const body = gzipWithTail(deflateShared(shared), tail);
  return new Response(body, { headers: { ...base, [PRE_ENCODED_HEADER]: "gzip" } });
}
