// DescribeEvents (filters, order, paging, validation, routing) through the real @aws-sdk/client-health.
import {
  DescribeAffectedEntitiesCommand,
  DescribeEventsCommand,
  HealthClient,
  paginateDescribeEvents,
  type Event,
  type EventFilter,
} from "@aws-sdk/client-health";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PRODUCTION_ACCOUNT_ID, SHARED_SERVICES_ACCOUNT_ID } from "@/lib/simulator/accounts";
import { clientConfig, startTestSimulator, type ClientOptions } from "@/lib/simulator/core/test-support";
import { regionInventory } from "@/lib/simulator/demo/inventory";
import type { Simulator } from "@/lib/simulator/server";
import { demoHealthEvents } from "./demo-events";
import { createHealthService } from "./health-service";
import { isVisibleTo } from "./health-types";
import { errorOf, rawHealthCall, SHARED_KEY } from "./health.test-helper";

const NOW = new Date("2026-06-01T12:00:00.000Z");

let sim: Simulator;
let clock = NOW;
const seenRegions: string[] = [];

beforeAll(async () => {
  const service = createHealthService();
  const describe = service.operations.DescribeEvents;
  // Records the signing Region each request arrived with, then answers normally.
  service.operations.DescribeEvents = (input, ctx) => {
    seenRegions.push(ctx.region);
    return describe?.(input, ctx);
  };
  sim = await startTestSimulator({ services: [service], now: () => clock });
});
afterAll(() => sim.close());
beforeEach(() => {
  clock = NOW;
  seenRegions.length = 0;
});

function health(options: ClientOptions = {}) {
  return new HealthClient(clientConfig(sim, { fastRetries: true, ...options }));
}

async function allEvents(client: HealthClient, filter: EventFilter = {}): Promise<Event[]> {
  const out: Event[] = [];
  for await (const page of paginateDescribeEvents({ client, pageSize: 100 }, { filter })) {
    out.push(...(page.events ?? []));
  }
  return out;
}

const expectedFor = (accountId: string) => demoHealthEvents(NOW).filter((e) => isVisibleTo(e, accountId));

describe("DescribeEvents", () => {
  it("returns the account's public and own events, newest update first, with every Event member", async () => {
    const events = await allEvents(health());
    const expected = expectedFor(PRODUCTION_ACCOUNT_ID);
    expect(events.map((e) => e.arn)).toEqual(expected.map((e) => e.arn));
    const times = events.map((e) => e.lastUpdatedTime?.getTime() ?? 0);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const issue = events.find(
      (e) => e.eventTypeCode === "AWS_EC2_OPERATIONAL_ISSUE" && e.statusCode === "open",
    );
    expect(issue).toMatchObject({
      service: "EC2",
      eventTypeCategory: "issue",
      region: "eu-west-1",
      availabilityZone: "eu-west-1b",
      eventScopeCode: "ACCOUNT_SPECIFIC",
      actionability: "ACTION_MAY_BE_REQUIRED",
      personas: ["OPERATIONS"],
    });
    expect(issue?.arn).toMatch(
      /^arn:aws:health:eu-west-1::event\/EC2\/AWS_EC2_OPERATIONAL_ISSUE\/AWS_EC2_OPERATIONAL_ISSUE_[A-Z]{5}_[0-9A-F]{8}$/,
    );
    expect(issue?.startTime).toBeInstanceOf(Date);
    expect(issue?.endTime).toBeUndefined();
    // Shared services sees the public events but not production's own.
    const shared = await allEvents(health({ accessKeyId: SHARED_KEY }));
    expect(shared.map((e) => e.arn)).toEqual(expectedFor(SHARED_SERVICES_ACCOUNT_ID).map((e) => e.arn));
    expect(shared.some((e) => e.arn === issue?.arn)).toBe(false);
  });

  it("combines filter fields with AND and list members with OR", async () => {
    const client = health();
    const byStatus = await allEvents(client, { eventStatusCodes: ["open", "upcoming"] });
    expect(byStatus.length).toBeGreaterThan(0);
    expect(byStatus.every((e) => e.statusCode === "open" || e.statusCode === "upcoming")).toBe(true);
    expect(byStatus).toHaveLength(
      expectedFor(PRODUCTION_ACCOUNT_ID).filter((e) => e.statusCode !== "closed").length,
    );

    const both = await allEvents(client, { eventStatusCodes: ["open", "upcoming"], services: ["RDS"] });
    expect(both.length).toBeGreaterThan(0);
    expect(both.every((e) => e.service === "RDS" && e.statusCode !== "closed")).toBe(true);

    const regions = await allEvents(client, { regions: ["ap-northeast-1", "eu-west-1"] });
    expect(new Set(regions.map((e) => e.region))).toEqual(new Set(["ap-northeast-1", "eu-west-1"]));

    const categories = await allEvents(client, { eventTypeCategories: ["scheduledChange"] });
    expect(categories.every((e) => e.eventTypeCategory === "scheduledChange")).toBe(true);
    expect(categories.map((e) => e.eventTypeCode)).toContain("AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED");

    const codes = await allEvents(client, { eventTypeCodes: ["AWS_RDS_MAINTENANCE_SCHEDULED"] });
    expect(codes.map((e) => e.statusCode).sort()).toEqual(["closed", "upcoming"]);

    const az = await allEvents(client, { availabilityZones: ["eu-west-1a"] });
    expect(az.map((e) => e.eventTypeCode)).toEqual(["AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED"]);

    const actionable = await allEvents(client, {
      actionabilities: ["ACTION_REQUIRED"],
      personas: ["SECURITY"],
    });
    expect(actionable.map((e) => e.eventTypeCode).sort()).toEqual([
      "AWS_LAMBDA_PLANNED_LIFECYCLE_EVENT",
      "AWS_RDS_OPERATIONAL_NOTIFICATION",
    ]);

    const arns = byStatus.slice(0, 2).map((e) => e.arn ?? "");
    expect((await allEvents(client, { eventArns: arns })).map((e) => e.arn)).toEqual(arns);
    expect(await allEvents(client, { services: ["RDS"], regions: ["ap-northeast-1"] })).toEqual([]);
  });

  it("filters by affected entity values and ARNs of the caller's own resources", async () => {
    const client = health();
    const retiring = regionInventory(PRODUCTION_ACCOUNT_ID, "eu-west-1").ec2.find(
      (vm) => vm.name === "worker-1",
    );
    const byValue = await allEvents(client, { entityValues: [retiring?.instanceId ?? "?"] });
    expect(byValue.map((e) => e.eventTypeCode).sort()).toEqual([
      "AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED",
      "AWS_EC2_OPERATIONAL_ISSUE",
      "AWS_EC2_OPERATIONAL_ISSUE",
    ]);
    const details = await client.send(
      new DescribeAffectedEntitiesCommand({ filter: { eventArns: [byValue[0]?.arn ?? ""] } }),
    );
    const entityArn = details.entities?.[0]?.entityArn ?? "";
    const byArn = await allEvents(client, { entityArns: [entityArn] });
    expect(byArn.map((e) => e.arn)).toEqual([byValue[0]?.arn]);
    // Another account's resources never match.
    const staging = regionInventory("222222222222", "eu-west-1").rds[0]?.identifier ?? "?";
    expect(await allEvents(client, { entityValues: [staging] })).toEqual([]);
  });

  it("applies inclusive DateTimeRange bounds, open ends, and OR across ranges", async () => {
    const client = health();
    const all = expectedFor(PRODUCTION_ACCOUNT_ID);
    const newest = all[0];
    if (!newest) throw new Error("no events");
    const exact = await allEvents(client, {
      lastUpdatedTimes: [{ from: newest.lastUpdatedTime, to: newest.lastUpdatedTime }],
    });
    expect(exact.map((e) => e.arn)).toEqual([newest.arn]);

    const future = await allEvents(client, { startTimes: [{ from: NOW }] });
    expect(future.length).toBe(all.filter((e) => e.startTime >= NOW).length);
    expect(future.every((e) => e.statusCode === "upcoming")).toBe(true);

    const past = await allEvents(client, { endTimes: [{ to: NOW }] });
    expect(past.every((e) => e.statusCode === "closed")).toBe(true);
    expect(past.length).toBe(all.filter((e) => e.endTime && e.endTime <= NOW).length);

    const tenDays = 10 * 86_400_000;
    const either = await allEvents(client, {
      startTimes: [{ from: NOW }, { to: new Date(NOW.getTime() - 30 * 86_400_000) }],
      lastUpdatedTimes: [{ from: new Date(NOW.getTime() - tenDays) }],
    });
    expect(either.map((e) => e.arn)).toEqual(
      all
        .filter((e) => e.startTime >= NOW || e.startTime.getTime() <= NOW.getTime() - 30 * 86_400_000)
        .filter((e) => e.lastUpdatedTime.getTime() >= NOW.getTime() - tenDays)
        .map((e) => e.arn),
    );
  });

  it("pages with maxResults and nextToken, defaulting to 10 per page", async () => {
    const client = health();
    const total = expectedFor(PRODUCTION_ACCOUNT_ID).length;
    expect(total).toBeGreaterThan(10);
    const first = await client.send(new DescribeEventsCommand({}));
    expect(first.events).toHaveLength(10);
    expect(first.nextToken).toMatch(/^[a-zA-Z0-9=/+_.-]{4,}$/);
    const second = await client.send(new DescribeEventsCommand({ nextToken: first.nextToken }));
    expect(second.events).toHaveLength(total - 10);
    expect(second.nextToken).toBeUndefined();
    expect([...(first.events ?? []), ...(second.events ?? [])].map((e) => e.arn)).toEqual(
      expectedFor(PRODUCTION_ACCOUNT_ID).map((e) => e.arn),
    );
    const big = await client.send(new DescribeEventsCommand({ maxResults: 100 }));
    expect(big.events).toHaveLength(total);
    expect(big.nextToken).toBeUndefined();
  });

  it("rejects foreign, tampered and cross-filter tokens with InvalidPaginationToken", async () => {
    const client = health();
    const first = await client.send(new DescribeEventsCommand({}));
    const withOtherFilter = await errorOf(
      client.send(new DescribeEventsCommand({ nextToken: first.nextToken, filter: { services: ["EC2"] } })),
    );
    expect([withOtherFilter.name, withOtherFilter.$metadata.httpStatusCode]).toEqual([
      "InvalidPaginationToken",
      400,
    ]);
    for (const nextToken of ["abcd", "bm90LWpzb24", `${first.nextToken ?? ""}x`]) {
      const err = await errorOf(client.send(new DescribeEventsCommand({ nextToken })));
      expect(err.name).toBe("InvalidPaginationToken");
    }
    const otherAccount = await errorOf(
      health({ accessKeyId: SHARED_KEY }).send(new DescribeEventsCommand({ nextToken: first.nextToken })),
    );
    expect(otherAccount.name).toBe("InvalidPaginationToken");
  });

  it("validates maxResults, list sizes, enum values and the locale like the AWS front end", async () => {
    const client = health();
    const small = await errorOf(client.send(new DescribeEventsCommand({ maxResults: 5 })));
    expect([small.name, small.message]).toEqual([
      "ValidationException",
      "1 validation error detected: Value '5' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 10",
    ]);
    const three = await rawHealthCall(sim, "DescribeEvents", {
      maxResults: 101,
      filter: { eventStatusCodes: ["open", "bogus"], regions: [] },
    });
    expect(three.status).toBe(400);
    expect(three.json.__type).toBe("com.amazon.coral.validate#ValidationException");
    expect(three.json.message).toBe(
      "3 validation errors detected: " +
        "Value '[]' at 'filter.regions' failed to satisfy constraint: Member must have length greater than or equal to 1; " +
        "Value '[open, bogus]' at 'filter.eventStatusCodes' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [open, closed, upcoming]]; " +
        "Value '101' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100",
    );
    const locale = await errorOf(client.send(new DescribeEventsCommand({ locale: "de" })));
    expect([locale.name, locale.$metadata.httpStatusCode]).toEqual(["UnsupportedLocale", 400]);
    const ok = await client.send(new DescribeEventsCommand({ locale: "en" }));
    expect(ok.events?.length).toBe(10);
  });

  it("is reachable the way the SDK signs Health: us-east-1, us-east-2 and aws-global", async () => {
    for (const region of ["us-east-1", "us-east-2", "aws-global"]) {
      const out = await health({ region }).send(new DescribeEventsCommand({ maxResults: 10 }));
      expect(out.events).toHaveLength(10);
    }
    expect(seenRegions).toEqual(["us-east-1", "us-east-2", "aws-global"]);
  });

  it("places events relative to the simulator clock", async () => {
    clock = new Date("2026-09-15T03:00:00.000Z");
    const open = await allEvents(health(), {
      eventStatusCodes: ["open"],
      services: ["EC2"],
      regions: ["eu-west-1"],
    });
    expect(open).toHaveLength(1);
    const start = open[0]?.startTime?.getTime() ?? 0;
    expect(start).toBeLessThanOrEqual(clock.getTime());
    expect(start).toBeGreaterThan(clock.getTime() - 12 * 3_600_000);
  });
});
