// Support-plan switch and the organizational-view operations through the real @aws-sdk/client-health.
import {
  DescribeAffectedAccountsForOrganizationCommand,
  DescribeAffectedEntitiesForOrganizationCommand,
  DescribeEntityAggregatesForOrganizationCommand,
  DescribeEventDetailsForOrganizationCommand,
  DescribeEventsCommand,
  DescribeEventsForOrganizationCommand,
  DescribeEventTypesCommand,
  DescribeHealthServiceStatusForOrganizationCommand,
  DisableHealthServiceAccessForOrganizationCommand,
  EnableHealthServiceAccessForOrganizationCommand,
  HealthClient,
  paginateDescribeEventsForOrganization,
  type OrganizationEvent,
  type OrganizationEventFilter,
} from "@aws-sdk/client-health";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { PRODUCTION_ACCOUNT_ID, STAGING_ACCOUNT_ID } from "@/lib/simulator/accounts";
import { clientConfig, startTestSimulator, type ClientOptions } from "@/lib/simulator/core/test-support";
import type { RequestContext } from "@/lib/simulator/core/types";
import type { Simulator } from "@/lib/simulator/server";
import { demoHealthEvents } from "./demo-events";
import { createHealthService } from "./health-service";
import { resetHealthSubscriptions, setHealthSubscription } from "./health-state";
import { errorOf, rawHealthCall, SHARED_KEY, STAGING_KEY } from "./health.test-helper";
import { ACCOUNT_EVENT_WITHOUT_ACCOUNT, PUBLIC_EVENT_WITH_ACCOUNT } from "./organization-operations";

const NOW = new Date("2026-06-01T12:00:00.000Z");
const EVENTS = demoHealthEvents(NOW);

let sim: Simulator;
beforeAll(async () => {
  sim = await startTestSimulator({ services: [createHealthService()], now: () => NOW });
});
afterAll(() => sim.close());
afterEach(() => resetHealthSubscriptions());

const health = (options: ClientOptions = {}) =>
  new HealthClient(clientConfig(sim, { fastRetries: true, ...options }));
const management = () => health({ accessKeyId: SHARED_KEY });

function find(code: string, status?: string) {
  const event = EVENTS.find((e) => e.eventTypeCode === code && (!status || e.statusCode === status));
  if (!event) throw new Error(`no demo event ${code}`);
  return event;
}

async function orgEvents(filter: OrganizationEventFilter = {}): Promise<OrganizationEvent[]> {
  const out: OrganizationEvent[] = [];
  for await (const page of paginateDescribeEventsForOrganization({ client: management() }, { filter })) {
    out.push(...(page.events ?? []));
  }
  return out;
}

describe("support plan", () => {
  it("answers SubscriptionRequiredException (400, empty message) to staging on every operation", async () => {
    const client = health({ accessKeyId: STAGING_KEY });
    const calls = [
      () => client.send(new DescribeEventsCommand({})),
      () => client.send(new DescribeEventTypesCommand({})),
      () => client.send(new DescribeEventsForOrganizationCommand({})),
      () => client.send(new DescribeHealthServiceStatusForOrganizationCommand({})),
    ];
    for (const call of calls) {
      const err = await errorOf(call());
      expect([err.name, err.message, err.$metadata.httpStatusCode, err.$metadata.attempts]).toEqual([
        "SubscriptionRequiredException",
        "UnknownError",
        400,
        1,
      ]);
    }
    const wire = await rawHealthCall(sim, "DescribeEvents", {}, STAGING_KEY);
    expect(wire).toEqual({ status: 400, json: { __type: "SubscriptionRequiredException", message: "" } });
  });

  it("can be switched per account at run time", async () => {
    setHealthSubscription(STAGING_ACCOUNT_ID, true);
    const staging = await health({ accessKeyId: STAGING_KEY }).send(
      new DescribeEventsCommand({ maxResults: 100 }),
    );
    expect(staging.events?.some((e) => e.arn === find("AWS_RDS_MAINTENANCE_SCHEDULED", "upcoming").arn)).toBe(
      false,
    );
    expect(staging.events?.length).toBeGreaterThan(0);

    setHealthSubscription(PRODUCTION_ACCOUNT_ID, false);
    const err = await errorOf(health().send(new DescribeEventsCommand({})));
    expect(err.name).toBe("SubscriptionRequiredException");
    resetHealthSubscriptions();
    expect((await health().send(new DescribeEventsCommand({}))).events).toHaveLength(10);
  });

  it("takes per-account defaults from the service configuration", () => {
    const service = createHealthService({
      subscriptions: { [STAGING_ACCOUNT_ID]: true, [PRODUCTION_ACCOUNT_ID]: false },
      now: () => NOW,
    });
    const ctx = (accountId: string): RequestContext => ({
      accountId,
      region: "us-east-1",
      accessKeyId: "test",
      protocol: "json",
      requestId: "r",
      now: NOW,
    });
    const describe = service.operations.DescribeEvents;
    expect(describe?.({}, ctx(STAGING_ACCOUNT_ID))).toMatchObject({ events: expect.any(Array) });
    expect(() => describe?.({}, ctx(PRODUCTION_ACCOUNT_ID))).toThrow(
      expect.objectContaining({ code: "SubscriptionRequiredException" }),
    );
    // The run-time switch still wins over the configuration.
    setHealthSubscription(PRODUCTION_ACCOUNT_ID, true);
    expect(describe?.({}, ctx(PRODUCTION_ACCOUNT_ID))).toMatchObject({ events: expect.any(Array) });
  });
});

describe("organizational view", () => {
  it("refuses member accounts with AccessDeniedException", async () => {
    const client = health();
    const eventArn = EVENTS[0]?.arn;
    const calls = [
      () => client.send(new DescribeEventsForOrganizationCommand({})),
      () => client.send(new DescribeAffectedAccountsForOrganizationCommand({ eventArn })),
      () =>
        client.send(
          new DescribeEventDetailsForOrganizationCommand({ organizationEventDetailFilters: [{ eventArn }] }),
        ),
      () =>
        client.send(
          new DescribeAffectedEntitiesForOrganizationCommand({
            organizationEntityAccountFilters: [{ eventArn }],
          }),
        ),
      () => client.send(new DescribeHealthServiceStatusForOrganizationCommand({})),
      () => client.send(new EnableHealthServiceAccessForOrganizationCommand({})),
      () => client.send(new DisableHealthServiceAccessForOrganizationCommand({})),
    ];
    for (const call of calls) {
      const err = await errorOf(call());
      expect([err.name, err.$metadata.httpStatusCode]).toEqual(["AccessDeniedException", 400]);
      expect(err.message).toContain("111111111111 is not the management account");
    }
  });

  it("lists every account's events once, with OrganizationEvent members and account filters", async () => {
    const all = await orgEvents();
    expect(all.map((e) => e.arn)).toEqual(EVENTS.map((e) => e.arn));
    const issue = all.find((e) => e.arn === find("AWS_EC2_OPERATIONAL_ISSUE", "open").arn);
    expect(issue).toMatchObject({
      eventScopeCode: "ACCOUNT_SPECIFIC",
      region: "eu-west-1",
      statusCode: "open",
    });
    expect(issue && "availabilityZone" in issue).toBe(false);

    const staging = await orgEvents({ awsAccountIds: [STAGING_ACCOUNT_ID] });
    expect(staging.map((e) => e.arn)).toEqual(
      EVENTS.filter((e) => e.accounts.includes(STAGING_ACCOUNT_ID)).map((e) => e.arn),
    );
    expect(staging.every((e) => e.eventScopeCode === "ACCOUNT_SPECIFIC")).toBe(true);

    const upcoming = await orgEvents({ startTime: { from: NOW }, services: ["RDS", "EC2"] });
    expect(upcoming.length).toBeGreaterThan(0);
    expect(
      upcoming.every((e) => e.statusCode === "upcoming" && (e.service === "RDS" || e.service === "EC2")),
    ).toBe(true);

    const one = await management().send(new DescribeEventsForOrganizationCommand({ maxResults: 1 }));
    expect(one.events).toHaveLength(1);
    const next = await management().send(
      new DescribeEventsForOrganizationCommand({ maxResults: 1, nextToken: one.nextToken }),
    );
    expect(next.events?.[0]?.arn).toBe(EVENTS[1]?.arn);
    const badToken = await errorOf(
      management().send(new DescribeEventsCommand({ nextToken: one.nextToken })),
    );
    expect(badToken.name).toBe("InvalidPaginationToken");
  });

  it("names affected accounts, or none for public and unknown events", async () => {
    const client = management();
    const issue = await client.send(
      new DescribeAffectedAccountsForOrganizationCommand({
        eventArn: find("AWS_EC2_OPERATIONAL_ISSUE", "open").arn,
      }),
    );
    expect(issue).toMatchObject({
      affectedAccounts: [PRODUCTION_ACCOUNT_ID, STAGING_ACCOUNT_ID],
      eventScopeCode: "ACCOUNT_SPECIFIC",
    });
    const notice = await client.send(
      new DescribeAffectedAccountsForOrganizationCommand({
        eventArn: find("AWS_EC2_OPERATIONAL_NOTIFICATION").arn,
      }),
    );
    expect(notice).toMatchObject({ affectedAccounts: [], eventScopeCode: "PUBLIC" });
    const unknown = await client.send(
      new DescribeAffectedAccountsForOrganizationCommand({
        eventArn: "arn:aws:health:us-east-1::event/EC2/AWS_EC2_OPERATIONAL_ISSUE/AWS_EC2_OPERATIONAL_ISSUE_X",
      }),
    );
    expect(unknown).toMatchObject({ affectedAccounts: [], eventScopeCode: "NONE" });
  });

  it("returns details per account and explains mismatched account / scope combinations", async () => {
    const issue = find("AWS_EC2_OPERATIONAL_ISSUE", "open");
    const notice = find("AWS_EC2_OPERATIONAL_NOTIFICATION");
    const out = await management().send(
      new DescribeEventDetailsForOrganizationCommand({
        organizationEventDetailFilters: [
          { eventArn: issue.arn, awsAccountId: STAGING_ACCOUNT_ID },
          { eventArn: notice.arn },
          { eventArn: issue.arn },
          { eventArn: notice.arn, awsAccountId: PRODUCTION_ACCOUNT_ID },
        ],
      }),
    );
    expect(out.successfulSet?.map((s) => [s.awsAccountId, s.event?.arn])).toEqual([
      [STAGING_ACCOUNT_ID, issue.arn],
      [undefined, notice.arn],
    ]);
    expect(out.successfulSet?.[0]?.eventDescription?.latestDescription).toContain("EU-WEST-1");
    expect(out.failedSet).toEqual([
      {
        eventArn: issue.arn,
        errorName: "ResourceNotFoundException",
        errorMessage: ACCOUNT_EVENT_WITHOUT_ACCOUNT,
      },
      {
        awsAccountId: PRODUCTION_ACCOUNT_ID,
        eventArn: notice.arn,
        errorName: "ResourceNotFoundException",
        errorMessage: PUBLIC_EVENT_WITH_ACCOUNT,
      },
    ]);
  });

  it("lists entities across accounts, by account and status, with the deprecated filter still honoured", async () => {
    const issue = find("AWS_EC2_OPERATIONAL_ISSUE", "open");
    const client = management();
    const all = await client.send(
      new DescribeAffectedEntitiesForOrganizationCommand({
        organizationEntityAccountFilters: [
          { eventArn: issue.arn, awsAccountId: PRODUCTION_ACCOUNT_ID },
          { eventArn: issue.arn, awsAccountId: STAGING_ACCOUNT_ID },
          { eventArn: issue.arn },
        ],
      }),
    );
    expect(all.entities?.map((e) => [e.awsAccountId, e.statusCode])).toEqual([
      [PRODUCTION_ACCOUNT_ID, "IMPAIRED"],
      [PRODUCTION_ACCOUNT_ID, "IMPAIRED"],
      [STAGING_ACCOUNT_ID, "UNKNOWN"],
    ]);
    // Account-specific events need the account (the API requires an event ARN and an account ID).
    expect(all.failedSet).toEqual([
      {
        eventArn: issue.arn,
        errorName: "ResourceNotFoundException",
        errorMessage: ACCOUNT_EVENT_WITHOUT_ACCOUNT,
      },
    ]);
    const stagingOnly = await client.send(
      new DescribeAffectedEntitiesForOrganizationCommand({
        organizationEntityAccountFilters: [
          { eventArn: issue.arn, awsAccountId: STAGING_ACCOUNT_ID, statusCodes: ["UNKNOWN"] },
          {
            eventArn: "arn:aws:health:us-east-1::event/EC2/AWS_EC2_X/AWS_EC2_X_1",
            awsAccountId: STAGING_ACCOUNT_ID,
          },
        ],
      }),
    );
    expect(stagingOnly.entities?.map((e) => e.entityArn)).toEqual([all.entities?.[2]?.entityArn]);
    expect(stagingOnly.failedSet?.[0]).toMatchObject({
      awsAccountId: STAGING_ACCOUNT_ID,
      errorName: "ResourceNotFoundException",
    });

    const deprecated = await client.send(
      new DescribeAffectedEntitiesForOrganizationCommand({
        organizationEntityFilters: [{ eventArn: issue.arn, awsAccountId: PRODUCTION_ACCOUNT_ID }],
        maxResults: 1,
      }),
    );
    expect(deprecated.entities).toHaveLength(1);
    expect(deprecated.nextToken).toBeDefined();

    const neither = await rawHealthCall(sim, "DescribeAffectedEntitiesForOrganization", {}, SHARED_KEY);
    expect(neither.json.__type).toBe("com.amazon.coral.validate#ValidationException");
  });

  it("aggregates entities per event and account", async () => {
    const issue = find("AWS_EC2_OPERATIONAL_ISSUE", "open");
    const out = await management().send(
      new DescribeEntityAggregatesForOrganizationCommand({ eventArns: [issue.arn] }),
    );
    expect(out.organizationEntityAggregates).toEqual([
      {
        eventArn: issue.arn,
        count: 3,
        statuses: { IMPAIRED: 2, UNKNOWN: 1 },
        accounts: [
          { accountId: PRODUCTION_ACCOUNT_ID, count: 2, statuses: { IMPAIRED: 2 } },
          { accountId: STAGING_ACCOUNT_ID, count: 1, statuses: { UNKNOWN: 1 } },
        ],
      },
    ]);
  });

  it("reports, disables and re-enables organizational view", async () => {
    const client = management();
    const status = async () =>
      (await client.send(new DescribeHealthServiceStatusForOrganizationCommand({})))
        .healthServiceAccessStatusForOrganization;
    expect(await status()).toBe("ENABLED");
    await client.send(new DisableHealthServiceAccessForOrganizationCommand({}));
    expect(await status()).toBe("DISABLED");
    const err = await errorOf(client.send(new DescribeEventsForOrganizationCommand({})));
    expect([err.name, err.message]).toEqual([
      "AccessDeniedException",
      "AWS Health organizational view is not enabled for this organization. Call EnableHealthServiceAccessForOrganization from the management account first.",
    ]);
    // The management account's own view keeps working.
    expect((await client.send(new DescribeEventsCommand({}))).events?.length).toBeGreaterThan(0);
    await client.send(new EnableHealthServiceAccessForOrganizationCommand({}));
    expect(await status()).toBe("ENABLED");
    expect((await client.send(new DescribeEventsForOrganizationCommand({}))).events).toHaveLength(10);
  });
});
