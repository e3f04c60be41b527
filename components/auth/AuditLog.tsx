"use client";

import { useState } from "react";
import { useAudit } from "@/lib/client/auth";
import styles from "./auth.module.css";

const ACTIONS = [
  "login",
  "login_failed",
  "logout",
  "password_changed",
  "user_created",
  "user_changed",
  "user_deleted",
  "token_created",
  "token_revoked",
  "display_paired",
  "display_revoked",
  "dashboard_created",
  "dashboard_saved",
  "dashboard_deleted",
  "dashboard_restored",
  "account_added",
  "account_changed",
  "account_deleted",
];

export function AuditLog() {
  const [action, setAction] = useState("");
  const [actor, setActor] = useState("");
  const audit = useAudit({ action, actor });
  return (
    <section aria-label="Audit log">
      <div className={styles.row}>
        <label className={styles.field}>
          Action
          <select className={styles.input} value={action} onChange={(e) => setAction(e.target.value)}>
            <option value="">any</option>
            {ACTIONS.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
        </label>
        <label className={styles.field}>
          Who
          <input
            className={styles.input}
            value={actor}
            onChange={(e) => setActor(e.target.value)}
            placeholder="email or token"
          />
        </label>
      </div>
      {audit.isError ? <p className={styles.error}>{audit.error.message}</p> : null}
      <table className={styles.table}>
        <thead>
          <tr>
            <th>When</th>
            <th>Who</th>
            <th>What</th>
            <th>Target</th>
            <th>Details</th>
            <th>Address</th>
          </tr>
        </thead>
        <tbody>
          {audit.data?.events.map((e) => (
            <tr key={e.id} data-testid="audit-row">
              <td>{new Date(e.at).toLocaleString()}</td>
              <td>{e.actor}</td>
              <td>{e.action}</td>
              <td>{e.targetType ? `${e.targetType} ${e.targetId}` : ""}</td>
              <td>
                <code>{JSON.stringify(e.detail)}</code>
              </td>
              <td>{e.address}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
