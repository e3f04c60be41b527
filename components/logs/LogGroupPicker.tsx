"use client";

import { useState } from "react";
import type { AccountView } from "@/lib/client/accounts";
import { useDebouncedValue } from "@/components/metric-browser/use-debounced-value";
import { useLogGroupSearch } from "@/lib/client/logs";
import type { LogGroupRef } from "@/lib/contracts/logs";
import { MAX_LOG_GROUPS } from "@/lib/logs/constants";
import styles from "./logs.module.css";

// Log groups from any registered account and Region: server-side search (DescribeLogGroups with a name
// pattern, one cursor page at a time). Selected groups live in their own list, so they never vanish when
// they are not on the current page or match of the search.

export interface LogGroupPickerProps {
  accounts: readonly AccountView[];
  account: string | undefined;
  region: string | undefined;
  onScopeChange: (account: string, region: string) => void;
  selected: readonly LogGroupRef[];
  onSelectedChange: (groups: LogGroupRef[]) => void;
  mode: "groups" | "prefix";
  onModeChange: (mode: "groups" | "prefix") => void;
}

const same = (a: LogGroupRef, b: LogGroupRef) =>
  a.accountId === b.accountId && a.region === b.region && a.name === b.name;

export function LogGroupPicker(props: LogGroupPickerProps) {
  const { accounts, account, region, selected, onSelectedChange } = props;
  const [search, setSearch] = useState("");
  const [prefix, setPrefix] = useState("");
  const debounced = useDebouncedValue(search.trim(), 250);
  const groups = useLogGroupSearch(account, region, debounced);
  const current = accounts.find((a) => a.accountId === account);
  const listed = groups.data?.pages.flatMap((p) => p.groups) ?? [];
  const multiScope = new Set(selected.map((g) => `${g.accountId}/${g.region}`)).size > 1;
  const full = selected.length >= MAX_LOG_GROUPS;

  const toggle = (name: string) => {
    if (!account || !region) return;
    const ref = { accountId: account, region, name };
    if (selected.some((g) => same(g, ref))) onSelectedChange(selected.filter((g) => !same(g, ref)));
    else if (!full) onSelectedChange([...selected, ref]);
  };

  return (
    <section className={styles.panel} aria-label="Log groups">
      <h2 className={styles.panelTitle}>Log groups</h2>
      <div className={styles.row}>
        <select
          className={styles.input}
          aria-label="Account"
          value={account ?? ""}
          onChange={(e) => {
            const next = accounts.find((a) => a.accountId === e.target.value);
            if (next)
              props.onScopeChange(
                next.accountId,
                next.regions.includes(region ?? "") ? (region ?? "") : (next.regions[0] ?? ""),
              );
          }}
        >
          {accounts.map((a) => (
            <option key={a.id} value={a.accountId}>
              {a.name} ({a.accountId})
            </option>
          ))}
        </select>
        <select
          className={styles.input}
          aria-label="Region"
          value={region ?? ""}
          onChange={(e) => account && props.onScopeChange(account, e.target.value)}
        >
          {(current?.regions ?? []).map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </div>
      <label className={styles.row} style={{ marginTop: 8 }}>
        <input
          type="checkbox"
          checked={props.mode === "prefix"}
          onChange={(e) => props.onModeChange(e.target.checked ? "prefix" : "groups")}
        />
        <span className={styles.muted}>
          Prefix mode (SOURCE logGroups(namePrefix: …), up to 5 per account and Region)
        </span>
      </label>
      {selected.length > 0 ? (
        <ul className={styles.chips} aria-label="Selected log groups" style={{ marginTop: 8 }}>
          {selected.map((g) => (
            <li
              key={`${g.accountId}/${g.region}/${g.name}`}
              className={styles.chip}
              data-testid="selected-log-group"
            >
              <span title={`${g.accountId} ${g.region}`}>
                {multiScope || g.accountId !== account || g.region !== region
                  ? `${g.accountId} ${g.region} · `
                  : ""}
                {g.name}
                {props.mode === "prefix" ? "*" : ""}
              </span>
              <button
                type="button"
                aria-label={`Remove ${g.name}`}
                onClick={() => onSelectedChange(selected.filter((s) => !same(s, g)))}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.muted}>No log group selected.</p>
      )}
      <p className={styles.muted}>
        {selected.length} of {MAX_LOG_GROUPS} groups{full ? " — the limit: remove one to add another" : ""}
      </p>
      {props.mode === "prefix" ? (
        <form
          className={styles.row}
          onSubmit={(e) => {
            e.preventDefault();
            if (prefix.trim() && account && region && !full) {
              onSelectedChange([...selected, { accountId: account, region, name: prefix.trim() }]);
              setPrefix("");
            }
          }}
        >
          <input
            className={styles.input}
            placeholder="/aws/lambda/shop-"
            aria-label="Log group name prefix"
            value={prefix}
            onChange={(e) => setPrefix(e.target.value)}
          />
          <button type="submit" className={styles.button}>
            Add prefix
          </button>
        </form>
      ) : (
        <>
          <input
            className={styles.input}
            type="search"
            placeholder="Search log groups"
            aria-label="Search log groups"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
          {groups.error ? <p className={styles.error}>{groups.error.message}</p> : null}
          <ul className={styles.groupList} aria-label="Log groups found">
            {listed.map((g) => {
              const checked = selected.some(
                (s) => account && region && same(s, { accountId: account, region, name: g.name }),
              );
              return (
                <li key={g.arn || g.name}>
                  <label>
                    <input
                      type="checkbox"
                      checked={checked}
                      disabled={!checked && full}
                      onChange={() => toggle(g.name)}
                    />
                    {g.name}
                  </label>
                </li>
              );
            })}
          </ul>
          {groups.isFetching ? <p className={styles.muted}>Searching…</p> : null}
          {groups.hasNextPage ? (
            <button type="button" className={styles.button} onClick={() => void groups.fetchNextPage()}>
              More
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
