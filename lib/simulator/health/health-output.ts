// Internal events and entities → the API's output shapes (Event, OrganizationEvent, EventDetails, AffectedEntity).
import type { EntityStatusCode, HealthEntity, HealthEvent } from "./health-types";

export function apiEvent(e: HealthEvent) {
  return {
    arn: e.arn,
    service: e.service,
    eventTypeCode: e.eventTypeCode,
    eventTypeCategory: e.eventTypeCategory,
    region: e.region,
    ...(e.availabilityZone ? { availabilityZone: e.availabilityZone } : {}),
    startTime: e.startTime,
    ...(e.endTime ? { endTime: e.endTime } : {}),
    lastUpdatedTime: e.lastUpdatedTime,
    statusCode: e.statusCode,
    eventScopeCode: e.eventScopeCode,
    actionability: e.actionability,
    personas: e.personas,
  };
}

export function apiOrganizationEvent(e: HealthEvent) {
  return {
    arn: e.arn,
    service: e.service,
    eventTypeCode: e.eventTypeCode,
    eventTypeCategory: e.eventTypeCategory,
    eventScopeCode: e.eventScopeCode,
    region: e.region,
    startTime: e.startTime,
    ...(e.endTime ? { endTime: e.endTime } : {}),
    lastUpdatedTime: e.lastUpdatedTime,
    statusCode: e.statusCode,
    actionability: e.actionability,
    personas: e.personas,
  };
}

export function apiEventDetails(e: HealthEvent) {
  return {
    event: apiEvent(e),
    eventDescription: { latestDescription: e.description },
    eventMetadata: e.metadata,
  };
}

export function apiEntity(eventArn: string, entity: HealthEntity) {
  return {
    entityArn: entity.entityArn,
    eventArn,
    entityValue: entity.entityValue,
    ...(entity.entityUrl ? { entityUrl: entity.entityUrl } : {}),
    awsAccountId: entity.awsAccountId,
    lastUpdatedTime: entity.lastUpdatedTime,
    statusCode: entity.statusCode,
    tags: entity.tags,
    entityMetadata: entity.entityMetadata,
  };
}

/** `{count, statuses}` of an entity list, as EntityAggregate / AccountEntityAggregate report them. */
export function entityCounts(entities: readonly HealthEntity[]) {
  const statuses: Partial<Record<EntityStatusCode, number>> = {};
  for (const e of entities) statuses[e.statusCode] = (statuses[e.statusCode] ?? 0) + 1;
  return { count: entities.length, statuses };
}
