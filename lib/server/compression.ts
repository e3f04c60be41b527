import type { IncomingMessage, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { PRE_ENCODED_HEADER } from "./pre-encoded";

// Responses are compressed by the launcher, not by Next.js (next.config.js: compress: false), with the very
// middleware and defaults Next.js uses. The reason: Next.js drops a route handler's Content-Encoding header,
// so a route could never send bytes it compressed itself — and the metrics answer shared by every viewer of a
// dashboard is compressed once for all of them (lib/server/shared-gzip.ts) instead of once per viewer. Such a
// route names its encoding in PRE_ENCODED_HEADER; here it becomes Content-Encoding just before the headers are
// written, and the middleware leaves any response that already has one alone.

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

const require = createRequire(import.meta.url);
const compression = require("next/dist/compiled/compression") as () => Middleware;
const { releaseCompressionStream } = require("next/dist/server/lib/release-compression-stream") as {
  releaseCompressionStream: (res: ServerResponse) => void;
};

/** Names the pre-encoded body's encoding as the response's own, right before the headers go out. */
function honourPreEncoded(res: ServerResponse): void {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const encoding = res.getHeader(PRE_ENCODED_HEADER);
    if (encoding !== undefined) {
      res.removeHeader(PRE_ENCODED_HEADER);
      res.setHeader("content-encoding", encoding);
    }
    return Reflect.apply(writeHead, this, args) as ServerResponse;
  } as ServerResponse["writeHead"];
}

/** Sets a response up to be compressed as Next.js would (call before handing it to Next.js). */
export function responseCompression(): (req: IncomingMessage, res: ServerResponse) => void {
  const compress = compression();
  return (req, res) => {
    compress(req, res, () => undefined);
    // Wrapped after the middleware, so this runs first and the middleware sees the encoding.
    honourPreEncoded(res);
    // As Next.js does: on a client disconnect the middleware never ends its zlib stream, which would leak.
    res.once("close", () => {
      if (!res.writableFinished) releaseCompressionStream(res);
    });
  };
}
