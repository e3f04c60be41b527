"use client";

import { useState, type FormEvent } from "react";
import { api, ApiError } from "@/lib/client/api";
import { pairingCodeResponse } from "@/lib/contracts/auth";
import { noContent } from "@/lib/contracts/common";
import { authKeys, useAuthMutation, useDisplays } from "@/lib/client/auth";
import styles from "./auth.module.css";

export function DisplaysAdmin() {
  const displays = useDisplays();
  const [name, setName] = useState("");
  const [dashboards, setDashboards] = useState("");
  const [code, setCode] = useState<{ code: string; expiresAt: string }>();
  const [error, setError] = useState<string>();
  const create = useAuthMutation(authKeys.displays, (body: object) =>
    api("/api/displays/pairing-codes", pairingCodeResponse, { body }),
  );
  const revoke = useAuthMutation(authKeys.displays, (id: string) =>
    api(`/api/displays/${id}`, noContent, { method: "DELETE" }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    create.mutate(
      { name, dashboards: dashboards.split(/[\s,]+/).filter(Boolean) },
      {
        onSuccess: setCode,
        onError: (e) => setError(e instanceof ApiError ? e.message : "Cannot create a pairing code"),
      },
    );
  }

  return (
    <section className={styles.section} aria-label="Wall screens">
      <h2>Wall screens</h2>
      <form className={styles.row} onSubmit={submit} aria-label="Pair a screen">
        <label className={styles.field}>
          Screen name
          <input className={styles.input} required value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className={styles.field}>
          Dashboard ids
          <input
            className={styles.input}
            required
            value={dashboards}
            onChange={(e) => setDashboards(e.target.value)}
          />
        </label>
        <button className={styles.primary} type="submit">
          Create pairing code
        </button>
      </form>
      {error ? (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      ) : null}
      {code ? (
        <p role="status">
          Type <strong className={styles.secret}>{code.code}</strong> on the screen&apos;s /pair page before{" "}
          {new Date(code.expiresAt).toLocaleTimeString()}.
        </p>
      ) : null}
      <table className={styles.table}>
        <thead>
          <tr>
            <th>Screen</th>
            <th>Dashboards</th>
            <th>Last seen</th>
            <th>Address</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {displays.data?.displays.map((d) => (
            <tr key={d.id}>
              <td>{d.name}</td>
              <td>{[...d.dashboards, ...d.playlists].join(", ")}</td>
              <td>{new Date(d.lastSeenAt).toLocaleString()}</td>
              <td>{d.address}</td>
              <td>
                {d.revoked ? (
                  "revoked"
                ) : (
                  <button type="button" className={styles.button} onClick={() => revoke.mutate(d.id)}>
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
