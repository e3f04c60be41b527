"use client";

import { useState, type FormEvent } from "react";
import { api, ApiError } from "@/lib/client/api";
import { createdTokenResponse } from "@/lib/contracts/auth";
import { noContent } from "@/lib/contracts/common";
import { authKeys, useAuthMutation, useTokens } from "@/lib/client/auth";
import styles from "./auth.module.css";

const ROLES = ["viewer", "editor", "admin", "display"] as const;

function ids(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function TokensAdmin() {
  const tokens = useTokens();
  const [name, setName] = useState("");
  const [role, setRole] = useState<(typeof ROLES)[number]>("viewer");
  const [expires, setExpires] = useState("");
  const [dashboards, setDashboards] = useState("");
  const [created, setCreated] = useState<{ name: string; token: string }>();
  const [error, setError] = useState<string>();
  const create = useAuthMutation(authKeys.tokens, (body: object) =>
    api("/api/tokens", createdTokenResponse, { body }),
  );
  const revoke = useAuthMutation(authKeys.tokens, (id: string) =>
    api(`/api/tokens/${id}`, noContent, { method: "DELETE" }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    create.mutate(
      {
        name,
        role,
        ...(expires ? { expiresAt: new Date(expires).toISOString() } : {}),
        ...(role === "display" ? { dashboards: ids(dashboards) } : {}),
      },
      {
        onSuccess: (result) => {
          setCreated({ name, token: result.token });
          setName("");
        },
        onError: (e) => setError(e instanceof ApiError ? e.message : "Cannot create the token"),
      },
    );
  }

  return (
    <section className={styles.section} aria-label="API tokens">
      <h2>API tokens</h2>
      <form className={styles.row} onSubmit={submit} aria-label="Create a token">
        <label className={styles.field}>
          Name
          <input className={styles.input} required value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className={styles.field}>
          Role
          <select
            className={styles.input}
            value={role}
            onChange={(e) => setRole(e.target.value as (typeof ROLES)[number])}
          >
            {ROLES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
        {role === "display" ? (
          <label className={styles.field}>
            Dashboard ids
            <input
              className={styles.input}
              value={dashboards}
              onChange={(e) => setDashboards(e.target.value)}
            />
          </label>
        ) : null}
        <label className={styles.field}>
          Expires (optional)
          <input
            className={styles.input}
            type="date"
            value={expires}
            onChange={(e) => setExpires(e.target.value)}
          />
        </label>
        <button className={styles.primary} type="submit">
          Create token
        </button>
      </form>
      {error ? (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      ) : null}
      {created ? (
        <div role="status">
          <p>
            Token <strong>{created.name}</strong>: copy it now, it is not shown again.
          </p>
          <p className={styles.secret} data-testid="new-token">
            {created.token}
          </p>
        </div>
      ) : null}
      <table className={styles.table}>
        <thead>
          <tr>
            <th>Name</th>
            <th>Role</th>
            <th>Created by</th>
            <th>Expires</th>
            <th>Last used</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {tokens.data?.tokens.map((token) => (
            <tr key={token.id}>
              <td>{token.name}</td>
              <td>{token.role}</td>
              <td>{token.createdBy ?? "—"}</td>
              <td>{token.expiresAt ? new Date(token.expiresAt).toLocaleString() : "never"}</td>
              <td>{token.lastUsedAt ? new Date(token.lastUsedAt).toLocaleString() : "never"}</td>
              <td>
                {token.revoked ? (
                  "revoked"
                ) : (
                  <button type="button" className={styles.button} onClick={() => revoke.mutate(token.id)}>
                    Revoke
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
