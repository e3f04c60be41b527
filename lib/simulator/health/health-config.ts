// Every inferred ([I]) choice of the simulated AWS Health service, in one place so each is easy to change.
import { SHARED_SERVICES_ACCOUNT_ID, STAGING_ACCOUNT_ID } from "@/lib/simulator/accounts";

/** [I] The demo organisation's management account: the only caller the *ForOrganization operations serve. */
export const HEALTH_MANAGEMENT_ACCOUNT_ID = SHARED_SERVICES_ACCOUNT_ID;

/** [I] Organizational view starts enabled, so the org-wide demo works without calling Enable… first. */
export const ORGANIZATIONAL_VIEW_ENABLED_BY_DEFAULT = true;

/**
 * [I] Accounts without a Business / Enterprise support plan: every Health call answers
 * SubscriptionRequiredException. Staging starts without one so the product's handling shows in the demo.
 */
export const ACCOUNTS_WITHOUT_SUPPORT_PLAN: readonly string[] = [STAGING_ACCOUNT_ID];

/**
 * [I] Error for *ForOrganization calls from a member account, or while organizational view is disabled.
 * AWS does not document the exact code and text; AccessDeniedException (400, as plain JSON services send it)
 * is what a client must be prepared for.
 */
export const ORG_ACCESS_DENIED = {
  code: "AccessDeniedException",
  status: 400,
  notManagement: (accountId: string) =>
    `Account ${accountId} is not the management account or a delegated administrator of an AWS organization with AWS Health organizational view enabled.`,
  viewDisabled:
    "AWS Health organizational view is not enabled for this organization. Call EnableHealthServiceAccessForOrganization from the management account first.",
} as const;

/**
 * Page sizes. Model: DescribeEvents, DescribeAffectedEntities, DescribeEventAggregates,
 * DescribeAffectedAccountsForOrganization and DescribeEventTypes take maxResults 10..100; the organization
 * variants of DescribeEvents / DescribeAffectedEntities take 1..100. DescribeEventTypes defaults to 30
 * (documented); [I] the others default to the smallest legal page so clients that ignore nextToken show it.
 */
export const PAGE_LIMITS = {
  standard: { min: 10, max: 100, default: 10 },
  lowerRange: { min: 1, max: 100, default: 10 },
  eventTypes: { min: 10, max: 100, default: 30 },
} as const;

/** [I] Locales accepted; AWS documents English as the only supported one. */
export const SUPPORTED_LOCALES: ReadonlySet<string> = new Set(["en", "en_US", "en-US"]);

/** [I] errorName of failedSet items for unknown event ARNs (the model does not list values). */
export const EVENT_NOT_FOUND_ERROR_NAME = "ResourceNotFoundException";

/** [I] Health keeps events for 90 days; nothing older than this is generated. */
export const EVENT_RETENTION_DAYS = 90;
