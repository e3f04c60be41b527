// Small constructors that keep the demo event catalogue readable.
import { entityArn, eventArn } from "./demo-ids";
import type {
  EntityStatusCode,
  EventActionability,
  EventPersona,
  EventScopeCode,
  EventStatusCode,
  EventTypeCategory,
  HealthEntity,
  HealthEvent,
} from "./health-types";

export const MINUTE = 60;
export const HOUR = 3600;
export const DAY = 86_400;
export const WEEK = 7 * DAY;

/** Epoch seconds → Date. */
export function date(epochSeconds: number): Date {
  return new Date(epochSeconds * 1000);
}

/** `base` plus whole days, hours and minutes, in epoch seconds. */
export function offset(base: number, days: number, hours = 0, minutes = 0): number {
  return base + days * DAY + hours * HOUR + minutes * MINUTE;
}

/** "14:05 UTC" style timestamps inside event descriptions. */
export function clockText(epochSeconds: number): string {
  return `${date(epochSeconds).toISOString().slice(11, 16)} UTC`;
}

export function dayText(epochSeconds: number): string {
  return date(epochSeconds).toISOString().slice(0, 10);
}

export interface EntitySpec {
  value: string;
  status: EntityStatusCode;
  url?: string;
  metadata?: Record<string, string>;
}

export interface EventSpec {
  /** Stable identity of this event (occurrence-specific where it recurs). */
  seed: string;
  service: string;
  eventTypeCode: string;
  category: EventTypeCategory;
  region: string;
  availabilityZone?: string;
  start: number;
  end?: number;
  lastUpdated: number;
  status: EventStatusCode;
  scope: EventScopeCode;
  actionability: EventActionability;
  personas: EventPersona[];
  description: string;
  metadata?: Record<string, string>;
  /** Affected entities per account (ACCOUNT_SPECIFIC events); the accounts listed here are the affected ones. */
  entities?: Record<string, EntitySpec[]>;
}

export function makeEvent(spec: EventSpec): HealthEvent {
  const arn = eventArn(spec.region, spec.service, spec.eventTypeCode, spec.seed);
  const entities: HealthEntity[] = [];
  for (const [accountId, specs] of Object.entries(spec.entities ?? {})) {
    for (const entity of specs) {
      entities.push({
        entityArn: entityArn(spec.region, accountId, `${spec.seed}/${accountId}/${entity.value}`),
        entityValue: entity.value,
        ...(entity.url ? { entityUrl: entity.url } : {}),
        awsAccountId: accountId,
        lastUpdatedTime: date(spec.lastUpdated),
        statusCode: entity.status,
        tags: {},
        entityMetadata: entity.metadata ?? {},
      });
    }
  }
  return {
    arn,
    service: spec.service,
    eventTypeCode: spec.eventTypeCode,
    eventTypeCategory: spec.category,
    region: spec.region,
    ...(spec.availabilityZone ? { availabilityZone: spec.availabilityZone } : {}),
    startTime: date(spec.start),
    ...(spec.end !== undefined ? { endTime: date(spec.end) } : {}),
    lastUpdatedTime: date(spec.lastUpdated),
    statusCode: spec.status,
    eventScopeCode: spec.scope,
    actionability: spec.actionability,
    personas: spec.personas,
    description: spec.description,
    metadata: spec.metadata ?? {},
    accounts: spec.scope === "PUBLIC" ? [] : Object.keys(spec.entities ?? {}),
    entities,
  };
}
