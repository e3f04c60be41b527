// The organizational-view operations, answered for the management account over every account's events.
import { eventNotFoundMessage } from "./account-operations";
import { matchesEvent, parseOrganizationEventFilter } from "./event-filter";
import { EVENT_NOT_FOUND_ERROR_NAME, PAGE_LIMITS } from "./health-config";
import { apiEntity, apiEventDetails, apiOrganizationEvent, entityCounts } from "./health-output";
import { ENTITY_STATUS_CODES, type HealthEvent } from "./health-types";
import { paginate } from "./paging";
import { RequestChecks } from "./request-checks";

type Input = Record<string, unknown>;

export const PUBLIC_EVENT_WITH_ACCOUNT =
  "We couldn't find an account specific event for the specified AWS account. To find an event that is public, you must enter a null value for the AWS account ID in the request.";
export const ACCOUNT_EVENT_WITHOUT_ACCOUNT =
  "We couldn't find a public event that matches your request. To find an event that is account specific, you must enter an AWS account ID in the request.";

interface EventAccountFilter {
  eventArn: string;
  awsAccountId?: string;
  statusCodes?: string[];
}

function accountFilters(
  checks: RequestChecks,
  value: unknown,
  member: string,
  options: { withStatus: boolean; required: boolean },
): EventAccountFilter[] {
  const items = checks.structureList(value, member, { min: 1, max: 10, required: options.required }) ?? [];
  return items.map((record, i): EventAccountFilter => {
    const at = `${member}.${i + 1}.member`;
    const statusCodes = options.withStatus
      ? checks.stringList(record.statusCodes, `${at}.statusCodes`, {
          min: 1,
          max: 5,
          allowed: ENTITY_STATUS_CODES,
        })
      : undefined;
    const awsAccountId = checks.string(record.awsAccountId, `${at}.awsAccountId`);
    return {
      eventArn: checks.string(record.eventArn, `${at}.eventArn`, { required: true }) ?? "",
      ...(awsAccountId !== undefined ? { awsAccountId } : {}),
      ...(statusCodes ? { statusCodes } : {}),
    };
  });
}

/** The event a filter designates, or the failedSet message explaining why there is none. */
function resolve(events: readonly HealthEvent[], filter: EventAccountFilter): HealthEvent | string {
  const event = events.find((e) => e.arn === filter.eventArn);
  if (!event) return eventNotFoundMessage(filter.eventArn);
  if (event.eventScopeCode === "PUBLIC")
    return filter.awsAccountId === undefined ? event : PUBLIC_EVENT_WITH_ACCOUNT;
  if (filter.awsAccountId === undefined) return ACCOUNT_EVENT_WITHOUT_ACCOUNT;
  return event.accounts.includes(filter.awsAccountId) ? event : PUBLIC_EVENT_WITH_ACCOUNT;
}

function failure(filter: EventAccountFilter, errorMessage: string) {
  return {
    ...(filter.awsAccountId !== undefined ? { awsAccountId: filter.awsAccountId } : {}),
    eventArn: filter.eventArn,
    errorName: EVENT_NOT_FOUND_ERROR_NAME,
    errorMessage,
  };
}

export function describeEventsForOrganization(input: Input, events: readonly HealthEvent[]) {
  const checks = new RequestChecks();
  const query = parseOrganizationEventFilter(checks, input.filter);
  const maxResults = checks.maxResults(input.maxResults, PAGE_LIMITS.lowerRange);
  const nextToken = checks.nextToken(input.nextToken);
  checks.throwIfAny(input.locale);
  const matching = events.filter((e) =>
    matchesEvent(
      e,
      query,
      e.entities.filter((x) => !query.awsAccountIds || query.awsAccountIds.includes(x.awsAccountId)),
    ),
  );
  const page = paginate(matching, {
    operation: "DescribeEventsForOrganization",
    scope: query,
    nextToken,
    maxResults,
  });
  return { events: page.items.map(apiOrganizationEvent), nextToken: page.nextToken };
}

export function describeAffectedAccountsForOrganization(input: Input, events: readonly HealthEvent[]) {
  const checks = new RequestChecks();
  const arn = checks.string(input.eventArn, "eventArn", { required: true });
  const maxResults = checks.maxResults(input.maxResults, PAGE_LIMITS.standard);
  const nextToken = checks.nextToken(input.nextToken);
  checks.throwIfAny();
  const event = events.find((e) => e.arn === arn);
  const accounts = event ? [...event.accounts].sort() : [];
  const page = paginate(accounts, {
    operation: "DescribeAffectedAccountsForOrganization",
    scope: arn,
    nextToken,
    maxResults,
  });
  return {
    affectedAccounts: page.items,
    eventScopeCode: event ? event.eventScopeCode : "NONE",
    nextToken: page.nextToken,
  };
}

export function describeEventDetailsForOrganization(input: Input, events: readonly HealthEvent[]) {
  const checks = new RequestChecks();
  const filters = accountFilters(
    checks,
    input.organizationEventDetailFilters,
    "organizationEventDetailFilters",
    {
      withStatus: false,
      required: true,
    },
  );
  checks.throwIfAny(input.locale);
  const successfulSet = [];
  const failedSet = [];
  for (const filter of filters) {
    const found = resolve(events, filter);
    if (typeof found === "string") failedSet.push(failure(filter, found));
    else
      successfulSet.push({
        ...(filter.awsAccountId !== undefined ? { awsAccountId: filter.awsAccountId } : {}),
        ...apiEventDetails(found),
      });
  }
  return { successfulSet, failedSet };
}

export function describeAffectedEntitiesForOrganization(input: Input, events: readonly HealthEvent[]) {
  const checks = new RequestChecks();
  // The deprecated organizationEntityFilters is still honoured when the newer member is absent. [I] One of
  // the two is required; AWS's exact answer to neither is not documented.
  const filters =
    input.organizationEntityAccountFilters !== undefined || input.organizationEntityFilters === undefined
      ? accountFilters(checks, input.organizationEntityAccountFilters, "organizationEntityAccountFilters", {
          withStatus: true,
          required: true,
        })
      : accountFilters(checks, input.organizationEntityFilters, "organizationEntityFilters", {
          withStatus: false,
          required: true,
        });
  const maxResults = checks.maxResults(input.maxResults, PAGE_LIMITS.lowerRange);
  const nextToken = checks.nextToken(input.nextToken);
  checks.throwIfAny(input.locale);
  const entities = [];
  const failedSet = [];
  for (const filter of filters) {
    const found = resolve(events, filter);
    if (typeof found === "string") {
      failedSet.push(failure(filter, found));
      continue;
    }
    for (const entity of found.entities) {
      if (filter.awsAccountId !== undefined && entity.awsAccountId !== filter.awsAccountId) continue;
      if (filter.statusCodes && !filter.statusCodes.includes(entity.statusCode)) continue;
      entities.push(apiEntity(found.arn, entity));
    }
  }
  const page = paginate(entities, {
    operation: "DescribeAffectedEntitiesForOrganization",
    scope: filters,
    nextToken,
    maxResults,
  });
  return { entities: page.items, failedSet, nextToken: page.nextToken };
}

export function describeEntityAggregatesForOrganization(input: Input, events: readonly HealthEvent[]) {
  const checks = new RequestChecks();
  const arns = checks.stringList(input.eventArns, "eventArns", { min: 1, max: 25, required: true }) ?? [];
  const accountIds = checks.stringList(input.awsAccountIds, "awsAccountIds", { min: 1, max: 50 });
  checks.throwIfAny();
  const organizationEntityAggregates = arns.flatMap((arn) => {
    const event = events.find((e) => e.arn === arn);
    if (!event) return [];
    const entities = event.entities.filter((e) => !accountIds || accountIds.includes(e.awsAccountId));
    const accounts = [...new Set(entities.map((e) => e.awsAccountId))].sort().map((accountId) => ({
      accountId,
      ...entityCounts(entities.filter((e) => e.awsAccountId === accountId)),
    }));
    return [{ eventArn: arn, ...entityCounts(entities), accounts }];
  });
  return { organizationEntityAggregates };
}
