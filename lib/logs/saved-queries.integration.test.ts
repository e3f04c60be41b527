import {
  type CloudWatchLogsClient,
  DescribeQueryDefinitionsCommand,
  PutQueryDefinitionCommand,
} from "@aws-sdk/client-cloudwatch-logs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AccountTarget } from "@/lib/aws/account-config";
import { clientsFor } from "@/lib/aws/clients";
import type { AwsRuntime } from "@/lib/aws/runtime";
import { startEmbeddedSimulator, type EmbeddedSimulator } from "@/lib/simulator/embed";
import { withMigratedDatabase } from "@/lib/testing/database";
import { listHistory, recordHistory } from "./history";
import { deleteSavedQuery, listSavedQueries, saveQuery } from "./saved-queries";

// Saved queries against a real PostgreSQL and the simulator's query definitions, through the real SDK.

withMigratedDatabase();

let simulator: EmbeddedSimulator;
let runtime: AwsRuntime;
let account: AccountTarget;
const REGION = "eu-west-1";

beforeAll(async () => {
  simulator = await startEmbeddedSimulator({ host: "127.0.0.1", port: 0 });
  runtime = { mode: "simulator", endpoint: simulator.url, baseCredentials: simulator.baseCredentials };
  const first = simulator.accounts.find((a) => a.accountId === "222222222222") ?? simulator.accounts[0];
  if (!first) throw new Error("no demo account");
  account = { ...first, id: "acct-test" };
});
afterAll(async () => {
  await simulator.close();
});

function logs(): CloudWatchLogsClient {
  return clientsFor(account, REGION, runtime).logs;
}

describe("saved queries", () => {
  it("are written whole to CloudWatch, pulled back when changed there, and deleted in both", async () => {
    const saved = await saveQuery(
      account,
      {
        name: "ops/errors",
        query: "filter @message like /ERROR/",
        accountId: account.accountId,
        region: REGION,
        logGroups: ["/aws/lambda/shop-checkout"],
      },
      undefined,
      null,
      runtime,
    );
    expect(saved.queryDefinitionId).toBeTruthy();
    // Renaming keeps the groups: every field is written, so PutQueryDefinition does not clear them.
    await saveQuery(
      account,
      {
        name: "ops/errors-renamed",
        query: saved.query,
        accountId: account.accountId,
        region: REGION,
        logGroups: saved.logGroups,
      },
      saved.id,
      null,
      runtime,
    );
    const remote = await logs().send(new DescribeQueryDefinitionsCommand({}));
    const def = remote.queryDefinitions?.find((d) => d.queryDefinitionId === saved.queryDefinitionId);
    expect(def?.name).toBe("ops/errors-renamed");
    expect(def?.logGroupNames).toEqual(["/aws/lambda/shop-checkout"]);

    // Created and changed in the console: both show up in Watchwall.
    await logs().send(
      new PutQueryDefinitionCommand({ name: "console/made-there", queryString: "stats count(*) by bin(1h)" }),
    );
    await logs().send(
      new PutQueryDefinitionCommand({
        queryDefinitionId: saved.queryDefinitionId,
        name: "ops/changed-in-console",
        queryString: saved.query,
        logGroupNames: ["/aws/lambda/shop-checkout"],
      }),
    );
    const listed = await listSavedQueries([{ account, region: REGION }], runtime);
    expect(listed.syncErrors).toEqual([]);
    const names = listed.queries.filter((q) => q.origin !== "sample").map((q) => q.name);
    expect(names).toEqual(expect.arrayContaining(["console/made-there", "ops/changed-in-console"]));
    expect(names).not.toContain("ops/errors-renamed");
    expect(listed.queries.some((q) => q.origin === "sample")).toBe(true);

    await deleteSavedQuery(async () => account, saved.id, runtime);
    const after = await logs().send(new DescribeQueryDefinitionsCommand({}));
    expect(after.queryDefinitions?.some((d) => d.queryDefinitionId === saved.queryDefinitionId)).toBe(false);
  });
});

describe("history", () => {
  it("keeps each owner's runs with their cost", async () => {
    const base = {
      query: "stats count(*)",
      groups: [{ accountId: account.accountId, region: REGION, name: "/a" }],
      mode: "groups" as const,
      rangeStart: 0,
      rangeEnd: 60_000,
      status: "complete",
      recordsMatched: 10,
      recordsScanned: 10,
      bytesScanned: 2e9,
      reused: false,
    };
    await recordHistory({ ...base, ownerId: "alice", costUsd: 0.01 });
    await recordHistory({ ...base, ownerId: "alice", costUsd: 0.005 });
    await recordHistory({ ...base, ownerId: "bob", costUsd: 1 });
    const alice = await listHistory("alice");
    expect(alice.entries).toHaveLength(2);
    expect(alice.totalCostUsd).toBeCloseTo(0.015);
  });
});
