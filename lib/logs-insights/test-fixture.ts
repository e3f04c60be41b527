// The worked-example fixture of AWS-SEMANTICS.md 8.8: log group /demo/app, account 123456789012, stream s1.

import type { CompileOptions, LogEvent, QueryResult } from "./types";

const T0 = Date.UTC(2024, 0, 1, 0, 0, 0);

function ev(n: number, offsetMs: number, message: string): LogEvent {
  return {
    timestamp: T0 + offsetMs,
    ingestionTime: T0 + offsetMs + 500,
    message,
    logStream: "s1",
    logGroup: "/demo/app",
    ptr: `ptr-e${n}`,
  };
}

export const DEMO_EVENTS: LogEvent[] = [
  ev(1, 5_000, '{"level":"INFO","status":200,"latency":120,"path":"/a","user":{"id":"u1"}}'),
  ev(2, 35_000, '{"level":"ERROR","status":500,"latency":900,"path":"/b","user":{"id":"u2"}}'),
  ev(3, 70_000, '{"level":"INFO","status":200,"latency":80,"path":"/a","user":{"id":"u1"}}'),
  ev(4, 110_000, '{"level":"WARN","status":404,"latency":30,"path":"/c"}'),
  ev(5, 140_000, "2024-01-01T00:02:20Z [ERROR] db timeout after 3000 ms"),
];

export const DEMO_OPTIONS: CompileOptions = {
  accountId: "123456789012",
  now: T0 + 300_000,
  startTime: T0,
  endTime: T0 + 300_000,
};

/** Rows as `field=value` lists, optionally without @ptr, for compact assertions. */
export function rowsAsText(result: QueryResult, keepPtr = false): string[][] {
  return result.rows.map((r) =>
    r.filter((f) => keepPtr || f.field !== "@ptr").map((f) => `${f.field}=${f.value}`),
  );
}
