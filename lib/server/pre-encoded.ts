// A route handler's response whose body it already encoded names the encoding in this internal header; the
// launcher turns it into Content-Encoding and compresses that response no further (compression.ts). Next.js
// drops a route handler's own Content-Encoding header, hence a header of ours.

/** Internal response header (never sent as such): the body is already encoded so, e.g. "gzip". */
export const PRE_ENCODED_HEADER = "x-watchwall-content-encoding";
