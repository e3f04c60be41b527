// The dashboards API through the real SDK clients: the current JSON client (@aws-sdk/client-cloudwatch), the
// old awsQuery client (@aws-sdk/client-cloudwatch-query) and the current client forced onto RPC v2 CBOR.
import {
  CloudWatchClient,
  DeleteDashboardsCommand,
  GetDashboardCommand,
  ListDashboardsCommand,
  PutDashboardCommand,
  type PutDashboardCommandInput,
} from "@aws-sdk/client-cloudwatch";
import {
  CloudWatchClient as QueryCloudWatchClient,
  DeleteDashboardsCommand as QueryDeleteDashboards,
  GetDashboardCommand as QueryGetDashboard,
  ListDashboardsCommand as QueryListDashboards,
  PutDashboardCommand as QueryPutDashboard,
} from "@aws-sdk/client-cloudwatch-query";
import { AwsSmithyRpcV2CborProtocol } from "@aws-sdk/core/protocols";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { checkCloudWatchBody } from "@/lib/cloudwatch-body";
import {
  authHeaders,
  clientConfig,
  startTestSimulator,
  type ClientOptions,
} from "@/lib/simulator/core/test-support";
import type { Simulator } from "@/lib/simulator/server";
import { dashboardOperations } from "./dashboard-operations";
import { DashboardStore } from "./dashboard-store";
import { demoDashboards } from "./demo-dashboards";

const STAGING_KEY = "AKIASTAGEDEMO0000002";
const TEXT_BODY = JSON.stringify({
  widgets: [{ type: "text", x: 0, y: 7, width: 3, height: 3, properties: { markdown: "Hello world" } }],
});

let sim: Simulator;
let store: DashboardStore;
let clock = new Date("2026-06-01T12:00:00.000Z");

beforeAll(async () => {
  sim = await startTestSimulator({ now: () => clock });
});
afterAll(() => sim.close());
beforeEach(() => {
  clock = new Date("2026-06-01T12:00:00.000Z");
  // A fresh store per test: every test starts from the demo dashboards.
  store = new DashboardStore();
  sim.registerService({ name: "cloudwatch", operations: dashboardOperations({ store }) });
});

type Flavour = "json" | "query" | "cbor";
const FLAVOURS: Flavour[] = ["json", "query", "cbor"];

function client(flavour: Flavour, options: ClientOptions = {}) {
  const config = clientConfig(sim, { fastRetries: true, ...options });
  if (flavour === "query") {
    const c = new QueryCloudWatchClient(config);
    return {
      put: (i: PutDashboardCommandInput) => c.send(new QueryPutDashboard(i)),
      get: (DashboardName: string) => c.send(new QueryGetDashboard({ DashboardName })),
      list: (DashboardNamePrefix?: string, NextToken?: string) =>
        c.send(new QueryListDashboards({ DashboardNamePrefix, NextToken })),
      remove: (DashboardNames: string[]) => c.send(new QueryDeleteDashboards({ DashboardNames })),
    };
  }
  const c = new CloudWatchClient(
    flavour === "cbor" ? { ...config, protocol: AwsSmithyRpcV2CborProtocol } : config,
  );
  return {
    put: (i: PutDashboardCommandInput) => c.send(new PutDashboardCommand(i)),
    get: (DashboardName: string) => c.send(new GetDashboardCommand({ DashboardName })),
    list: (DashboardNamePrefix?: string, NextToken?: string) =>
      c.send(new ListDashboardsCommand({ DashboardNamePrefix, NextToken })),
    remove: (DashboardNames: string[]) => c.send(new DeleteDashboardsCommand({ DashboardNames })),
  };
}

type SdkError = Error & {
  $metadata: { httpStatusCode?: number; attempts?: number };
  Code?: string;
  dashboardValidationMessages?: { DataPath?: string; Message?: string }[];
};

async function errorOf(promise: Promise<unknown>): Promise<SdkError> {
  try {
    await promise;
  } catch (e) {
    return e as SdkError;
  }
  throw new Error("expected the call to fail");
}

describe("demo dashboards", () => {
  it("are listed per account with global ARNs, byte sizes and save dates, and their bodies validate", async () => {
    for (const flavour of FLAVOURS) {
      const cw = client(flavour);
      const list = await cw.list();
      const expected = demoDashboards("111111111111")
        .map((d) => d.name)
        .sort();
      expect(list.DashboardEntries?.map((e) => e.DashboardName)).toEqual(expected);
      for (const entry of list.DashboardEntries ?? []) {
        expect(entry.DashboardArn).toBe(`arn:aws:cloudwatch::111111111111:dashboard/${entry.DashboardName}`);
        expect(entry.LastModified?.getTime()).toBeLessThan(clock.getTime());
        const got = await cw.get(entry.DashboardName ?? "");
        expect(got.DashboardArn).toBe(entry.DashboardArn);
        expect(entry.Size).toBe(Buffer.byteLength(got.DashboardBody ?? "", "utf8"));
        const check = checkCloudWatchBody(got.DashboardBody ?? "");
        expect([flavour, check.errors, check.warnings]).toEqual([flavour, [], []]);
      }
      expect(list.NextToken).toBeUndefined();
    }
  });

  it("belong to each account separately and reach every Region of it", async () => {
    const staging = await client("json", { accessKeyId: STAGING_KEY }).list();
    expect(staging.DashboardEntries?.map((e) => e.DashboardArn)).toContain(
      "arn:aws:cloudwatch::222222222222:dashboard/Fleet-Overview",
    );
    await client("json", { region: "eu-west-1" }).put({ DashboardName: "from-eu", DashboardBody: TEXT_BODY });
    const fromTokyo = await client("query", { region: "ap-northeast-1" }).get("from-eu");
    expect(fromTokyo.DashboardBody).toBe(TEXT_BODY);
    const err = await errorOf(client("json", { accessKeyId: STAGING_KEY }).get("from-eu"));
    expect(err.name).toBe("ResourceNotFound");
  });
});

describe("PutDashboard / GetDashboard", () => {
  it("creates and fully replaces dashboards, stamping LastModified and counting UTF-8 bytes", async () => {
    for (const flavour of FLAVOURS) {
      const cw = client(flavour);
      const name = `test_${flavour}-1`;
      const out = await cw.put({ DashboardName: name, DashboardBody: TEXT_BODY });
      expect(out.DashboardValidationMessages ?? []).toEqual([]);
      const got = await cw.get(name);
      expect(got).toMatchObject({
        DashboardName: name,
        DashboardBody: TEXT_BODY,
        DashboardArn: `arn:aws:cloudwatch::111111111111:dashboard/${name}`,
      });
      clock = new Date(clock.getTime() + 60_000);
      const body = JSON.stringify({ widgets: [{ type: "text", properties: { markdown: "Grüße — ✓" } }] });
      await cw.put({ DashboardName: name, DashboardBody: body });
      expect((await cw.get(name)).DashboardBody).toBe(body);
      const entry = (await cw.list(name)).DashboardEntries?.[0];
      expect(entry?.Size).toBe(Buffer.byteLength(body, "utf8"));
      expect(entry?.Size).toBeGreaterThan(body.length);
      expect(entry?.LastModified?.toISOString()).toBe(clock.toISOString());
    }
  });

  it("keeps the tags given at creation and ignores those of later updates", async () => {
    const cw = client("json");
    await cw.put({
      DashboardName: "tagged",
      DashboardBody: TEXT_BODY,
      Tags: [{ Key: "team", Value: "web" }],
    });
    await cw.put({
      DashboardName: "tagged",
      DashboardBody: TEXT_BODY,
      Tags: [{ Key: "team", Value: "ops" }],
    });
    expect(store.account("111111111111", clock).get("tagged")?.tags).toEqual([{ Key: "team", Value: "web" }]);
  });

  it("rejects bad names with AWS's exact InvalidParameterValue text, trailing newline included", async () => {
    for (const flavour of FLAVOURS) {
      for (const name of ["Test Dashboard!", "a/b", "x".repeat(256)]) {
        const err = await errorOf(client(flavour).put({ DashboardName: name, DashboardBody: TEXT_BODY }));
        expect([flavour, err.name, err.$metadata.httpStatusCode]).toEqual([
          flavour,
          "InvalidParameterValueException",
          400,
        ]);
        expect(err.message).toBe(
          name.length > 255
            ? "The value for field DashboardName must be between 1 and 255 characters long.\n"
            : "The value for field DashboardName contains invalid characters. It can only contain alphanumerics, dash (-) and underscore (_).\n",
        );
      }
    }
    const ok = await client("json").put({
      DashboardName: "A-z_09".padEnd(255, "x"),
      DashboardBody: TEXT_BODY,
    });
    expect(ok.$metadata.httpStatusCode).toBe(200);
  });

  it("rejects invalid bodies with DashboardInvalidInputError and the validation messages", async () => {
    for (const flavour of FLAVOURS) {
      const notJson = await errorOf(
        client(flavour).put({ DashboardName: "bad", DashboardBody: "{not json" }),
      );
      expect([flavour, notJson.name, notJson.$metadata.httpStatusCode]).toEqual([
        flavour,
        "DashboardInvalidInputError",
        400,
      ]);
      expect(notJson.message).toBe(
        'The dashboard body is invalid, there are 1 validation errors:\n[\n  {\n    "dataPath": "",\n    "message": "The field DashboardBody must be a valid JSON object"\n  }\n]',
      );
      expect(notJson.dashboardValidationMessages).toEqual([
        { DataPath: "", Message: "The field DashboardBody must be a valid JSON object" },
      ]);

      const schema = await errorOf(
        client(flavour).put({
          DashboardName: "bad",
          DashboardBody: JSON.stringify({
            widgets: [{ type: "metric", properties: { metrics: [["AWS/EC2", 5]] } }, { type: "nope" }],
          }),
        }),
      );
      expect(schema.name).toBe("DashboardInvalidInputError");
      const paths = schema.dashboardValidationMessages?.map((m) => m.DataPath) ?? [];
      expect(paths.length).toBeGreaterThanOrEqual(3);
      expect(paths).toContain("/widgets/0/properties/metrics/0/1");
      expect(paths).toContain("/widgets/1/type");
      expect(schema.message).toMatch(
        new RegExp(`^The dashboard body is invalid, there are ${paths.length} validation errors:\\n\\[`),
      );
      await expect(client(flavour).get("bad")).rejects.toMatchObject({ name: "ResourceNotFound" });
    }
  });

  it("carries the legacy awsQuery codes (err.Code) in every protocol", async () => {
    for (const flavour of FLAVOURS) {
      const cw = client(flavour);
      const invalid = await errorOf(cw.put({ DashboardName: "bad", DashboardBody: "[]" }));
      const badName = await errorOf(cw.put({ DashboardName: "a b", DashboardBody: TEXT_BODY }));
      const missing = await errorOf(cw.get("missing"));
      expect([flavour, invalid.Code, badName.Code, missing.Code]).toEqual([
        flavour,
        "InvalidParameterInput",
        "InvalidParameterValue",
        "ResourceNotFound",
      ]);
    }
  });

  it("accepts bodies that only draw warnings and returns them as DashboardValidationMessages", async () => {
    for (const flavour of FLAVOURS) {
      const body = JSON.stringify({ widgets: [], colour: "blue" });
      const out = await client(flavour).put({ DashboardName: "warned", DashboardBody: body });
      expect([flavour, out.DashboardValidationMessages]).toEqual([
        flavour,
        [
          {
            DataPath: "/colour",
            Message: 'The "colour" property is not expected in the dashboard body, will be ignored',
          },
        ],
      ]);
      expect((await client(flavour).get("warned")).DashboardBody).toBe(body);
    }
  });

  it("answers unknown dashboards with ResourceNotFound 404", async () => {
    for (const flavour of FLAVOURS) {
      const err = await errorOf(client(flavour).get("does-not-exist"));
      expect([flavour, err.name, err.$metadata.httpStatusCode, err.message]).toEqual([
        flavour,
        "ResourceNotFound",
        404,
        "Dashboard does-not-exist does not exist",
      ]);
    }
  });

  it("sends DashboardNotFoundError with the legacy ResourceNotFound code, 404 only in query mode", async () => {
    for (const queryMode of [true, false]) {
      const res = await fetch(sim.url, {
        method: "POST",
        headers: {
          ...authHeaders(),
          "content-type": "application/x-amz-json-1.0",
          "x-amz-target": "GraniteServiceVersion20100801.GetDashboard",
          ...(queryMode ? { "x-amzn-query-mode": "true" } : {}),
        },
        body: JSON.stringify({ DashboardName: "nope" }),
      });
      expect([res.status, res.headers.get("x-amzn-query-error")]).toEqual([
        queryMode ? 404 : 400,
        "ResourceNotFound;Sender",
      ]);
      expect(await res.json()).toEqual({
        __type: "com.amazonaws.cloudwatch.v2010_08_01#DashboardNotFoundError",
        message: "Dashboard nope does not exist",
      });
    }
  });

  it("requires DashboardName and DashboardBody", async () => {
    const res = await fetch(sim.url, {
      method: "POST",
      headers: {
        ...authHeaders(),
        "content-type": "application/x-amz-json-1.0",
        "x-amz-target": "GraniteServiceVersion20100801.PutDashboard",
        "x-amzn-query-mode": "true",
      },
      body: JSON.stringify({ DashboardName: "no-body" }),
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("x-amzn-query-error")).toBe("ValidationError;Sender");
    expect(await res.json()).toEqual({
      __type: "com.amazon.coral.validate#ValidationException",
      message:
        "1 validation error detected: Value null at 'dashboardBody' failed to satisfy constraint: Member must not be null",
    });
  });
});

describe("ListDashboards", () => {
  it("filters by prefix", async () => {
    for (const flavour of FLAVOURS) {
      const out = await client(flavour).list("Fleet");
      expect([flavour, out.DashboardEntries?.map((e) => e.DashboardName)]).toEqual([
        flavour,
        ["Fleet-Overview"],
      ]);
      expect((await client(flavour).list("zzz")).DashboardEntries ?? []).toEqual([]);
    }
  });

  it("pages 1000 entries at a time in name order and rejects foreign tokens", async () => {
    const dashboards = store.account("111111111111", clock);
    for (let i = 0; i < 2100; i++) {
      const name = `bulk-${String(i).padStart(4, "0")}`;
      dashboards.set(name, { name, body: TEXT_BODY, lastModified: clock, tags: [] });
    }
    for (const flavour of FLAVOURS) {
      const cw = client(flavour);
      const seen: string[] = [];
      let token: string | undefined;
      let pages = 0;
      do {
        const page = await cw.list("bulk-", token);
        pages++;
        expect(page.DashboardEntries?.length).toBeLessThanOrEqual(1000);
        seen.push(...(page.DashboardEntries ?? []).map((e) => e.DashboardName ?? ""));
        token = page.NextToken;
      } while (token);
      expect([flavour, pages, seen.length]).toEqual([flavour, 3, 2100]);
      expect(seen).toEqual([...seen].sort());
      const first = await cw.list("bulk-");
      const wrongPrefix = await errorOf(cw.list("bulk-1", first.NextToken));
      expect([wrongPrefix.name, wrongPrefix.$metadata.httpStatusCode]).toEqual([
        "InvalidParameterValueException",
        400,
      ]);
      const garbage = await errorOf(cw.list(undefined, "garbage"));
      expect(garbage.name).toBe("InvalidParameterValueException");
    }
  });
});

describe("DeleteDashboards", () => {
  it("deletes all named dashboards, or none when any is missing", async () => {
    for (const flavour of FLAVOURS) {
      const cw = client(flavour);
      await cw.put({ DashboardName: "d1", DashboardBody: TEXT_BODY });
      await cw.put({ DashboardName: "d2", DashboardBody: TEXT_BODY });
      const err = await errorOf(cw.remove(["d1", "missing-1", "d2", "missing-2"]));
      expect([flavour, err.name, err.$metadata.httpStatusCode, err.message]).toEqual([
        flavour,
        "ResourceNotFound",
        404,
        "The specified dashboard does not exist. [missing-1, missing-2]",
      ]);
      expect((await cw.get("d1")).DashboardName).toBe("d1");
      await cw.remove(["d1", "d2"]);
      expect((await cw.list("d")).DashboardEntries ?? []).toEqual([]);
      await expect(cw.get("d2")).rejects.toMatchObject({ name: "ResourceNotFound" });
    }
  });

  it("refuses an empty list and more than 100 names with InvalidParameterValue", async () => {
    for (const flavour of FLAVOURS) {
      const empty = await errorOf(client(flavour).remove([]));
      expect([flavour, empty.name]).toEqual([flavour, "InvalidParameterValueException"]);
      const many = await errorOf(client(flavour).remove(Array.from({ length: 101 }, (_, i) => `x${i}`)));
      expect(many.name).toBe("InvalidParameterValueException");
    }
  });
});
