"use client";

import { useQuery } from "@tanstack/react-query";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { HEALTH_GROUP_TITLES, HEALTH_GROUPS, healthGroup } from "@/lib/aws-health/groups";
import { appendHealthWidget } from "@/lib/aws-health/health-widget";
import { healthEventsOptions } from "@/lib/client/aws-health";
import type { HealthEventsQuery } from "@/lib/contracts/aws-health";
import { AddToDashboard } from "@/components/alarms/AddToDashboard";
import controls from "@/components/ui/controls.module.css";
import { HealthEventCard } from "./HealthEventCard";
import { HealthSourceCards } from "./HealthSourceCards";
import styles from "./health.module.css";

const FILTER_KEYS = ["service", "region", "category", "account"] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

/** AWS Health events of every account and organization, grouped; filters live in the URL. */
export function HealthView() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const query: HealthEventsQuery = Object.fromEntries(
    FILTER_KEYS.flatMap((k) => (params.get(k) ? [[k, params.get(k) ?? ""]] : [])),
  );
  const { data, error, isPending, isPlaceholderData } = useQuery(healthEventsOptions(query));
  const set = (key: FilterKey, value: string) => {
    const next = new URLSearchParams(params.toString());
    if (value) next.set(key, value);
    else next.delete(key);
    router.replace(`${pathname}${next.size ? `?${next}` : ""}`, { scroll: false });
  };

  if (error) return <p className="status-error">{error.message}</p>;
  if (isPending || !data) return <p className="muted">Loading AWS Health events…</p>;
  const organizations = data.sources.filter((s) => s.organization && !s.error);
  const select = (key: FilterKey, label: string, options: Array<{ value: string; label: string }>) => (
    <label>
      {label}
      <select
        className={controls.input}
        value={query[key] ?? ""}
        onChange={(e) => set(key, e.target.value)}
        aria-label={label}
      >
        <option value="">All</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div>
      {data.sources.length === 0 && (
        <p className="muted">
          No account has been polled yet; the first poll runs within a few seconds of start.
        </p>
      )}
      {organizations.map((o) => (
        <p key={o.accountId} className="muted" data-testid="health-organization-view">
          Organization view through {o.accountName} ({o.accountId}): events of every member account.
        </p>
      ))}
      <HealthSourceCards sources={data.sources} supportPlans={data.supportPlans} />
      <div className={styles.filters}>
        {select(
          "service",
          "Service",
          data.facets.services.map((s) => ({ value: s, label: s })),
        )}
        {select(
          "region",
          "Region",
          data.facets.regions.map((s) => ({ value: s, label: s })),
        )}
        {select(
          "category",
          "Category",
          data.facets.categories.map((s) => ({ value: s, label: s })),
        )}
        {select(
          "account",
          "Account",
          data.facets.accounts.map((a) => ({ value: a.id, label: `${a.name} (${a.id})` })),
        )}
      </div>
      <AddToDashboard
        label="Add these events to a dashboard"
        defaultName="AWS Health"
        message="Added an AWS Health widget"
        append={(document) =>
          appendHealthWidget(document, {
            ...(query.account ? { account: query.account } : {}),
            ...(query.service ? { service: query.service } : {}),
            ...(query.region ? { region: query.region } : {}),
          })
        }
      />
      {isPlaceholderData && <p className="muted">Updating for the new filters…</p>}
      {HEALTH_GROUPS.map((group) => {
        const events = data.events.filter((e) => healthGroup(e) === group);
        return (
          <section key={group} className={styles.group} data-testid={`health-group-${group}`}>
            <h2>
              {HEALTH_GROUP_TITLES[group]} ({events.length})
            </h2>
            {events.length === 0 && <p className="muted">None.</p>}
            {events.map((event) => (
              <HealthEventCard key={event.arn} event={event} />
            ))}
          </section>
        );
      })}
    </div>
  );
}
