import { describe, expect, it } from "vitest";
import { DASHBOARD_SCHEMA_VERSION } from "./constants";
import { buildLogWidgetQuery, parseLogWidgetQuery } from "./log-query";
import { dashboardMetadataSchema } from "./metadata-schema";
import { createEmptyDocument } from "./new-document";
import { isValidPeriod, isValidQueryId, isValidStatistic } from "@/lib/cloudwatch-body/statistics";
import { upgradeDashboardDocument } from "./upgrade";

describe("statistics", () => {
  it.each([
    "Average",
    "Sum",
    "SampleCount",
    "Minimum",
    "Maximum",
    "IQM",
    "p99",
    "p99.9",
    "p0",
    "p100",
    "tm90",
    "TM(10%:90%)",
    "tm(:95%)",
    "WM(150:1000)",
    "PR(10:)",
    "tc(0.005:0.030)",
    "ts99",
  ])("accepts %s", (stat) => expect(isValidStatistic(stat)).toBe(true));
  it.each(["average", "Avg", "Median", "p101", "p", "TM()", "TM(10%)", "tm(:150%)", "", "p99 "])(
    "rejects %j",
    (stat) => expect(isValidStatistic(stat)).toBe(false),
  );
  it("knows valid periods and ids", () => {
    expect([1, 5, 10, 30, 60, 120, 86_400].every(isValidPeriod)).toBe(true);
    expect([0, 2, 45, 90, 60.5, -60].some(isValidPeriod)).toBe(false);
    expect(isValidQueryId("m1")).toBe(true);
    expect(isValidQueryId("errorRate_5")).toBe(true);
    expect(isValidQueryId("M1")).toBe(false);
    expect(isValidQueryId("1m")).toBe(false);
    expect(isValidQueryId("a-b")).toBe(false);
  });
});

describe("log widget queries", () => {
  it("splits SOURCE clauses from the query", () => {
    expect(parseLogWidgetQuery("SOURCE 'a' | SOURCE \"b\" |\n fields @message | limit 5")).toEqual({
      logGroups: ["a", "b"],
      body: "fields @message | limit 5",
    });
    expect(parseLogWidgetQuery("fields x")).toEqual({ logGroups: [], body: "fields x" });
    expect(parseLogWidgetQuery("source '/aws/lambda/it\\'s'")).toEqual({
      logGroups: ["/aws/lambda/it's"],
      body: "",
    });
  });
  it("builds queries that parse back", () => {
    const query = buildLogWidgetQuery(["/aws/lambda/a", "it's"], "stats count(*)");
    expect(query).toBe("SOURCE '/aws/lambda/a' | SOURCE 'it\\'s' | stats count(*)");
    expect(parseLogWidgetQuery(query)).toEqual({
      logGroups: ["/aws/lambda/a", "it's"],
      body: "stats count(*)",
    });
  });
});

describe("dashboardMetadataSchema", () => {
  it("accepts good metadata and rejects bad", () => {
    expect(
      dashboardMetadataSchema.safeParse({
        name: "Payments",
        tags: ["prod", "team-a"],
        folder: "ops/payments",
      }).success,
    ).toBe(true);
    expect(dashboardMetadataSchema.safeParse({ name: "  ", tags: [] }).success).toBe(false);
    expect(dashboardMetadataSchema.safeParse({ name: "x", tags: ["a", "a"] }).success).toBe(false);
    expect(dashboardMetadataSchema.safeParse({ name: "x", tags: [], folder: "a//b" }).success).toBe(false);
    expect(dashboardMetadataSchema.safeParse({ name: "x".repeat(256), tags: [] }).success).toBe(false);
  });
});

describe("upgradeDashboardDocument", () => {
  it("reads the current version from text or objects", () => {
    const document = createEmptyDocument("x");
    expect(upgradeDashboardDocument(JSON.stringify(document))).toEqual({ ok: true, document });
    expect(upgradeDashboardDocument(document)).toEqual({ ok: true, document });
    expect(DASHBOARD_SCHEMA_VERSION).toBe(2);
  });

  it("upgrades version 1 with the account it read then, recorded explicitly, and its prevailing Region", () => {
    const v1 = {
      schemaVersion: 1,
      defaultRange: { type: "relative", duration: "PT3H" },
      defaultRefresh: "off",
      variables: [],
      widgets: ["eu-west-1", "eu-west-1", "us-east-1"].map((region, i) => ({
        type: "line",
        id: `w${i}`,
        position: { x: 0, y: i * 6, w: 6, h: 6 },
        region,
        metrics: [],
      })),
    };
    const upgraded = upgradeDashboardDocument(v1, { context: { accountId: "222222222222" } });
    expect(upgraded).toMatchObject({
      ok: true,
      document: { schemaVersion: 2, defaultAccountId: "222222222222", defaultRegion: "eu-west-1" },
    });
    // With no account registered at upgrade time nothing is invented.
    const bare = upgradeDashboardDocument({ ...v1, widgets: [] });
    expect(bare).toMatchObject({ ok: true, document: { defaultRegion: "us-east-1" } });
    expect(bare.ok && bare.document.defaultAccountId).toBeUndefined();
  });

  it("rejects unreadable, unversioned and future documents", () => {
    expect(upgradeDashboardDocument("{").ok).toBe(false);
    expect(upgradeDashboardDocument([])).toMatchObject({ ok: false });
    expect(upgradeDashboardDocument({ widgets: [] })).toMatchObject({
      ok: false,
      errors: [{ path: "schemaVersion" }],
    });
    expect(upgradeDashboardDocument({ ...createEmptyDocument(), schemaVersion: 9 })).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringContaining("newer") }],
    });
  });

  it("runs migrations one version at a time", () => {
    const calls: number[] = [];
    const result = upgradeDashboardDocument(
      { schemaVersion: 1, name: "old" },
      {
        targetVersion: 3,
        migrations: {
          1: (d) => (calls.push(1), { ...d, title: d.name }),
          2: (d) => (calls.push(2), { ...d, title: `${String(d.title)}!` }),
        },
        validate: (d) => ({ ok: true, document: { ...createEmptyDocument(), title: JSON.stringify(d) } }),
      },
    );
    expect(calls).toEqual([1, 2]);
    expect(result.ok && JSON.parse(result.document.title ?? "")).toEqual({
      schemaVersion: 3,
      name: "old",
      title: "old!",
    });
    expect(
      upgradeDashboardDocument({ schemaVersion: 1 }, { targetVersion: 2, migrations: {} }),
    ).toMatchObject({
      ok: false,
      errors: [{ message: "No migration from schema version 1" }],
    });
  });
});
