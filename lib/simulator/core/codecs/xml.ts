// awsQuery XML replies: `<OpResponse xmlns><OpResult>…</OpResult><ResponseMetadata>` for success and
// `<ErrorResponse><Error>…</Error><RequestId>` for errors. Lists are `<member>` elements, timestamps ISO-8601.
// Plain objects are rendered as structures; `WireMap`s as awsQuery maps (`<entry><key>…</key><value>…</value>`).
import { TimestampList, WireMap } from "../types";
import { isNumericTypedArray, isValidDate } from "../values";

/** Characters XML 1.0 cannot carry are replaced; `\r` is escaped so parsers do not normalise it away. */
export function xmlEscape(text: string): string {
  let out = "";
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let rep: string | undefined;
    if (c === 38) rep = "&amp;";
    else if (c === 60) rep = "&lt;";
    else if (c === 62) rep = "&gt;";
    else if (c === 34) rep = "&quot;";
    else if (c === 39) rep = "&apos;";
    else if (c === 13) rep = "&#xD;";
    else if (c < 32 && c !== 9 && c !== 10) rep = "\uFFFD";
    else if (c === 0xfffe || c === 0xffff) rep = "\uFFFD";
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else rep = "\uFFFD";
    } else if (c >= 0xdc00 && c <= 0xdfff) rep = "\uFFFD";
    if (rep !== undefined) {
      out += text.slice(last, i) + rep;
      last = i + 1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

const DAY_MS = 86_400_000;
let cachedDay = NaN;
let cachedDayText = "";

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * ISO-8601 without milliseconds when they are zero (`2023-11-14T22:13:20Z`). Large replies have hundreds of
 * thousands of timestamps on few distinct days, so the date part is cached and the time computed directly.
 */
export function isoFromEpochMs(epochMs: number): string {
  const ms = Math.trunc(epochMs); // as Date does
  const day = Math.floor(ms / DAY_MS);
  if (day !== cachedDay) {
    const iso = new Date(day * DAY_MS).toISOString();
    cachedDay = day;
    cachedDayText = iso.slice(0, iso.indexOf("T") + 1);
  }
  const inDay = ms - day * DAY_MS;
  const seconds = Math.floor(inDay / 1000);
  const millis = Math.round(inDay - seconds * 1000);
  const time = `${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}`;
  return millis === 0
    ? `${cachedDayText}${time}Z`
    : `${cachedDayText}${time}.${String(millis).padStart(3, "0")}Z`;
}

export function isoTimestamp(date: Date): string {
  return isoFromEpochMs(date.getTime());
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === "string") return xmlEscape(value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint")
    return String(value);
  if (value instanceof Date) return isValidDate(value) ? isoTimestamp(value) : undefined;
  if (value instanceof Uint8Array)
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("base64");
  return undefined;
}

function writeList(parts: string[], items: ArrayLike<unknown>): void {
  // Numbers and Dates dominate large replies (GetMetricData), so they skip the generic dispatch.
  let run = "";
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (typeof item === "number") run += `<member>${item}</member>`;
    else if (item instanceof Date && isValidDate(item)) run += `<member>${isoTimestamp(item)}</member>`;
    else {
      if (run !== "") parts.push(run);
      run = "";
      writeElement(parts, "member", item);
    }
  }
  if (run !== "") parts.push(run);
}

function writeElement(parts: string[], name: string, value: unknown): void {
  if (value === undefined || value === null) return;
  const scalar = scalarText(value);
  if (scalar !== undefined) {
    parts.push(`<${name}>${scalar}</${name}>`);
    return;
  }
  if (typeof value !== "object") return;
  parts.push(`<${name}>`);
  if (value instanceof TimestampList) {
    let run = "";
    for (let i = 0; i < value.epochSeconds.length; i++) {
      run += `<member>${isoFromEpochMs((value.epochSeconds[i] ?? 0) * 1000)}</member>`;
    }
    parts.push(run);
  } else if (value instanceof WireMap) {
    for (const [key, member] of Object.entries(value.entries)) {
      parts.push(`<entry><key>${xmlEscape(key)}</key>`);
      writeElement(parts, "value", member);
      parts.push("</entry>");
    }
  } else if (Array.isArray(value) || isNumericTypedArray(value)) {
    writeList(parts, value);
  } else {
    writeFields(parts, value);
  }
  parts.push(`</${name}>`);
}

const XML_NAME = /^[A-Za-z_][\w.-]*$/;

function writeFields(parts: string[], value: object): void {
  // Member names come from handler output; anything that is not a valid element name is dropped, not emitted.
  for (const [k, v] of Object.entries(value)) if (XML_NAME.test(k)) writeElement(parts, k, v);
}

export function encodeQuerySuccess(
  operation: string,
  xmlns: string,
  output: unknown,
  requestId: string,
): string {
  const parts: string[] = [`<${operation}Response xmlns="${xmlEscape(xmlns)}">`];
  // Operations without output (PutMetricData...) have no Result element at all.
  if (output !== undefined && output !== null) {
    parts.push(`<${operation}Result>`);
    if (typeof output === "object") writeFields(parts, output);
    parts.push(`</${operation}Result>`);
  }
  parts.push(`<ResponseMetadata><RequestId>${xmlEscape(requestId)}</RequestId></ResponseMetadata>`);
  parts.push(`</${operation}Response>`);
  return parts.join("");
}

export interface QueryErrorFields {
  type: "Sender" | "Receiver";
  code: string;
  message: string;
  extra?: Record<string, unknown>;
}

export function encodeQueryError(xmlns: string, error: QueryErrorFields, requestId: string): string {
  const parts: string[] = [`<ErrorResponse xmlns="${xmlEscape(xmlns)}"><Error>`];
  writeElement(parts, "Type", error.type);
  writeElement(parts, "Code", error.code);
  writeElement(parts, "Message", error.message);
  if (error.extra) writeFields(parts, error.extra);
  parts.push(`</Error><RequestId>${xmlEscape(requestId)}</RequestId></ErrorResponse>`);
  return parts.join("");
}
