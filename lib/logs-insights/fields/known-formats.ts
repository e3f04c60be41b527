// Fields AWS discovers in well-known non-JSON formats (8.2): Lambda platform lines (START/END/REPORT, with
// the X-Ray suffix), VPC flow logs (default v2 format) and Route 53 public DNS query logs.

import type { Row } from "../expressions/row";
import { LAMBDA_MEMORY_BYTES_PER_MB } from "../semantics";
import type { Value } from "../types";

export const LAMBDA_FIELDS: ReadonlySet<string> = new Set([
  "@type",
  "@requestId",
  "@duration",
  "@billedDuration",
  "@memorySize",
  "@maxMemoryUsed",
  "@initDuration",
  "@xrayTraceId",
  "@xraySegmentId",
]);

export const VPC_FLOW_FIELDS = [
  "version",
  "accountId",
  "interfaceId",
  "srcAddr",
  "dstAddr",
  "srcPort",
  "dstPort",
  "protocol",
  "packets",
  "bytes",
  "start",
  "end",
  "action",
  "logStatus",
] as const;
const VPC_NUMERIC = new Set([
  "version",
  "srcPort",
  "dstPort",
  "protocol",
  "packets",
  "bytes",
  "start",
  "end",
]);

/** [I] names for Route 53 public DNS query log fields. */
export const ROUTE53_FIELDS = [
  "version",
  "queryTimestamp",
  "hostZoneId",
  "queryName",
  "queryType",
  "responseCode",
  "protocol",
  "edgeLocation",
  "resolverIp",
  "ednsClientSubnet",
] as const;

/** Names that may come from a known format (checked before JSON). */
export const KNOWN_FORMAT_FIELDS: ReadonlySet<string> = new Set<string>([
  ...LAMBDA_FIELDS,
  ...VPC_FLOW_FIELDS,
  ...ROUTE53_FIELDS,
]);

const NUM = "([0-9]+(?:\\.[0-9]+)?)";
const REPORT_PATTERNS: Array<[string, RegExp, number]> = [
  ["@duration", new RegExp(`(?:^|\\s)Duration: ${NUM} ms`), 1],
  ["@billedDuration", new RegExp(`Billed Duration: ${NUM} ms`), 1],
  ["@memorySize", new RegExp(`Memory Size: ${NUM} MB`), LAMBDA_MEMORY_BYTES_PER_MB],
  ["@maxMemoryUsed", new RegExp(`Max Memory Used: ${NUM} MB`), LAMBDA_MEMORY_BYTES_PER_MB],
  ["@initDuration", new RegExp(`Init Duration: ${NUM} ms`), 1],
];
const REQUEST_ID = /RequestId: (\S+)/;
const XRAY_TRACE = /XRAY TraceId: (\S+)/;
const XRAY_SEGMENT = /SegmentId: (\S+)/;
const LAMBDA_APP_LINE =
  /^\S+\t([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\t/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T/;

function lambdaFields(m: string, logGroup: string): Record<string, Value> | null {
  const type = m.startsWith("REPORT RequestId:")
    ? "REPORT"
    : m.startsWith("START RequestId:")
      ? "START"
      : m.startsWith("END RequestId:")
        ? "END"
        : null;
  if (type === null) {
    if (!logGroup.startsWith("/aws/lambda/")) return null;
    const app = LAMBDA_APP_LINE.exec(m);
    return app === null ? null : { "@requestId": app[1] ?? null };
  }
  const out: Record<string, Value> = { "@type": type, "@requestId": REQUEST_ID.exec(m)?.[1] ?? null };
  if (type === "REPORT") {
    for (const [name, re, scale] of REPORT_PATTERNS) {
      const hit = re.exec(m);
      if (hit?.[1] !== undefined) out[name] = Number(hit[1]) * scale;
    }
    const trace = XRAY_TRACE.exec(m);
    if (trace !== null) {
      out["@xrayTraceId"] = trace[1] ?? null;
      out["@xraySegmentId"] = XRAY_SEGMENT.exec(m)?.[1] ?? null;
    }
  }
  return out;
}

function tokenFields(m: string): Record<string, Value> | null {
  const tokens = m.trim().split(/\s+/);
  if (tokens.length === 14 && /^\d+$/.test(tokens[0] ?? "") && /^(eni-|-)/.test(tokens[2] ?? "")) {
    const out: Record<string, Value> = {};
    VPC_FLOW_FIELDS.forEach((name, i) => {
      const t = tokens[i] ?? "";
      out[name] = VPC_NUMERIC.has(name) && /^\d+$/.test(t) ? Number(t) : t;
    });
    return out;
  }
  if (tokens.length === 10 && tokens[0] === "1.0" && ISO_TIME.test(tokens[1] ?? "")) {
    const out: Record<string, Value> = {};
    ROUTE53_FIELDS.forEach((name, i) => {
      out[name] = tokens[i] ?? null;
    });
    return out;
  }
  return null;
}

/** Known-format fields of the row's message, computed once per row. */
export function rowKnownFormat(row: Row): Record<string, Value> | null {
  if (row.extState === 0) {
    row.extState = 2;
    const ev = row.ev;
    if (ev !== null && ev.message.charCodeAt(0) !== 123) {
      const found = lambdaFields(ev.message, ev.logGroup) ?? tokenFields(ev.message);
      if (found !== null) {
        row.ext = found;
        row.extState = 1;
      }
    }
  }
  return row.extState === 1 ? row.ext : null;
}
