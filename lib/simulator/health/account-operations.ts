// The single-account Health operations: what one account sees (public events plus its own).
import { asRecord } from "@/lib/simulator/core/coerce";
import { matchesEvent, parseEventFilter } from "./event-filter";
import { EVENT_TYPES } from "./event-types";
import { EVENT_NOT_FOUND_ERROR_NAME, PAGE_LIMITS } from "./health-config";
import { apiEntity, apiEvent, apiEventDetails, entityCounts } from "./health-output";
import {
  ENTITY_STATUS_CODES,
  EVENT_ACTIONABILITIES,
  EVENT_PERSONAS,
  EVENT_TYPE_CATEGORIES,
  isVisibleTo,
  type HealthEntity,
  type HealthEvent,
} from "./health-types";
import { paginate } from "./paging";
import { inAnyRange, RequestChecks } from "./request-checks";

type Input = Record<string, unknown>;

export const EVENT_AGGREGATE_FIELDS = ["eventTypeCategory"] as const;

function ownEntities(event: HealthEvent, accountId: string): HealthEntity[] {
  return event.entities.filter((e) => e.awsAccountId === accountId);
}

function visibleEvents(events: readonly HealthEvent[], accountId: string): HealthEvent[] {
  return events.filter((e) => isVisibleTo(e, accountId));
}

export function eventNotFoundMessage(arn: string): string {
  return `Event ${arn} was not found.`;
}

export function describeEvents(input: Input, accountId: string, events: readonly HealthEvent[]) {
  const checks = new RequestChecks();
  const query = parseEventFilter(checks, input.filter);
  const maxResults = checks.maxResults(input.maxResults, PAGE_LIMITS.standard);
  const nextToken = checks.nextToken(input.nextToken);
  checks.throwIfAny(input.locale);
  const matching = visibleEvents(events, accountId).filter((e) =>
    matchesEvent(e, query, ownEntities(e, accountId)),
  );
  const page = paginate(matching, {
    operation: "DescribeEvents",
    scope: [accountId, query],
    nextToken,
    maxResults,
  });
  return { events: page.items.map(apiEvent), nextToken: page.nextToken };
}

export function describeEventDetails(input: Input, accountId: string, events: readonly HealthEvent[]) {
  const checks = new RequestChecks();
  const arns = checks.stringList(input.eventArns, "eventArns", { min: 1, max: 10, required: true }) ?? [];
  checks.throwIfAny(input.locale);
  const successfulSet = [];
  const failedSet = [];
  for (const arn of arns) {
    const event = events.find((e) => e.arn === arn && isVisibleTo(e, accountId));
    if (event) successfulSet.push(apiEventDetails(event));
    else
      failedSet.push({
        eventArn: arn,
        errorName: EVENT_NOT_FOUND_ERROR_NAME,
        errorMessage: eventNotFoundMessage(arn),
      });
  }
  return { successfulSet, failedSet };
}

export function describeAffectedEntities(input: Input, accountId: string, events: readonly HealthEvent[]) {
  const checks = new RequestChecks();
  const filter = asRecord(input.filter);
  if (!filter) checks.string(undefined, "filter", { required: true });
  const arns =
    checks.stringList(filter?.eventArns, "filter.eventArns", {
      min: 1,
      max: 10,
      required: filter !== undefined,
    }) ?? [];
  const entityArns = checks.stringList(filter?.entityArns, "filter.entityArns", { min: 1, max: 99 });
  const entityValues = checks.stringList(filter?.entityValues, "filter.entityValues", { min: 1, max: 99 });
  const lastUpdatedTimes = checks.dateRangeList(filter?.lastUpdatedTimes, "filter.lastUpdatedTimes");
  const statusCodes = checks.stringList(filter?.statusCodes, "filter.statusCodes", {
    min: 1,
    max: 5,
    allowed: ENTITY_STATUS_CODES,
  });
  const maxResults = checks.maxResults(input.maxResults, PAGE_LIMITS.standard);
  const nextToken = checks.nextToken(input.nextToken);
  checks.throwIfAny(input.locale);

  const entities = [];
  for (const arn of new Set(arns)) {
    const event = events.find((e) => e.arn === arn && isVisibleTo(e, accountId));
    if (!event) continue;
    for (const entity of ownEntities(event, accountId)) {
      if (entityArns && !entityArns.includes(entity.entityArn)) continue;
      if (entityValues && !entityValues.includes(entity.entityValue)) continue;
      if (statusCodes && !statusCodes.includes(entity.statusCode)) continue;
      if (!inAnyRange(entity.lastUpdatedTime, lastUpdatedTimes)) continue;
      entities.push(apiEntity(event.arn, entity));
    }
  }
  const scope = [accountId, arns, entityArns, entityValues, lastUpdatedTimes, statusCodes];
  const page = paginate(entities, { operation: "DescribeAffectedEntities", scope, nextToken, maxResults });
  return { entities: page.items, nextToken: page.nextToken };
}

export function describeEventTypes(input: Input) {
  const checks = new RequestChecks();
  const filter = asRecord(input.filter) ?? {};
  const codes = checks.stringList(filter.eventTypeCodes, "filter.eventTypeCodes", { min: 1, max: 10 });
  const services = checks.stringList(filter.services, "filter.services", { min: 1, max: 10 });
  const categories = checks.stringList(filter.eventTypeCategories, "filter.eventTypeCategories", {
    min: 1,
    max: 10,
    allowed: EVENT_TYPE_CATEGORIES,
  });
  const actionabilities = checks.stringList(filter.actionabilities, "filter.actionabilities", {
    min: 1,
    max: 3,
    allowed: EVENT_ACTIONABILITIES,
  });
  const personas = checks.stringList(filter.personas, "filter.personas", {
    min: 1,
    max: 3,
    allowed: EVENT_PERSONAS,
  });
  const maxResults = checks.maxResults(input.maxResults, PAGE_LIMITS.eventTypes);
  const nextToken = checks.nextToken(input.nextToken);
  checks.throwIfAny(input.locale);
  const types = EVENT_TYPES.filter(
    (t) =>
      (!codes || codes.includes(t.code)) &&
      (!services || services.includes(t.service)) &&
      (!categories || categories.includes(t.category)) &&
      (!actionabilities || actionabilities.includes(t.actionability)) &&
      (!personas || t.personas.some((p) => personas.includes(p))),
  );
  const scope = [codes, services, categories, actionabilities, personas];
  const page = paginate(types, { operation: "DescribeEventTypes", scope, nextToken, maxResults });
  return { eventTypes: page.items, nextToken: page.nextToken };
}

export function describeEventAggregates(input: Input, accountId: string, events: readonly HealthEvent[]) {
  const checks = new RequestChecks();
  checks.enumValue(input.aggregateField, "aggregateField", EVENT_AGGREGATE_FIELDS, true);
  const query = parseEventFilter(checks, input.filter);
  const maxResults = checks.maxResults(input.maxResults, PAGE_LIMITS.standard);
  const nextToken = checks.nextToken(input.nextToken);
  checks.throwIfAny();
  const counts = new Map<string, number>();
  for (const e of visibleEvents(events, accountId)) {
    if (!matchesEvent(e, query, ownEntities(e, accountId))) continue;
    counts.set(e.eventTypeCategory, (counts.get(e.eventTypeCategory) ?? 0) + 1);
  }
  const aggregates = EVENT_TYPE_CATEGORIES.flatMap((category) => {
    const count = counts.get(category);
    return count ? [{ aggregateValue: category, count }] : [];
  });
  const scope = [accountId, query];
  const page = paginate(aggregates, { operation: "DescribeEventAggregates", scope, nextToken, maxResults });
  return { eventAggregates: page.items, nextToken: page.nextToken };
}

/** [I] Without eventArns, every visible event that has entities of the caller is aggregated. */
export function describeEntityAggregates(input: Input, accountId: string, events: readonly HealthEvent[]) {
  const checks = new RequestChecks();
  const arns = checks.stringList(input.eventArns, "eventArns", { min: 1, max: 50 });
  checks.throwIfAny();
  const visible = visibleEvents(events, accountId);
  const selected = arns
    ? arns.flatMap((arn) => visible.find((e) => e.arn === arn) ?? [])
    : visible.filter((e) => ownEntities(e, accountId).length > 0);
  return {
    entityAggregates: selected.map((e) => ({ eventArn: e.arn, ...entityCounts(ownEntities(e, accountId)) })),
  };
}
