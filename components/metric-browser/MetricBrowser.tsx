"use client";

import Link from "next/link";
import { useRef, useState } from "react";
import { useAccounts, type AccountView } from "@/lib/client/accounts";
import type { Dimension } from "@/lib/dashboards/model";
import { ErrorNotice } from "./ErrorNotice";
import { MetricList } from "./MetricList";
import { NamespaceList } from "./NamespaceList";
import { ScopePicker, type MetricScope } from "./ScopePicker";
import { useCatalog, type CatalogMetric } from "@/lib/client/catalog";
import { useDebouncedValue } from "./use-debounced-value";
import styles from "./metric-browser.module.css";
import { TEST_IDS } from "@/lib/testing/test-ids";

export type { MetricScope };

/** What choosing a metric hands to the caller. */
export interface MetricSelection {
  accountId: string;
  region: string;
  namespace: string;
  metricName: string;
  dimensions: Dimension[];
}

export interface MetricBrowserProps {
  onSelect: (metric: MetricSelection) => void;
  /** Controlled account (AWS id) and Region; leave undefined to let the browser keep its own. */
  accountId?: string;
  region?: string;
  onScopeChange?: (scope: MetricScope) => void;
  /** Marks metrics the caller already has (e.g. on the graph). */
  isSelected?: (metric: MetricSelection) => boolean;
  /** Namespace shown first; undefined shows all. */
  defaultNamespace?: string;
  className?: string;
}

/** [I] Typing pause before the search is sent to the server. */
export const SEARCH_DEBOUNCE_MS = 300;
/** [I] Metrics listed per page ("Show more" adds another page, up to the API's 1,000). */
export const METRICS_PAGE_SIZE = 200;
const MAX_LIMIT = 1_000;

function pickAccount(
  accounts: readonly AccountView[],
  accountId: string | undefined,
): AccountView | undefined {
  return accounts.find((a) => a.accountId === accountId) ?? accounts[0];
}

export function MetricBrowser(props: MetricBrowserProps) {
  const accounts = useAccounts();
  const [ownScope, setOwnScope] = useState<Partial<MetricScope>>({});
  const [namespace, setNamespace] = useState<string | undefined>(props.defaultNamespace);
  const [search, setSearch] = useState("");
  const debouncedSearch = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const listRef = useRef<HTMLUListElement>(null);

  const list = accounts.data ?? [];
  const wantedAccount = props.accountId ?? ownScope.accountId;
  const account = pickAccount(list, wantedAccount);
  const wantedRegion = props.region ?? ownScope.region;
  const region =
    account && wantedRegion && account.regions.includes(wantedRegion) ? wantedRegion : account?.regions[0];
  const scope = account && region ? { accountId: account.accountId, region } : null;

  // "Show more" applies to one listing; another namespace or search starts again from one page.
  const listingKey = JSON.stringify([scope, namespace, debouncedSearch]);
  const [more, setMore] = useState({ key: listingKey, limit: METRICS_PAGE_SIZE });
  const limit = more.key === listingKey ? more.limit : METRICS_PAGE_SIZE;

  const namespaces = useCatalog(scope && { ...scope, limit: 1 });
  const metrics = useCatalog(scope && { ...scope, namespace, search: debouncedSearch || undefined, limit });

  function changeScope(next: MetricScope) {
    setOwnScope(next);
    setNamespace(undefined);
    props.onScopeChange?.(next);
  }

  function choose(metric: CatalogMetric) {
    if (!scope) return;
    props.onSelect({
      ...scope,
      namespace: metric.namespace,
      metricName: metric.metricName,
      dimensions: metric.dimensions,
    });
  }

  const rootClass = [styles.browser, props.className].filter(Boolean).join(" ");

  if (accounts.isPending) {
    return (
      <section className={rootClass} data-testid={TEST_IDS.metricBrowser} aria-busy="true">
        <p className="muted">Loading accounts…</p>
      </section>
    );
  }
  if (accounts.isError) {
    return (
      <section className={rootClass} data-testid={TEST_IDS.metricBrowser}>
        <ErrorNotice
          title="Could not load the AWS accounts"
          error={accounts.error}
          onRetry={() => void accounts.refetch()}
        />
      </section>
    );
  }
  if (!account || !region || !scope) {
    return (
      <section className={rootClass} data-testid={TEST_IDS.metricBrowser}>
        <p className="muted">
          No AWS account is registered yet. Add one in <Link href="/settings">Settings</Link>.
        </p>
      </section>
    );
  }

  const scopeNotes: string[] = [];
  if (wantedAccount && wantedAccount !== account.accountId) {
    scopeNotes.push(`Account ${wantedAccount} is not registered; showing ${account.name}.`);
  } else if (wantedRegion && wantedRegion !== region) {
    scopeNotes.push(`${wantedRegion} is not enabled for ${account.name}; showing ${region}.`);
  }
  const namespaceList = namespaces.data?.namespaces ?? [];
  const unknownNamespace =
    namespace !== undefined && namespaces.isSuccess && !namespaceList.some((n) => n.name === namespace);
  const isSelected = props.isSelected;
  const data = metrics.data;

  return (
    <section className={rootClass} data-testid={TEST_IDS.metricBrowser} aria-label="Metric browser">
      <ScopePicker accounts={list} account={account} region={region} onChange={changeScope} />
      {scopeNotes.map((note) => (
        <p key={note} className={styles.note}>
          {note}
        </p>
      ))}
      <input
        type="search"
        className={styles.search}
        placeholder="Search metrics, e.g. CPUUtilization i-0abc"
        aria-label="Search metrics"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") {
            event.preventDefault();
            listRef.current?.focus();
          }
        }}
      />
      {namespaces.isError ? (
        <ErrorNotice
          title={`Could not list the metrics of ${account.name} in ${region}`}
          error={namespaces.error}
          onRetry={() => void namespaces.refetch()}
        />
      ) : namespaces.isPending ? (
        <p className="muted">Loading namespaces…</p>
      ) : (
        <NamespaceList namespaces={namespaceList} selected={namespace} onSelect={setNamespace} />
      )}
      {unknownNamespace && (
        <p className={styles.note}>{namespace} has no metrics in this account and Region.</p>
      )}
      <div className={styles.listArea} aria-busy={metrics.isFetching}>
        {metrics.isError && !namespaces.isError ? (
          <ErrorNotice
            title="Could not load metrics"
            error={metrics.error}
            onRetry={() => void metrics.refetch()}
          />
        ) : metrics.isPending || !data ? (
          !namespaces.isError && <p className="muted">Loading metrics…</p>
        ) : data.metrics.length === 0 ? (
          <p className="muted" data-testid="metric-browser-empty">
            {debouncedSearch
              ? `No metric matches “${debouncedSearch}”${namespace ? ` in ${namespace}` : ""}.`
              : `No metrics${namespace ? ` in ${namespace}` : ""} in ${account.name} / ${region}.`}
          </p>
        ) : (
          <>
            <MetricList
              ref={listRef}
              label={namespace ? `Metrics in ${namespace}` : "Metrics"}
              metrics={data.metrics}
              showNamespace={namespace === undefined}
              isSelected={isSelected && ((m) => isSelected({ ...scope, ...m }))}
              onChoose={choose}
            />
            <p className={styles.listFooter}>
              {data.total > data.metrics.length
                ? `Showing ${data.metrics.length.toLocaleString("en-US")} of ${data.total.toLocaleString("en-US")}`
                : `${data.total.toLocaleString("en-US")} metric${data.total === 1 ? "" : "s"}`}
              {data.total > data.metrics.length && limit < MAX_LIMIT && (
                <button
                  type="button"
                  className={styles.linkButton}
                  onClick={() =>
                    setMore({ key: listingKey, limit: Math.min(MAX_LIMIT, limit + METRICS_PAGE_SIZE) })
                  }
                >
                  Show more
                </button>
              )}
            </p>
            {data.truncated && (
              <p className={styles.note}>
                AWS has more metrics here than Watchwall lists; search to narrow them down.
              </p>
            )}
          </>
        )}
      </div>
    </section>
  );
}
