// EventFilter (DescribeEvents, DescribeEventAggregates) and OrganizationEventFilter
// (DescribeEventsForOrganization): parsed with the model's constraints, then matched with AND across fields
// and OR within a list. Date ranges are inclusive at both ends; a missing bound is open.
import { asRecord } from "@/lib/simulator/core/coerce";
import {
  EVENT_ACTIONABILITIES,
  EVENT_PERSONAS,
  EVENT_STATUS_CODES,
  EVENT_TYPE_CATEGORIES,
  type HealthEntity,
  type HealthEvent,
} from "./health-types";
import { inAnyRange, type DateRange, type RequestChecks } from "./request-checks";

export interface EventQuery {
  eventArns?: string[];
  eventTypeCodes?: string[];
  services?: string[];
  regions?: string[];
  availabilityZones?: string[];
  startTimes?: DateRange[];
  endTimes?: DateRange[];
  lastUpdatedTimes?: DateRange[];
  entityArns?: string[];
  entityValues?: string[];
  eventTypeCategories?: string[];
  eventStatusCodes?: string[];
  actionabilities?: string[];
  personas?: string[];
  /** Organization filter only: events concerning these accounts (public events concern no account). */
  awsAccountIds?: string[];
}

function commonFields(checks: RequestChecks, filter: Record<string, unknown>, prefix: string) {
  const at = (name: string) => `${prefix}.${name}`;
  return {
    eventTypeCodes: checks.stringList(filter.eventTypeCodes, at("eventTypeCodes"), { min: 1, max: 10 }),
    services: checks.stringList(filter.services, at("services"), { min: 1, max: 10 }),
    regions: checks.stringList(filter.regions, at("regions"), { min: 1, max: 10 }),
    entityArns: checks.stringList(filter.entityArns, at("entityArns"), { min: 1, max: 99 }),
    entityValues: checks.stringList(filter.entityValues, at("entityValues"), { min: 1, max: 99 }),
    eventTypeCategories: checks.stringList(filter.eventTypeCategories, at("eventTypeCategories"), {
      min: 1,
      max: 10,
      allowed: EVENT_TYPE_CATEGORIES,
    }),
    eventStatusCodes: checks.stringList(filter.eventStatusCodes, at("eventStatusCodes"), {
      min: 1,
      max: 6,
      allowed: EVENT_STATUS_CODES,
    }),
    actionabilities: checks.stringList(filter.actionabilities, at("actionabilities"), {
      min: 1,
      max: 3,
      allowed: EVENT_ACTIONABILITIES,
    }),
    personas: checks.stringList(filter.personas, at("personas"), { min: 1, max: 3, allowed: EVENT_PERSONAS }),
  };
}

/** EventFilter; `tags` is accepted and ignored, as AWS documents it as unsupported. */
export function parseEventFilter(checks: RequestChecks, value: unknown): EventQuery {
  const filter = asRecord(value);
  if (!filter) return {};
  return {
    ...commonFields(checks, filter, "filter"),
    eventArns: checks.stringList(filter.eventArns, "filter.eventArns", { min: 1, max: 10 }),
    availabilityZones: checks.stringList(filter.availabilityZones, "filter.availabilityZones"),
    startTimes: checks.dateRangeList(filter.startTimes, "filter.startTimes"),
    endTimes: checks.dateRangeList(filter.endTimes, "filter.endTimes"),
    lastUpdatedTimes: checks.dateRangeList(filter.lastUpdatedTimes, "filter.lastUpdatedTimes"),
  };
}

export function parseOrganizationEventFilter(checks: RequestChecks, value: unknown): EventQuery {
  const filter = asRecord(value);
  if (!filter) return {};
  const single = (range: unknown) => {
    const parsed = checks.dateRange(range);
    return parsed ? [parsed] : undefined;
  };
  return {
    ...commonFields(checks, filter, "filter"),
    awsAccountIds: checks.stringList(filter.awsAccountIds, "filter.awsAccountIds", { min: 1, max: 50 }),
    startTimes: single(filter.startTime),
    endTimes: single(filter.endTime),
    lastUpdatedTimes: single(filter.lastUpdatedTime),
  };
}

function oneOf(value: string | undefined, allowed: readonly string[] | undefined): boolean {
  return !allowed || (value !== undefined && allowed.includes(value));
}

function entityMatches(entities: readonly HealthEntity[], query: EventQuery): boolean {
  if (!query.entityArns && !query.entityValues) return true;
  return entities.some(
    (e) =>
      (query.entityArns?.includes(e.entityArn) ?? false) ||
      (query.entityValues?.includes(e.entityValue) ?? false),
  );
}

/**
 * Whether `event` passes the filter. `entities` are the entities the caller may see (its own account's, or
 * the whole organisation's), which entityArns / entityValues match against.
 */
export function matchesEvent(
  event: HealthEvent,
  query: EventQuery,
  entities: readonly HealthEntity[],
): boolean {
  return (
    oneOf(event.arn, query.eventArns) &&
    oneOf(event.eventTypeCode, query.eventTypeCodes) &&
    oneOf(event.service, query.services) &&
    oneOf(event.region, query.regions) &&
    oneOf(event.availabilityZone, query.availabilityZones) &&
    oneOf(event.eventTypeCategory, query.eventTypeCategories) &&
    oneOf(event.statusCode, query.eventStatusCodes) &&
    oneOf(event.actionability, query.actionabilities) &&
    (!query.personas || event.personas.some((p) => query.personas?.includes(p))) &&
    (!query.awsAccountIds || event.accounts.some((a) => query.awsAccountIds?.includes(a))) &&
    inAnyRange(event.startTime, query.startTimes) &&
    inAnyRange(event.endTime, query.endTimes) &&
    inAnyRange(event.lastUpdatedTime, query.lastUpdatedTimes) &&
    entityMatches(entities, query)
  );
}
