import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  DeleteLogGroupCommand,
  DescribeLogGroupsCommand,
  type DescribeLogGroupsCommandInput,
} from "@aws-sdk/client-cloudwatch-logs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STAGING_ACCOUNT_ID } from "@/lib/simulator/accounts";
import { clientConfig, type ClientOptions } from "@/lib/simulator/core/test-support";
import { errorOf, startLogsTestBed, TEST_NOW, type LogsTestBed } from "./test-support";

let bed: LogsTestBed;
const logs = (o: ClientOptions = {}) =>
  new CloudWatchLogsClient(clientConfig(bed.sim, { fastRetries: true, ...o }));

beforeAll(async () => {
  bed = await startLogsTestBed();
});
afterAll(() => bed.sim.close());

async function allGroups(input: DescribeLogGroupsCommandInput, o: ClientOptions = {}) {
  const names: string[] = [];
  let nextToken: string | undefined;
  let calls = 0;
  do {
    const out = await logs(o).send(new DescribeLogGroupsCommand({ ...input, nextToken }));
    names.push(...(out.logGroups ?? []).map((g) => g.logGroupName ?? ""));
    nextToken = out.nextToken;
    calls++;
  } while (nextToken && calls < 50);
  return { names, calls };
}

describe("DescribeLogGroups over the demo world", () => {
  it("lists the demo groups of the account and Region, sorted by name, with AWS's entry shape", async () => {
    const out = await logs().send(new DescribeLogGroupsCommand({}));
    const names = (out.logGroups ?? []).map((g) => g.logGroupName ?? "");
    expect(names).toContain("/aws/lambda/shop-checkout");
    expect(names).toContain("/watchwall/alb/prod-web-alb/access-logs");
    expect(names.some((n) => n.startsWith("/aws/vpc/flow-logs/vpc-0"))).toBe(true);
    expect(names.some((n) => n.startsWith("aws-cloudtrail-logs-111111111111-"))).toBe(true);
    expect([...names].sort()).toEqual(names);
    const checkout = out.logGroups?.find((g) => g.logGroupName === "/aws/lambda/shop-checkout");
    expect(checkout).toEqual({
      logGroupName: "/aws/lambda/shop-checkout",
      creationTime: Date.UTC(2025, 0, 1),
      retentionInDays: 30,
      metricFilterCount: 0,
      arn: "arn:aws:logs:us-east-1:111111111111:log-group:/aws/lambda/shop-checkout:*",
      storedBytes: expect.any(Number),
      logGroupClass: "STANDARD",
      logGroupArn: "arn:aws:logs:us-east-1:111111111111:log-group:/aws/lambda/shop-checkout",
      deletionProtectionEnabled: false,
    });
    expect(checkout?.storedBytes).toBeGreaterThan(1_000_000);
  });

  it("differs per account and Region (staging has its own, smaller shop; eu-west-1 its own ALB)", async () => {
    const staging = await allGroups({}, { accessKeyId: "AKIASTAGEDEMO0000002" });
    expect(staging.names).toContain("/watchwall/alb/stg-web-alb/access-logs");
    expect(staging.names.some((n) => n.includes(`aws-cloudtrail-logs-${STAGING_ACCOUNT_ID}`))).toBe(true);
    const eu = await logs({ region: "eu-west-1" }).send(new DescribeLogGroupsCommand({}));
    expect(eu.logGroups?.[0]?.arn).toContain(":eu-west-1:111111111111:");
  });

  it("filters by prefix, pages with limit and nextToken", async () => {
    const first = await logs().send(
      new DescribeLogGroupsCommand({ logGroupNamePrefix: "/aws/lambda/", limit: 2 }),
    );
    expect(first.logGroups?.map((g) => g.logGroupName)).toEqual([
      "/aws/lambda/image-resizer",
      "/aws/lambda/nightly-report",
    ]);
    expect(first.nextToken).toBeDefined();
    const all = await allGroups({ logGroupNamePrefix: "/aws/lambda/", limit: 2 });
    expect(all.names).toEqual([
      "/aws/lambda/image-resizer",
      "/aws/lambda/nightly-report",
      "/aws/lambda/order-events-consumer",
      "/aws/lambda/shop-cart-api",
      "/aws/lambda/shop-checkout",
    ]);
    expect(all.calls).toBe(3);
  });

  it("pattern: case-sensitive substring, reduced entries, and a nextToken even when everything fitted", async () => {
    const out = await logs().send(new DescribeLogGroupsCommand({ logGroupNamePattern: "checkout" }));
    expect(out.logGroups?.map((g) => g.logGroupName)).toEqual(["/aws/lambda/shop-checkout"]);
    expect(out.logGroups?.[0]).not.toHaveProperty("storedBytes");
    expect(out.logGroups?.[0]).not.toHaveProperty("deletionProtectionEnabled");
    expect(out.nextToken).toBeDefined();
    const next = await logs().send(
      new DescribeLogGroupsCommand({ logGroupNamePattern: "checkout", nextToken: out.nextToken }),
    );
    expect(next.logGroups).toEqual([]);
    expect(next.nextToken).toBeUndefined();
    const upper = await logs().send(new DescribeLogGroupsCommand({ logGroupNamePattern: "CHECKOUT" }));
    expect(upper.logGroups).toEqual([]);
  });

  it("rejects prefix together with pattern, a foreign nextToken and an out-of-range limit", async () => {
    const both = await errorOf(
      logs().send(new DescribeLogGroupsCommand({ logGroupNamePrefix: "/a", logGroupNamePattern: "b" })),
    );
    expect(both.name).toBe("InvalidParameterException");
    expect(both.message).toBe(
      "LogGroup name prefix and LogGroup name pattern are mutually exclusive parameters.",
    );
    expect(both.$metadata.httpStatusCode).toBe(400);
    const first = await logs().send(new DescribeLogGroupsCommand({ limit: 1 }));
    const foreign = await errorOf(
      logs().send(new DescribeLogGroupsCommand({ logGroupNamePrefix: "/aws", nextToken: first.nextToken })),
    );
    expect(foreign.message).toBe("The specified nextToken is invalid.");
    const limit = await errorOf(logs().send(new DescribeLogGroupsCommand({ limit: 51 })));
    expect(limit.message).toBe(
      "1 validation error detected: Value '51' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 50",
    );
  });

  it("selects by identifiers (names or ARNs) and includes linked source accounts for the monitoring account", async () => {
    const out = await logs().send(
      new DescribeLogGroupsCommand({
        logGroupIdentifiers: [
          "/aws/lambda/shop-cart-api",
          "arn:aws:logs:us-east-1:111111111111:log-group:/aws/lambda/shop-checkout",
        ],
      }),
    );
    expect(out.logGroups?.map((g) => g.logGroupName)).toEqual([
      "/aws/lambda/shop-cart-api",
      "/aws/lambda/shop-checkout",
    ]);
    const linked = await allGroups({ includeLinkedAccounts: true, accountIdentifiers: [STAGING_ACCOUNT_ID] });
    const own = await allGroups({});
    expect(linked.names.length).toBeGreaterThan(own.names.length);
    expect(linked.names).toContain("/watchwall/alb/stg-web-alb/access-logs");
  });
});

describe("CreateLogGroup / DeleteLogGroup", () => {
  it("creates a group that is listed with its creation time, then deletes it", async () => {
    await logs().send(new CreateLogGroupCommand({ logGroupName: "/test/created", tags: { team: "obs" } }));
    const out = await logs().send(new DescribeLogGroupsCommand({ logGroupNamePrefix: "/test/created" }));
    expect(out.logGroups).toEqual([
      {
        logGroupName: "/test/created",
        creationTime: TEST_NOW,
        metricFilterCount: 0,
        arn: "arn:aws:logs:us-east-1:111111111111:log-group:/test/created:*",
        storedBytes: 0,
        logGroupClass: "STANDARD",
        logGroupArn: "arn:aws:logs:us-east-1:111111111111:log-group:/test/created",
        deletionProtectionEnabled: false,
      },
    ]);
    const dup = await errorOf(logs().send(new CreateLogGroupCommand({ logGroupName: "/test/created" })));
    expect(dup.name).toBe("ResourceAlreadyExistsException");
    expect(dup.message).toBe("The specified log group already exists");
    await logs().send(new DeleteLogGroupCommand({ logGroupName: "/test/created" }));
    const gone = await logs().send(new DescribeLogGroupsCommand({ logGroupNamePrefix: "/test/created" }));
    expect(gone.logGroups).toEqual([]);
    const again = await errorOf(logs().send(new DeleteLogGroupCommand({ logGroupName: "/test/created" })));
    expect(again.name).toBe("ResourceNotFoundException");
    expect(again.message).toBe("The specified log group does not exist.");
  });

  it("validates names and honours deletion protection and the class filter", async () => {
    const long = await errorOf(
      logs().send(new CreateLogGroupCommand({ logGroupName: `/x${"a".repeat(511)}` })),
    );
    expect(long.message).toBe(
      "Invalid LogGroup or LogStream, both must have length less than or equal to 512.",
    );
    const bad = await errorOf(logs().send(new CreateLogGroupCommand({ logGroupName: "has space" })));
    expect(bad.name).toBe("InvalidParameterException");
    await logs().send(
      new CreateLogGroupCommand({
        logGroupName: "/test/ia",
        logGroupClass: "INFREQUENT_ACCESS",
        deletionProtectionEnabled: true,
      }),
    );
    const ia = await logs().send(new DescribeLogGroupsCommand({ logGroupClass: "INFREQUENT_ACCESS" }));
    expect(ia.logGroups?.map((g) => g.logGroupName)).toEqual(["/test/ia"]);
    const protectedErr = await errorOf(logs().send(new DeleteLogGroupCommand({ logGroupName: "/test/ia" })));
    expect(protectedErr.name).toBe("ValidationException");
  });

  it("lets a demo group be deleted and re-created empty", async () => {
    const name = "/aws/lambda/image-resizer";
    await logs({ region: "ap-northeast-1" }).send(new DeleteLogGroupCommand({ logGroupName: name }));
    const after = await logs({ region: "ap-northeast-1" }).send(
      new DescribeLogGroupsCommand({ logGroupNamePrefix: name }),
    );
    expect(after.logGroups).toEqual([]);
    await logs({ region: "ap-northeast-1" }).send(new CreateLogGroupCommand({ logGroupName: name }));
    const recreated = await logs({ region: "ap-northeast-1" }).send(
      new DescribeLogGroupsCommand({ logGroupNamePrefix: name }),
    );
    expect(recreated.logGroups?.[0]?.storedBytes).toBe(0);
  });
});
