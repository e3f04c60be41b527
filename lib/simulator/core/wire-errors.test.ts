// Raw HTTP against the simulator: exact error shapes per protocol, gzip, malformed input and a small fuzz run.
import { gzipSync } from "node:zlib";
import { cbor } from "@smithy/core/cbor";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createEchoCloudWatch, type EchoCall } from "./echo-cloudwatch.test-helper";
import { authHeaders, startTestSimulator } from "./test-support";
import { AwsServiceError, type ServiceDefinition } from "./types";
import { createStsService } from "@/lib/simulator/sts/sts-service";
import type { Simulator } from "@/lib/simulator/server";

let sim: Simulator;
const calls: EchoCall[] = [];
const logs: ServiceDefinition = {
  name: "logs",
  operations: {
    DescribeLogGroups: (input) => ({ logGroups: [], echo: input }),
    StartQuery: () => {
      throw new AwsServiceError("MalformedQueryException", "bad query", {
        extra: { queryCompileError: { message: "x" } },
      });
    },
  },
};

beforeAll(async () => {
  sim = await startTestSimulator({
    services: [createEchoCloudWatch(calls), createStsService(), logs],
    maxBodyBytes: 64 * 1024,
  });
});
afterAll(() => sim.close());

const CW_JSON = {
  "content-type": "application/x-amz-json-1.0",
  "x-amz-target": "GraniteServiceVersion20100801.ListMetrics",
  "x-amzn-query-mode": "true",
};
const LOGS_JSON = {
  "content-type": "application/x-amz-json-1.1",
  "x-amz-target": "Logs_20140328.DescribeLogGroups",
};
const FORM = { "content-type": "application/x-www-form-urlencoded; charset=utf-8" };

async function post(path: string, headers: Record<string, string>, body: string | Uint8Array = "") {
  const payload = typeof body === "string" ? body : new Uint8Array(body);
  const res = await fetch(sim.url + path, { method: "POST", headers, body: payload });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, bytes, text: Buffer.from(bytes).toString("utf8") };
}

describe("missing or broken authentication", () => {
  it("answers awsQuery requests with 403 MissingAuthenticationToken XML", async () => {
    const res = await post("/", FORM, "Action=GetCallerIdentity&Version=2011-06-15");
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toBe("text/xml");
    expect(res.text).toBe(
      `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type>` +
        `<Code>MissingAuthenticationToken</Code><Message>Request is missing Authentication Token</Message></Error>` +
        `<RequestId>${res.headers.get("x-amzn-requestid")}</RequestId></ErrorResponse>`,
    );
  });

  it("answers plain JSON 1.1 with 400 and the coral __type", async () => {
    const res = await post("/", LOGS_JSON, "{}");
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text)).toEqual({
      __type: "com.amazon.coral.service#MissingAuthenticationTokenException",
      message: "Request is missing Authentication Token",
    });
  });

  it("answers query-compatible JSON with the legacy code header and status", async () => {
    const res = await post("/", CW_JSON, "{}");
    expect(res.status).toBe(403);
    expect(res.headers.get("x-amzn-query-error")).toBe("MissingAuthenticationToken;Sender");
    const { "x-amzn-query-mode": _mode, ...noQueryMode } = CW_JSON;
    expect((await post("/", noQueryMode, "{}")).status).toBe(400);
  });

  it("treats non-SigV4 Authorization as missing and incomplete SigV4 as IncompleteSignature", async () => {
    expect((await post("/", { ...LOGS_JSON, authorization: "Bearer abc" }, "{}")).status).toBe(400);
    const res = await post("/", { ...LOGS_JSON, authorization: "AWS4-HMAC-SHA256 Credential=AKIA/x" }, "{}");
    expect(JSON.parse(res.text)).toMatchObject({
      __type: "com.amazon.coral.service#IncompleteSignatureException",
    });
  });
});

describe("request bodies", () => {
  it("gunzips Content-Encoding: gzip bodies for every protocol", async () => {
    calls.length = 0;
    const json = JSON.stringify({ Namespace: "Zipped", MetricName: "M" });
    const res = await post("/", { ...CW_JSON, ...authHeaders(), "content-encoding": "gzip" }, gzipSync(json));
    expect(res.status).toBe(200);
    const form = "Action=ListMetrics&Version=2010-08-01&Namespace=ZippedForm";
    const xml = await post("/", { ...FORM, ...authHeaders(), "content-encoding": "gzip" }, gzipSync(form));
    expect(xml.status).toBe(200);
    expect(calls.map((c) => c.input)).toEqual([
      { Namespace: "Zipped", MetricName: "M" },
      { Namespace: "ZippedForm", MetricName: undefined },
    ]);
  });

  it("rejects undecodable gzip, invalid JSON, non-object JSON and invalid CBOR with SerializationException", async () => {
    const auth = authHeaders();
    const bad = [
      await post("/", { ...CW_JSON, ...auth, "content-encoding": "gzip" }, "not gzip"),
      await post("/", { ...CW_JSON, ...auth }, "{not json"),
      await post("/", { ...CW_JSON, ...auth }, "[1,2]"),
      await post("/", { ...LOGS_JSON, ...auth }, "42"),
    ];
    for (const res of bad) {
      expect(res.status).toBe(400);
      expect(JSON.parse(res.text).__type).toBe("com.amazon.coral.service#SerializationException");
    }
    const cborRes = await post(
      "/service/GraniteServiceVersion20100801/operation/ListMetrics",
      { "content-type": "application/cbor", "smithy-protocol": "rpc-v2-cbor", ...auth },
      new Uint8Array([0xff, 0x00, 0x13]),
    );
    expect(cborRes.status).toBe(400);
    expect(cbor.deserialize(cborRes.bytes)).toMatchObject({
      __type: "com.amazon.coral.service#SerializationException",
    });
  });

  it("refuses bodies over the size limit with 413, before and after decompression", async () => {
    const big = JSON.stringify({ Namespace: "x".repeat(70 * 1024) });
    expect((await post("/", { ...CW_JSON, ...authHeaders() }, big)).status).toBe(413);
    const bomb = gzipSync(Buffer.alloc(1024 * 1024, 32));
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect((await post("/", { ...CW_JSON, ...authHeaders(), "content-encoding": "gzip" }, bomb)).status).toBe(
      413,
    );
  });
});

describe("routing failures", () => {
  it("reports unknown JSON operations and targets as UnknownOperationException", async () => {
    for (const target of [
      "GraniteServiceVersion20100801.Nope",
      "Nope_2020.List",
      "Logs_20140328.",
      "Logs_20140328.toString",
    ]) {
      const res = await post("/", { ...CW_JSON, ...authHeaders(), "x-amz-target": target }, "{}");
      expect([target, res.status]).toEqual([target, 400]);
      expect(JSON.parse(res.text).__type).toBe("com.amazon.coral.service#UnknownOperationException");
    }
  });

  it("reports unknown awsQuery actions as InvalidAction XML", async () => {
    const res = await post(
      "/",
      { ...FORM, ...authHeaders("k", "us-east-1", "sts") },
      "Action=Nope&Version=2011-06-15",
    );
    expect(res.status).toBe(400);
    expect(res.text).toContain("<Code>InvalidAction</Code>");
    expect(res.text).toContain("Could not find operation Nope for version 2011-06-15");
    const unknownVersion = await post(
      "/",
      { ...FORM, ...authHeaders("k", "us-east-1", "sts") },
      "Action=X&Version=1999",
    );
    expect(unknownVersion.text).toContain("<Code>InvalidAction</Code>");
  });

  it("answers requests that name no service at all in plain JSON", async () => {
    const res = await fetch(sim.url + "/whatever");
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ __type: "com.amazon.coral.service#UnknownOperationException" });
  });
});

describe("protocol details", () => {
  it("uses 400 for CBOR client errors without query mode, keeping the legacy code header", async () => {
    const res = await post(
      "/service/GraniteServiceVersion20100801/operation/ListMetrics",
      { "content-type": "application/cbor", "smithy-protocol": "rpc-v2-cbor", ...authHeaders() },
      cbor.serialize({ Namespace: "Missing" }),
    );
    expect(res.status).toBe(400);
    expect(res.headers.get("smithy-protocol")).toBe("rpc-v2-cbor");
    expect(res.headers.get("content-type")).toBe("application/cbor");
    expect(res.headers.get("x-amzn-query-error")).toBe("ResourceNotFound;Sender");
    expect(cbor.deserialize(res.bytes)).toEqual({
      __type: "com.amazonaws.cloudwatch.v2010_08_01#ResourceNotFound",
      message: "No such namespace",
    });
  });

  it("serialises extra error members next to message in JSON 1.1", async () => {
    const res = await post(
      "/",
      { ...LOGS_JSON, ...authHeaders(), "x-amz-target": "Logs_20140328.StartQuery" },
      "{}",
    );
    expect(JSON.parse(res.text)).toEqual({
      __type: "MalformedQueryException",
      message: "bad query",
      queryCompileError: { message: "x" },
    });
    expect(res.headers.get("x-amzn-query-error")).toBeNull();
  });

  it("writes awsQuery success replies with the Result wrapper and request id", async () => {
    const res = await post(
      "/",
      { ...FORM, ...authHeaders() },
      "Action=ListMetrics&Version=2010-08-01&Namespace=N",
    );
    const id = res.headers.get("x-amzn-requestid");
    expect(
      res.text.startsWith(
        '<ListMetricsResponse xmlns="http://monitoring.amazonaws.com/doc/2010-08-01/"><ListMetricsResult><Metrics><member>',
      ),
    ).toBe(true);
    expect(
      res.text.endsWith(
        `</ListMetricsResult><ResponseMetadata><RequestId>${id}</RequestId></ResponseMetadata></ListMetricsResponse>`,
      ),
    ).toBe(true);
    const put = await post(
      "/",
      { ...FORM, ...authHeaders() },
      "Action=PutMetricData&Version=2010-08-01&Namespace=N",
    );
    expect(put.text).not.toContain("PutMetricDataResult");
  });
});

describe("fuzzing", () => {
  it("answers arbitrary garbage with AWS-shaped errors and stays up", async () => {
    // The CBOR decoder warns about oversized integers in random bytes; that noise is expected here.
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    let seed = 12345;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const bytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(rand() * 256));
    const targets = [
      undefined,
      "GraniteServiceVersion20100801.ListMetrics",
      "Logs_20140328.DescribeLogGroups",
      "x.y",
      "",
    ];
    const types = [
      "application/x-amz-json-1.0",
      "application/cbor",
      "application/x-www-form-urlencoded",
      "text/plain",
    ];
    const paths = [
      "/",
      "/service/GraniteServiceVersion20100801/operation/ListMetrics",
      "/service/x/operation/%E0%A4%A",
      "/?Action=GetCallerIdentity&Version=2011-06-15",
    ];
    for (let i = 0; i < 200; i++) {
      const headers: Record<string, string> = {
        "content-type": types[i % types.length] ?? "",
        ...authHeaders(),
      };
      const target = targets[i % targets.length];
      if (target !== undefined) headers["x-amz-target"] = target;
      if (i % 7 === 0) headers["content-encoding"] = "gzip";
      const body =
        i % 3 === 0
          ? cbor.serialize({ a: [1, { b: new Date(0) }], Namespace: i })
          : bytes(Math.floor(rand() * 300));
      const res = await post(paths[i % paths.length] ?? "/", headers, body);
      expect(res.status).toBeGreaterThanOrEqual(200);
      expect(res.status).toBeLessThan(600);
      expect(res.headers.get("x-amzn-requestid")).toBeTruthy();
    }
    const deep = "A" + ".b".repeat(5000);
    expect(
      (await post("/", { ...FORM, ...authHeaders() }, `Action=ListMetrics&Version=2010-08-01&${deep}=1`))
        .status,
    ).toBe(400);
    const health = await fetch(sim.url + "/_simulator/health");
    expect(health.status).toBe(200);
    warn.mockRestore();
  });
});
