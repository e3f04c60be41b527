// The simulator's internal model of AWS Health events, close to the API's own shapes.

export const EVENT_TYPE_CATEGORIES = [
  "issue",
  "accountNotification",
  "scheduledChange",
  "investigation",
] as const;
export type EventTypeCategory = (typeof EVENT_TYPE_CATEGORIES)[number];

export const EVENT_STATUS_CODES = ["open", "closed", "upcoming"] as const;
export type EventStatusCode = (typeof EVENT_STATUS_CODES)[number];

export const ENTITY_STATUS_CODES = ["IMPAIRED", "UNIMPAIRED", "UNKNOWN", "PENDING", "RESOLVED"] as const;
export type EntityStatusCode = (typeof ENTITY_STATUS_CODES)[number];

export const EVENT_ACTIONABILITIES = ["ACTION_REQUIRED", "ACTION_MAY_BE_REQUIRED", "INFORMATIONAL"] as const;
export type EventActionability = (typeof EVENT_ACTIONABILITIES)[number];

export const EVENT_PERSONAS = ["OPERATIONS", "SECURITY", "BILLING"] as const;
export type EventPersona = (typeof EVENT_PERSONAS)[number];

export type EventScopeCode = "PUBLIC" | "ACCOUNT_SPECIFIC";

export interface HealthEntity {
  entityArn: string;
  entityValue: string;
  entityUrl?: string;
  awsAccountId: string;
  lastUpdatedTime: Date;
  statusCode: EntityStatusCode;
  tags: Record<string, string>;
  entityMetadata: Record<string, string>;
}

export interface HealthEvent {
  arn: string;
  service: string;
  eventTypeCode: string;
  eventTypeCategory: EventTypeCategory;
  region: string;
  availabilityZone?: string;
  startTime: Date;
  endTime?: Date;
  lastUpdatedTime: Date;
  statusCode: EventStatusCode;
  eventScopeCode: EventScopeCode;
  actionability: EventActionability;
  personas: EventPersona[];
  description: string;
  metadata: Record<string, string>;
  /** Accounts an ACCOUNT_SPECIFIC event concerns; empty for PUBLIC events (every account sees those). */
  accounts: string[];
  entities: HealthEntity[];
}

export interface HealthEventType {
  service: string;
  code: string;
  category: EventTypeCategory;
  actionability: EventActionability;
  personas: EventPersona[];
}

/** Whether `accountId` sees the event in its own (single-account) Health view. */
export function isVisibleTo(event: HealthEvent, accountId: string): boolean {
  return event.eventScopeCode === "PUBLIC" || event.accounts.includes(accountId);
}
