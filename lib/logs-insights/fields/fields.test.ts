import { describe, expect, it } from "vitest";
import { runQuery } from "../index";
import type { LogEvent } from "../types";
import { firstJsonFragment, walkPath } from "./json-fields";

let n = 0;
function event(message: string, logGroup = "/app"): LogEvent {
  n++;
  return {
    timestamp: 1_700_000_000_000 + n,
    ingestionTime: 0,
    message,
    logStream: "s",
    logGroup,
    ptr: `p${n}`,
  };
}

function fieldValues(query: string, events: LogEvent[]): Array<Record<string, string>> {
  const r = runQuery(query, events, { accountId: "111122223333" });
  return r.rows.map((row) =>
    Object.fromEntries(row.filter((f) => f.field !== "@ptr").map((f) => [f.field, f.value])),
  );
}

describe("JSON field discovery", () => {
  const cloudtrail = event(
    JSON.stringify({
      eventName: "RunInstances",
      requestParameters: { instancesSet: { items: [{ instanceId: "i-1" }, { instanceId: "i-2" }] } },
      userIdentity: { type: "IAMUser" },
      "@odd": "at-key",
      "dotted.key": { x: 1 },
      ok: true,
      nothing: null,
      list: [3, 4],
    }),
  );

  it("flattens nested objects and arrays with dotted names", () => {
    expect(
      fieldValues(
        "fields userIdentity.type as t, requestParameters.instancesSet.items.1.instanceId as second, list.0 as first",
        [cloudtrail],
      ),
    ).toEqual([{ t: "IAMUser", second: "i-2", first: "3" }]);
  });

  it("exposes a key starting with @ as @@key, keys containing dots, JSON booleans as strings", () => {
    expect(fieldValues("fields @@odd as a, dotted.key.x as b, ok as c, nothing as d", [cloudtrail])).toEqual([
      { a: "at-key", b: "1", c: "true" },
    ]);
  });

  it("objects and arrays are not fields themselves", () => {
    expect(fieldValues("fields userIdentity as u, list as l, eventName", [cloudtrail])).toEqual([
      { eventName: "RunInstances" },
    ]);
  });

  it("filters on a number inside an array", () => {
    expect(fieldValues("filter list.1 = 4 | fields eventName", [cloudtrail])).toHaveLength(1);
    expect(fieldValues("filter list.1 > 4 | fields eventName", [cloudtrail])).toHaveLength(0);
  });

  it("finds the first JSON fragment of a Lambda line, but not in other log groups", () => {
    const line = '2024-01-01T00:00:00.000Z\tabc\tINFO\t{"user":"u9","n":3} trailing {"x":1}';
    expect(fieldValues("fields user", [event(line, "/aws/lambda/fn")])).toEqual([{ user: "u9" }]);
    expect(fieldValues("fields user", [event(line, "/app")])).toEqual([{}]);
  });

  it("helpers", () => {
    expect(firstJsonFragment('x {"a":"}{"} y')).toBe('{"a":"}{"}');
    expect(firstJsonFragment("no json")).toBeNull();
    expect(walkPath({ a: { "b.c": 5 } }, ["a", "b", "c"])).toBe(5);
    expect(walkPath({ a: [{ b: 1 }] }, ["a", "x"])).toBeUndefined();
  });
});

describe("known formats", () => {
  const report = event(
    "REPORT RequestId: 3a5e2b8c-1111-2222-3333-444455556666\tDuration: 102.25 ms\tBilled Duration: 103 ms\tMemory Size: 128 MB\tMax Memory Used: 71 MB\tInit Duration: 120.33 ms\t\nXRAY TraceId: 1-5e1b4151-5ac6c58f5b5da9b0e4b9ba9b\tSegmentId: 0a1b2c3d4e5f6789\tSampled: true",
    "/aws/lambda/fn",
  );
  const start = event(
    "START RequestId: 3a5e2b8c-1111-2222-3333-444455556666 Version: $LATEST",
    "/aws/lambda/fn",
  );

  it("Lambda REPORT lines", () => {
    expect(
      fieldValues(
        "fields @type, @requestId, @duration, @billedDuration, @memorySize, @maxMemoryUsed, @initDuration, @xrayTraceId, @xraySegmentId",
        [report],
      ),
    ).toEqual([
      {
        "@type": "REPORT",
        "@requestId": "3a5e2b8c-1111-2222-3333-444455556666",
        "@duration": "102.25",
        "@billedDuration": "103",
        "@memorySize": "128000000",
        "@maxMemoryUsed": "71000000",
        "@initDuration": "120.33",
        "@xrayTraceId": "1-5e1b4151-5ac6c58f5b5da9b0e4b9ba9b",
        "@xraySegmentId": "0a1b2c3d4e5f6789",
      },
    ]);
  });

  it("the AWS memory sample query runs over REPORT lines", () => {
    const q =
      'filter @type = "REPORT" | stats max(@memorySize / 1000 / 1000) as provisonedMemoryMB, min(@maxMemoryUsed / 1000 / 1000) as smallestMemoryRequestMB, avg(@maxMemoryUsed / 1000 / 1000) as avgMemoryUsedMB, max(@maxMemoryUsed / 1000 / 1000) as maxMemoryUsedMB, provisonedMemoryMB - maxMemoryUsedMB as overProvisionedMB';
    expect(fieldValues(q, [report, start])).toEqual([
      {
        provisonedMemoryMB: "128",
        smallestMemoryRequestMB: "71",
        avgMemoryUsedMB: "71",
        maxMemoryUsedMB: "71",
        overProvisionedMB: "57",
      },
    ]);
  });

  it("START lines carry @type and @requestId", () => {
    expect(fieldValues("fields @type, @requestId", [start])).toEqual([
      { "@type": "START", "@requestId": "3a5e2b8c-1111-2222-3333-444455556666" },
    ]);
  });

  it("VPC flow logs (default format)", () => {
    const flow = event(
      "2 123456789010 eni-1235b8ca123456789 172.31.16.139 172.31.16.21 20641 22 6 20 4249 1418530010 1418530070 ACCEPT OK",
      "/vpc/flow",
    );
    const other = event(
      "2 123456789010 eni-1235b8ca123456789 172.31.9.69 172.31.9.12 49761 3389 6 20 4249 1418530010 1418530070 REJECT OK",
      "/vpc/flow",
    );
    expect(
      fieldValues(
        'filter isIpv4InSubnet(srcAddr, "172.31.16.0/24") | fields interfaceId, dstPort, protocol, bytes, action, logStatus',
        [flow, other],
      ),
    ).toEqual([
      {
        interfaceId: "eni-1235b8ca123456789",
        dstPort: "22",
        protocol: "6",
        bytes: "4249",
        action: "ACCEPT",
        logStatus: "OK",
      },
    ]);
    expect(fieldValues("stats sum(bytes) as b by action | sort action asc", [flow, other])).toEqual([
      { action: "ACCEPT", b: "4249" },
      { action: "REJECT", b: "4249" },
    ]);
  });

  it("Route 53 query logs", () => {
    const q = event(
      "1.0 2017-12-13T08:15:50.235Z Z123412341234 example.com A NOERROR UDP FRA6 192.168.1.1 -",
    );
    expect(fieldValues("fields queryName, queryType, responseCode, resolverIp", [q])).toEqual([
      { queryName: "example.com", queryType: "A", responseCode: "NOERROR", resolverIp: "192.168.1.1" },
    ]);
  });

  it("a JSON field named like a known-format field still resolves from JSON", () => {
    expect(fieldValues("fields action, version", [event('{"action":"x","version":2}')])).toEqual([
      { action: "x", version: "2" },
    ]);
  });
});

describe("system fields", () => {
  it("@log is <account>:<group>, @logStream, @ingestionTime, @entity missing", () => {
    const e: LogEvent = {
      timestamp: 0,
      ingestionTime: 1500,
      message: "m",
      logStream: "st",
      logGroup: "/g",
      ptr: "x",
    };
    expect(fieldValues("fields @log, @logStream, @ingestionTime, @entity, @ptr", [e])).toEqual([
      { "@log": "111122223333:/g", "@logStream": "st", "@ingestionTime": "1970-01-01 00:00:01.500" },
    ]);
    const withPtr = runQuery("fields @ptr", [e]).rows[0];
    expect(withPtr).toEqual([{ field: "@ptr", value: "x" }]);
  });
});
