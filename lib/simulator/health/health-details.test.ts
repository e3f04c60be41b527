// DescribeEventDetails, DescribeAffectedEntities, DescribeEventTypes and the aggregates through the real
// @aws-sdk/client-health.
import {
  DescribeAffectedEntitiesCommand,
  DescribeEntityAggregatesCommand,
  DescribeEventAggregatesCommand,
  DescribeEventDetailsCommand,
  DescribeEventTypesCommand,
  HealthClient,
  paginateDescribeEvents,
  type Event,
  type EventFilter,
} from "@aws-sdk/client-health";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PRODUCTION_ACCOUNT_ID, SHARED_SERVICES_ACCOUNT_ID } from "@/lib/simulator/accounts";
import { clientConfig, startTestSimulator } from "@/lib/simulator/core/test-support";
import { regionInventory } from "@/lib/simulator/demo/inventory";
import type { Simulator } from "@/lib/simulator/server";
import { demoHealthEvents } from "./demo-events";
import { createHealthService } from "./health-service";
import { isVisibleTo } from "./health-types";
import { errorOf, rawHealthCall } from "./health.test-helper";

const NOW = new Date("2026-06-01T12:00:00.000Z");

let sim: Simulator;
beforeAll(async () => {
  sim = await startTestSimulator({ services: [createHealthService()], now: () => NOW });
});
afterAll(() => sim.close());

function health() {
  return new HealthClient(clientConfig(sim, { fastRetries: true }));
}

async function allEvents(client: HealthClient, filter: EventFilter = {}): Promise<Event[]> {
  const out: Event[] = [];
  for await (const page of paginateDescribeEvents({ client, pageSize: 100 }, { filter })) {
    out.push(...(page.events ?? []));
  }
  return out;
}

const expectedFor = (accountId: string) => demoHealthEvents(NOW).filter((e) => isVisibleTo(e, accountId));

describe("DescribeEventDetails", () => {
  it("returns descriptions and metadata in successfulSet and unknown or foreign ARNs in failedSet", async () => {
    const [retirement] = await allEvents(health(), {
      eventTypeCodes: ["AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED"],
    });
    const [reboot] = expectedFor(SHARED_SERVICES_ACCOUNT_ID).filter(
      (e) => e.eventTypeCode === "AWS_EC2_SYSTEM_REBOOT_MAINTENANCE_SCHEDULED",
    );
    const unknown =
      "arn:aws:health:us-east-1::event/EC2/AWS_EC2_OPERATIONAL_ISSUE/AWS_EC2_OPERATIONAL_ISSUE_NOPE";
    const out = await health().send(
      new DescribeEventDetailsCommand({ eventArns: [retirement?.arn ?? "", unknown, reboot?.arn ?? ""] }),
    );
    expect(out.successfulSet).toHaveLength(1);
    const details = out.successfulSet?.[0];
    expect(details?.event?.arn).toBe(retirement?.arn);
    const worker = regionInventory(PRODUCTION_ACCOUNT_ID, "eu-west-1").ec2.find(
      (vm) => vm.name === "worker-1",
    );
    expect(details?.eventDescription?.latestDescription).toContain(worker?.instanceId ?? "?");
    expect(details?.eventMetadata?.retirement_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(out.failedSet?.map((f) => f.eventArn)).toEqual([unknown, reboot?.arn]);
    expect(out.failedSet?.[0]?.errorName).toBe("ResourceNotFoundException");
    expect(out.failedSet?.[0]?.errorMessage).toContain(unknown);

    const tooMany = await errorOf(
      health().send(
        new DescribeEventDetailsCommand({ eventArns: Array.from({ length: 11 }, () => unknown) }),
      ),
    );
    expect(tooMany.name).toBe("ValidationException");
  });
});

describe("DescribeAffectedEntities", () => {
  it("lists the caller's entities of the given events, filtered by status, value and time", async () => {
    const client = health();
    const [rds] = await allEvents(client, {
      eventTypeCodes: ["AWS_RDS_MAINTENANCE_SCHEDULED"],
      eventStatusCodes: ["upcoming"],
    });
    const [issue] = await allEvents(client, {
      eventTypeCodes: ["AWS_EC2_OPERATIONAL_ISSUE"],
      eventStatusCodes: ["open"],
    });
    const out = await client.send(
      new DescribeAffectedEntitiesCommand({ filter: { eventArns: [rds?.arn ?? "", issue?.arn ?? ""] } }),
    );
    const dbs = regionInventory(PRODUCTION_ACCOUNT_ID, "us-east-1").rds.map((d) => d.identifier);
    expect(out.entities?.filter((e) => e.eventArn === rds?.arn).map((e) => e.entityValue)).toEqual(dbs);
    // Only production's instances of the shared issue, not staging's.
    const issueEntities = out.entities?.filter((e) => e.eventArn === issue?.arn) ?? [];
    expect(issueEntities.map((e) => e.statusCode)).toEqual(["IMPAIRED", "IMPAIRED"]);
    expect(issueEntities.every((e) => e.awsAccountId === PRODUCTION_ACCOUNT_ID)).toBe(true);
    expect(out.entities?.[0]).toMatchObject({
      awsAccountId: PRODUCTION_ACCOUNT_ID,
      statusCode: "PENDING",
      tags: {},
      entityMetadata: {},
    });
    expect(out.entities?.[0]?.entityArn).toMatch(
      /^arn:aws:health:us-east-1:111111111111:entity\/[A-Za-z0-9]{40}$/,
    );
    expect(out.entities?.[0]?.lastUpdatedTime).toBeInstanceOf(Date);

    const impaired = await client.send(
      new DescribeAffectedEntitiesCommand({
        filter: { eventArns: [rds?.arn ?? "", issue?.arn ?? ""], statusCodes: ["IMPAIRED"] },
      }),
    );
    expect(impaired.entities).toHaveLength(2);
    const one = await client.send(
      new DescribeAffectedEntitiesCommand({
        filter: { eventArns: [rds?.arn ?? ""], entityValues: [dbs[1] ?? ""] },
      }),
    );
    expect(one.entities?.map((e) => e.entityValue)).toEqual([dbs[1]]);
    const none = await client.send(
      new DescribeAffectedEntitiesCommand({
        filter: { eventArns: [rds?.arn ?? ""], lastUpdatedTimes: [{ from: NOW }] },
      }),
    );
    expect(none.entities).toEqual([]);
  });

  it("pages entities and rejects a missing event list", async () => {
    const client = health();
    const events = await allEvents(client);
    const eventArns = events.slice(0, 10).map((e) => e.arn ?? "");
    const everything = await client.send(
      new DescribeAffectedEntitiesCommand({ filter: { eventArns }, maxResults: 100 }),
    );
    const count = everything.entities?.length ?? 0;
    expect(count).toBeGreaterThan(10);
    const page1 = await client.send(
      new DescribeAffectedEntitiesCommand({ filter: { eventArns }, maxResults: 10 }),
    );
    const page2 = await client.send(
      new DescribeAffectedEntitiesCommand({
        filter: { eventArns },
        maxResults: 10,
        nextToken: page1.nextToken,
      }),
    );
    expect([...(page1.entities ?? []), ...(page2.entities ?? [])]).toEqual(everything.entities?.slice(0, 20));

    const missing = await rawHealthCall(sim, "DescribeAffectedEntities", { filter: {} });
    expect([missing.status, missing.json.message]).toEqual([
      400,
      "1 validation error detected: Value null at 'filter.eventArns' failed to satisfy constraint: Member must not be null",
    ]);
    const noFilter = await rawHealthCall(sim, "DescribeAffectedEntities", {});
    expect(noFilter.json.message).toBe(
      "1 validation error detected: Value null at 'filter' failed to satisfy constraint: Member must not be null",
    );
  });
});

describe("DescribeEventTypes, DescribeEventAggregates, DescribeEntityAggregates", () => {
  it("lists event types with filters and a default page of 30", async () => {
    const client = health();
    const all = await client.send(new DescribeEventTypesCommand({}));
    expect(all.eventTypes?.length).toBeGreaterThan(10);
    expect(all.eventTypes?.length).toBeLessThanOrEqual(30);
    const ec2 = await client.send(
      new DescribeEventTypesCommand({
        filter: { services: ["EC2"], eventTypeCategories: ["scheduledChange"] },
      }),
    );
    expect(ec2.eventTypes?.map((t) => t.code)).toEqual([
      "AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED",
      "AWS_EC2_INSTANCE_STOP_SCHEDULED",
      "AWS_EC2_SYSTEM_REBOOT_MAINTENANCE_SCHEDULED",
    ]);
    expect(ec2.eventTypes?.[0]).toEqual({
      service: "EC2",
      code: "AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED",
      category: "scheduledChange",
      actionability: "ACTION_REQUIRED",
      personas: ["OPERATIONS"],
    });
    const page1 = await client.send(new DescribeEventTypesCommand({ maxResults: 10 }));
    const page2 = await client.send(
      new DescribeEventTypesCommand({ maxResults: 10, nextToken: page1.nextToken }),
    );
    expect([...(page1.eventTypes ?? []), ...(page2.eventTypes ?? [])]).toEqual(all.eventTypes?.slice(0, 20));
    // Every demo event's type is known to DescribeEventTypes.
    const known = new Set(all.eventTypes?.map((t) => t.code));
    for (const e of demoHealthEvents(NOW)) expect(known.has(e.eventTypeCode)).toBe(true);
  });

  it("counts events per category and entities per event", async () => {
    const client = health();
    const aggregates = await client.send(
      new DescribeEventAggregatesCommand({ aggregateField: "eventTypeCategory" }),
    );
    const expected = new Map<string, number>();
    for (const e of expectedFor(PRODUCTION_ACCOUNT_ID))
      expected.set(e.eventTypeCategory, (expected.get(e.eventTypeCategory) ?? 0) + 1);
    expect(new Map(aggregates.eventAggregates?.map((a) => [a.aggregateValue, a.count]))).toEqual(expected);

    const open = await client.send(
      new DescribeEventAggregatesCommand({
        aggregateField: "eventTypeCategory",
        filter: { eventStatusCodes: ["open"] },
      }),
    );
    expect(open.eventAggregates?.find((a) => a.aggregateValue === "issue")?.count).toBe(1);

    const bad = await rawHealthCall(sim, "DescribeEventAggregates", { aggregateField: "service" });
    expect(bad.json.message).toBe(
      "1 validation error detected: Value 'service' at 'aggregateField' failed to satisfy constraint: Member must satisfy enum value set: [eventTypeCategory]",
    );

    const [issue] = await allEvents(client, {
      eventTypeCodes: ["AWS_EC2_OPERATIONAL_ISSUE"],
      eventStatusCodes: ["open"],
    });
    const entityAggregates = await client.send(
      new DescribeEntityAggregatesCommand({ eventArns: [issue?.arn ?? ""] }),
    );
    expect(entityAggregates.entityAggregates).toEqual([
      { eventArn: issue?.arn, count: 2, statuses: { IMPAIRED: 2 } },
    ]);
  });
});
