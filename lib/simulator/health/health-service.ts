// Simulated AWS Health (AWS JSON 1.1, target AWSHealth_20160804) over the deterministic demo events.
// Health is one global service: requests signed for us-east-1, us-east-2 or `aws-global` (what the SDK signs
// with when a custom endpoint is set and the client's region is `aws-global`) all reach the same data, since
// the simulator routes by X-Amz-Target and never by Region.
import type { RequestContext, ServiceDefinition } from "@/lib/simulator/core/types";
import {
  describeAffectedEntities,
  describeEntityAggregates,
  describeEventAggregates,
  describeEventDetails,
  describeEvents,
  describeEventTypes,
} from "./account-operations";
import { demoHealthEvents } from "./demo-events";
import { HealthAccess, type HealthAccessOptions } from "./health-state";
import type { HealthEvent } from "./health-types";
import {
  describeAffectedAccountsForOrganization,
  describeAffectedEntitiesForOrganization,
  describeEntityAggregatesForOrganization,
  describeEventDetailsForOrganization,
  describeEventsForOrganization,
} from "./organization-operations";

export interface HealthServiceDeps extends HealthAccessOptions {
  /** Clock the demo events are placed against; defaults to the request's `ctx.now` (the simulator clock). */
  now?: () => Date;
  /** Replaces the demo events (tests, other demo worlds). */
  events?: (now: Date) => readonly HealthEvent[];
}

export function createHealthService(deps: HealthServiceDeps = {}): ServiceDefinition {
  const access = new HealthAccess(deps);
  const eventsAt = deps.events ?? demoHealthEvents;
  const events = (ctx: RequestContext) => eventsAt(deps.now ? deps.now() : ctx.now);

  /** Single-account operations: any account with a support plan, over what that account can see. */
  const account =
    (run: (input: Record<string, unknown>, accountId: string, events: readonly HealthEvent[]) => unknown) =>
    (input: Record<string, unknown>, ctx: RequestContext) => {
      access.requireSubscription(ctx.accountId);
      return run(input, ctx.accountId, events(ctx));
    };
  /** Organizational-view operations: the management account only, over the whole organisation. */
  const organization =
    (run: (input: Record<string, unknown>, events: readonly HealthEvent[]) => unknown) =>
    (input: Record<string, unknown>, ctx: RequestContext) => {
      access.requireManagement(ctx.accountId, true);
      return run(input, events(ctx));
    };

  return {
    name: "health",
    operations: {
      DescribeEvents: account(describeEvents),
      DescribeEventDetails: account(describeEventDetails),
      DescribeAffectedEntities: account(describeAffectedEntities),
      DescribeEventTypes: account((input) => describeEventTypes(input)),
      DescribeEventAggregates: account(describeEventAggregates),
      DescribeEntityAggregates: account(describeEntityAggregates),
      DescribeEventsForOrganization: organization(describeEventsForOrganization),
      DescribeEventDetailsForOrganization: organization(describeEventDetailsForOrganization),
      DescribeAffectedEntitiesForOrganization: organization(describeAffectedEntitiesForOrganization),
      DescribeAffectedAccountsForOrganization: organization(describeAffectedAccountsForOrganization),
      DescribeEntityAggregatesForOrganization: organization(describeEntityAggregatesForOrganization),
      DescribeHealthServiceStatusForOrganization: (_input, ctx) => {
        access.requireManagement(ctx.accountId, false);
        return { healthServiceAccessStatusForOrganization: access.organizationViewStatus() };
      },
      EnableHealthServiceAccessForOrganization: (_input, ctx) => {
        access.requireManagement(ctx.accountId, false);
        access.setOrganizationView(true);
        return {};
      },
      DisableHealthServiceAccessForOrganization: (_input, ctx) => {
        access.requireManagement(ctx.accountId, false);
        access.setOrganizationView(false);
        return {};
      },
    },
  };
}
