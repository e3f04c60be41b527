import { currentAlarms } from "@/lib/alarms/service";
import { parseEnv } from "@/lib/config/env";
import type { HealthEventsResponse, HealthEventView, HealthSourceJson } from "@/lib/contracts/aws-health";
import type { HealthWidget } from "@/lib/dashboards/model";
import { HEALTH_SUPPORT_PLANS } from "./constants";
import { healthGroup, matchesHealthEvent, sortHealthEvents, type HealthFilter } from "./groups";
import { dashboardDimensions, eventLinks } from "./links";
import { listHealthSnapshots } from "./snapshot-store";

// What the Health routes serve: the pollers' snapshots merged (an event seen by several accounts or by the
// organization view is one event naming every account), with links to what watches the affected resources.

/** [I] A snapshot older than this many poll intervals is shown as stale. */
const STALE_AFTER_INTERVALS = 3;

export class HealthEventNotFoundError extends Error {
  override name = "HealthEventNotFoundError";
}

async function mergedEvents(now: number) {
  const interval = parseEnv().WATCHWALL_HEALTH_POLL_SECONDS;
  const snapshots = await listHealthSnapshots();
  const names = new Map(snapshots.map((s) => [s.awsAccountId, s.accountName]));
  const byArn = new Map<string, Omit<HealthEventView, "links">>();
  for (const snapshot of snapshots) {
    for (const event of snapshot.events) {
      const ids = event.affectedAccounts.length ? event.affectedAccounts : [snapshot.awsAccountId];
      const existing = byArn.get(event.arn);
      const accounts = ids.map((id) => ({ id, name: names.get(id) ?? id }));
      if (!existing) {
        byArn.set(event.arn, { ...event, accounts, viaOrganization: snapshot.organization });
        continue;
      }
      for (const account of accounts) {
        if (!existing.accounts.some((a) => a.id === account.id)) existing.accounts.push(account);
      }
      for (const entity of event.entities) {
        if (
          !existing.entities.some((e) => e.value === entity.value && e.awsAccountId === entity.awsAccountId)
        ) {
          existing.entities.push(entity);
        }
      }
      if (!existing.description) existing.description = event.description;
    }
  }
  const sources: HealthSourceJson[] = snapshots.map((s) => ({
    accountId: s.awsAccountId,
    accountName: s.accountName,
    organization: s.organization,
    ...(s.fetchedAt ? { fetchedAt: s.fetchedAt.toISOString() } : {}),
    attemptedAt: s.attemptedAt.toISOString(),
    ...(s.error ? { error: s.error } : {}),
    stale: !s.fetchedAt || now - s.fetchedAt.getTime() > STALE_AFTER_INTERVALS * interval * 1000,
  }));
  return { events: [...byArn.values()], sources, interval };
}

async function withLinks(events: Omit<HealthEventView, "links">[]): Promise<HealthEventView[]> {
  if (!events.some((e) => e.entities.length)) return events.map((e) => ({ ...e, links: [] }));
  const [{ alarms }, dashboards] = await Promise.all([currentAlarms(), dashboardDimensions()]);
  return events.map((e) => ({ ...e, links: eventLinks(e, alarms, dashboards) }));
}

const distinct = (values: string[]) => [...new Set(values)].filter(Boolean).sort();

/** What a set of Health widgets shows: the open events matching one widget's own filters, and the sources of
 *  the accounts they name (all, for a widget naming none). */
function widgetHealthScope(
  widgets: readonly HealthWidget[],
  merged: { events: Omit<HealthEventView, "links">[]; sources: HealthSourceJson[] },
) {
  const filters: HealthFilter[] = widgets.map((w) => ({
    ...(w.accounts ? { accounts: w.accounts } : {}),
    ...(w.services ? { services: w.services } : {}),
    ...(w.regions ? { regions: w.regions } : {}),
  }));
  return {
    events: merged.events.filter(
      (e) => healthGroup(e) !== "closed" && filters.some((f) => matchesHealthEvent(e, f)),
    ),
    sources: merged.sources.filter((s) =>
      filters.some((f) => !f.accounts?.length || f.accounts.includes(s.accountId)),
    ),
  };
}

/**
 * Health events, filtered. With `widgets` (a wall screen's or anonymous viewer's dashboard), only what those
 * Health widgets show is part of the answer, without links (they name other dashboards and alarms).
 */
export async function listHealthEvents(
  filter: HealthFilter,
  now = Date.now(),
  widgets?: readonly HealthWidget[],
): Promise<HealthEventsResponse> {
  const merged = await mergedEvents(now);
  const { interval } = merged;
  const { events, sources } = widgets ? widgetHealthScope(widgets, merged) : merged;
  const matching = sortHealthEvents(events.filter((e) => matchesHealthEvent(e, filter)));
  const accounts = new Map<string, string>();
  for (const e of events) for (const a of e.accounts) accounts.set(a.id, a.name);
  for (const s of sources) accounts.set(s.accountId, s.accountName);
  return {
    events: widgets ? matching.map((e) => ({ ...e, links: [] })) : await withLinks(matching),
    sources,
    facets: {
      services: distinct(events.map((e) => e.service)),
      regions: distinct(events.map((e) => e.region)),
      categories: distinct(events.map((e) => e.category)),
      accounts: [...accounts]
        .map(([id, name]) => ({ id, name }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    },
    pollIntervalSeconds: interval,
    supportPlans: HEALTH_SUPPORT_PLANS,
  };
}

export async function healthEventDetail(arn: string, now = Date.now()): Promise<HealthEventView> {
  const { events } = await mergedEvents(now);
  const event = events.find((e) => e.arn === arn);
  if (!event) throw new HealthEventNotFoundError(`no AWS Health event ${arn} in the last poll`);
  const [linked] = await withLinks([event]);
  if (!linked) throw new HealthEventNotFoundError(`no AWS Health event ${arn} in the last poll`);
  return linked;
}
