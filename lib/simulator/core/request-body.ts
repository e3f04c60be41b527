// Reads request bodies with a size cap and undoes `Content-Encoding: gzip` (the SDK compresses large
// PutMetricData bodies), capping the inflated size too so a small zip bomb cannot exhaust memory.
import type { IncomingMessage } from "node:http";
import { promisify } from "node:util";
import { gunzip } from "node:zlib";
import { requestTooLargeError, serializationError } from "./errors";

/** [I] Largest accepted body, before and after decompression (AWS allows 1 MB for PutMetricData). */
export const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;

const gunzipAsync = promisify(gunzip);

export interface ReadBody {
  body: Buffer;
  tooLarge: boolean;
}

/** Never rejects: a failing or aborted stream yields what arrived so far (the socket is gone anyway). */
export function readRequestBody(req: IncomingMessage, maxBytes: number): Promise<ReadBody> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on("end", () => resolve({ body: tooLarge ? Buffer.alloc(0) : Buffer.concat(chunks), tooLarge }));
    req.on("error", () => resolve({ body: Buffer.alloc(0), tooLarge }));
    req.on("close", () => resolve({ body: Buffer.alloc(0), tooLarge }));
  });
}

export async function decodeContentEncoding(
  body: Buffer,
  encoding: string | undefined,
  maxBytes: number,
): Promise<Buffer> {
  const codings = (encoding ?? "")
    .split(",")
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== "" && c !== "identity");
  let out = body;
  // Codings are listed in the order they were applied, so they are undone from the last one.
  for (const coding of codings.reverse()) {
    if (coding !== "gzip" && coding !== "x-gzip")
      throw serializationError(`Unsupported Content-Encoding: ${coding}`);
    try {
      out = await gunzipAsync(out, { maxOutputLength: maxBytes });
    } catch (e) {
      if (
        e instanceof RangeError ||
        (e instanceof Error && "code" in e && e.code === "ERR_BUFFER_TOO_LARGE")
      ) {
        throw requestTooLargeError();
      }
      throw serializationError("The request body could not be decompressed (Content-Encoding: gzip).");
    }
  }
  return out;
}
