import type { HealthEventRecord } from "./model";

// How /health groups events: what is wrong now, what AWS will change, what AWS tells the account, and what
// has been resolved within the last 90 days.

export const HEALTH_GROUPS = ["issues", "scheduled", "notifications", "closed"] as const;
export type HealthGroup = (typeof HEALTH_GROUPS)[number];

export const HEALTH_GROUP_TITLES: Record<HealthGroup, string> = {
  issues: "Open issues",
  scheduled: "Scheduled changes",
  notifications: "Account notifications",
  closed: "Recently closed",
};

export function healthGroup(event: Pick<HealthEventRecord, "category" | "statusCode">): HealthGroup {
  if (event.statusCode === "closed") return "closed";
  if (event.category === "scheduledChange") return "scheduled";
  if (event.category === "accountNotification") return "notifications";
  return "issues";
}

export interface HealthFilter {
  services?: readonly string[];
  regions?: readonly string[];
  categories?: readonly string[];
  accounts?: readonly string[];
  statuses?: readonly string[];
}

const within = (list: readonly string[] | undefined, value: string) =>
  !list || list.length === 0 || list.includes(value);

export function matchesHealthEvent(
  event: HealthEventRecord & { accounts: readonly { id: string }[] },
  filter: HealthFilter,
): boolean {
  return (
    within(filter.services, event.service) &&
    within(filter.regions, event.region) &&
    within(filter.categories, event.category) &&
    within(filter.statuses, event.statusCode) &&
    (!filter.accounts?.length || event.accounts.some((a) => filter.accounts?.includes(a.id)))
  );
}

/** Newest first: open events by start, closed ones by last update. */
export function sortHealthEvents<T extends HealthEventRecord>(events: readonly T[]): T[] {
  const key = (e: T) => e.lastUpdatedTime ?? e.startTime ?? "";
  return [...events].sort((a, b) => key(b).localeCompare(key(a)) || a.arn.localeCompare(b.arn));
}
