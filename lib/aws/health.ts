import {
  DescribeAffectedAccountsForOrganizationCommand,
  DescribeAffectedEntitiesCommand,
  DescribeAffectedEntitiesForOrganizationCommand,
  DescribeEventDetailsCommand,
  DescribeEventDetailsForOrganizationCommand,
  DescribeEventsCommand,
  DescribeEventsForOrganizationCommand,
  type AffectedEntity,
  type Event,
  type OrganizationEvent,
} from "@aws-sdk/client-health";
import type { AwsHealthEntity, AwsHealthEventRecord } from "./health-records";
import type { AccountTarget } from "./account-config";
import { clientsFor } from "./clients";
import { eachPage } from "./pages";
import type { AwsRuntime } from "./runtime";

// AWS Health for one account (DescribeEvents + details + affected entities) or, from the management or
// delegated-administrator account, for its whole organization (the *ForOrganization variants).

/** [I] Health keeps 90 days of events; closed events older than this are not read. */
export const HEALTH_HISTORY_DAYS = 90;
/** [I] Bounds per poll so a huge event log cannot stall a poller. */
const MAX_EVENT_PAGES = 20;
const MAX_ENTITY_PAGES = 10;
/** DescribeEventDetails / DescribeAffectedEntities take at most 10 event ARNs per call. */
const ARNS_PER_CALL = 10;
/**
 * [I] Pause between per-event organization calls: the organizational APIs allow fewer calls per second than
 * the account ones (AWS's own aws-health-aware sample raises its retries for them).
 */
export const ORGANIZATION_CALL_GAP_MS = 100;
/** Health is served from us-east-1 whatever the Region of the events. */
const HEALTH_CLIENT_REGION = "us-east-1";

const iso = (date: Date | undefined): string | undefined => date?.toISOString();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function baseRecord(event: Event | OrganizationEvent): AwsHealthEventRecord {
  const record: AwsHealthEventRecord = {
    arn: event.arn ?? "",
    service: event.service ?? "",
    eventTypeCode: event.eventTypeCode ?? "",
    category: event.eventTypeCategory ?? "",
    region: event.region ?? "",
    statusCode: event.statusCode ?? "open",
    description: "",
    affectedAccounts: [],
    entities: [],
  };
  const optional = {
    availabilityZone: "availabilityZone" in event ? event.availabilityZone : undefined,
    startTime: iso(event.startTime),
    endTime: iso(event.endTime),
    lastUpdatedTime: iso(event.lastUpdatedTime),
    scope: event.eventScopeCode,
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) Object.assign(record, { [key]: value });
  }
  return record;
}

function entityOf(entity: AffectedEntity): AwsHealthEntity {
  return {
    value: entity.entityValue ?? entity.entityArn ?? "",
    ...(entity.entityArn ? { arn: entity.entityArn } : {}),
    ...(entity.entityUrl ? { url: entity.entityUrl } : {}),
    ...(entity.awsAccountId ? { awsAccountId: entity.awsAccountId } : {}),
    ...(entity.statusCode ? { status: entity.statusCode } : {}),
  };
}

/** Every page of a nextToken-paged Health call (bounded: lib/aws/pages); returns how many calls it made. */
async function healthPages<P extends { nextToken?: string }>(
  maxPages: number,
  fetchPage: (nextToken: string | undefined) => Promise<P>,
  onPage: (page: P) => void,
): Promise<number> {
  const read = await eachPage(maxPages, fetchPage, (page) => {
    onPage(page);
    return page.nextToken;
  });
  return read.pages;
}

/** Attaches affected entities to the events they belong to (entities of unknown events are dropped). */
function addEntities(
  byArn: ReadonlyMap<string, AwsHealthEventRecord>,
  entities: AffectedEntity[] | undefined,
) {
  for (const entity of entities ?? []) {
    const record = entity.eventArn ? byArn.get(entity.eventArn) : undefined;
    if (record) record.entities.push(entityOf(entity));
  }
}

function since(now: Date): Date {
  return new Date(now.getTime() - HEALTH_HISTORY_DAYS * 86_400_000);
}

export interface HealthReadResult {
  events: AwsHealthEventRecord[];
  calls: number;
}

/** Open and upcoming events plus those closed within 90 days, with descriptions and affected entities. */
export async function describeAccountHealth(
  account: AccountTarget,
  now = new Date(),
  runtime?: AwsRuntime,
): Promise<HealthReadResult> {
  const { health } = clientsFor(account, HEALTH_CLIENT_REGION, runtime);
  let calls = 0;
  const byArn = new Map<string, AwsHealthEventRecord>();
  const filters = [
    { eventStatusCodes: ["open" as const, "upcoming" as const] },
    { eventStatusCodes: ["closed" as const], lastUpdatedTimes: [{ from: since(now) }] },
  ];
  for (const filter of filters) {
    calls += await healthPages(
      MAX_EVENT_PAGES,
      (nextToken) => health.send(new DescribeEventsCommand({ filter, maxResults: 100, nextToken })),
      (page) => {
        for (const event of page.events ?? []) {
          const record = baseRecord(event);
          record.affectedAccounts = [account.accountId];
          byArn.set(record.arn, record);
        }
      },
    );
  }
  for (const arns of chunks([...byArn.keys()], ARNS_PER_CALL)) {
    const details = await health.send(new DescribeEventDetailsCommand({ eventArns: arns }));
    calls++;
    for (const item of details.successfulSet ?? []) {
      const record = item.event?.arn ? byArn.get(item.event.arn) : undefined;
      if (record) record.description = item.eventDescription?.latestDescription ?? "";
    }
    calls += await healthPages(
      MAX_ENTITY_PAGES,
      (nextToken) =>
        health.send(
          new DescribeAffectedEntitiesCommand({ filter: { eventArns: arns }, maxResults: 100, nextToken }),
        ),
      (page) => addEntities(byArn, page.entities),
    );
  }
  return { events: [...byArn.values()], calls };
}

/** The organizational view, called with the management or delegated-administrator account. */
export async function describeOrganizationHealth(
  account: AccountTarget,
  now = new Date(),
  runtime?: AwsRuntime,
): Promise<HealthReadResult> {
  const { health } = clientsFor(account, HEALTH_CLIENT_REGION, runtime);
  let calls = 0;
  const byArn = new Map<string, AwsHealthEventRecord>();
  const filters = [
    { eventStatusCodes: ["open" as const, "upcoming" as const] },
    { eventStatusCodes: ["closed" as const], lastUpdatedTime: { from: since(now) } },
  ];
  for (const filter of filters) {
    calls += await healthPages(
      MAX_EVENT_PAGES,
      (nextToken) =>
        health.send(new DescribeEventsForOrganizationCommand({ filter, maxResults: 100, nextToken })),
      (page) => {
        for (const event of page.events ?? []) byArn.set(event.arn ?? "", baseRecord(event));
      },
    );
  }
  const pairs: { eventArn: string; awsAccountId?: string }[] = [];
  for (const record of byArn.values()) {
    await sleep(ORGANIZATION_CALL_GAP_MS);
    calls += await healthPages(
      MAX_ENTITY_PAGES,
      (nextToken) =>
        health.send(
          new DescribeAffectedAccountsForOrganizationCommand({
            eventArn: record.arn,
            maxResults: 100,
            nextToken,
          }),
        ),
      (page) => record.affectedAccounts.push(...(page.affectedAccounts ?? [])),
    );
    if (record.scope === "PUBLIC" || record.affectedAccounts.length === 0)
      pairs.push({ eventArn: record.arn });
    else for (const id of record.affectedAccounts) pairs.push({ eventArn: record.arn, awsAccountId: id });
  }
  for (const batch of chunks(pairs, ARNS_PER_CALL)) {
    await sleep(ORGANIZATION_CALL_GAP_MS);
    const details = await health.send(
      new DescribeEventDetailsForOrganizationCommand({ organizationEventDetailFilters: batch }),
    );
    calls++;
    for (const item of details.successfulSet ?? []) {
      const record = item.event?.arn ? byArn.get(item.event.arn) : undefined;
      if (record && !record.description) record.description = item.eventDescription?.latestDescription ?? "";
    }
    const withAccount = batch.filter((p): p is { eventArn: string; awsAccountId: string } =>
      Boolean(p.awsAccountId),
    );
    if (withAccount.length === 0) continue;
    calls += await healthPages(
      MAX_ENTITY_PAGES,
      (nextToken) =>
        health.send(
          new DescribeAffectedEntitiesForOrganizationCommand({
            organizationEntityFilters: withAccount,
            maxResults: 100,
            nextToken,
          }),
        ),
      (page) => addEntities(byArn, page.entities),
    );
  }
  return { events: [...byArn.values()], calls };
}
