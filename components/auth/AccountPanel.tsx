"use client";

import { useState, type FormEvent } from "react";
import { api, ApiError } from "@/lib/client/api";
import { ignoredBody } from "@/lib/contracts/common";
import styles from "./auth.module.css";

export function AccountPanel() {
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();

  async function change(event: FormEvent) {
    event.preventDefault();
    try {
      await api("/api/auth/password", ignoredBody, { body: { currentPassword: current, newPassword: next } });
      setMessage({ ok: true, text: "Password changed; your other sessions were signed out." });
      setCurrent("");
      setNext("");
    } catch (e) {
      setMessage({ ok: false, text: e instanceof ApiError ? e.message : "Cannot change the password" });
    }
  }

  async function everywhere() {
    await api("/api/auth/logout-everywhere", ignoredBody, { method: "POST" });
    window.location.assign("/login");
  }

  return (
    <>
      <form className={styles.section} onSubmit={(e) => void change(e)} aria-label="Change password">
        <h2>Change password</h2>
        <label className={styles.field}>
          Current password
          <input
            className={styles.input}
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            required
          />
        </label>
        <label className={styles.field}>
          New password (at least 12 characters)
          <input
            className={styles.input}
            type="password"
            autoComplete="new-password"
            value={next}
            onChange={(e) => setNext(e.target.value)}
            required
          />
        </label>
        {message ? (
          <p role="status" className={message.ok ? "status-ok" : styles.error}>
            {message.text}
          </p>
        ) : null}
        <button className={styles.primary} type="submit">
          Change password
        </button>
      </form>
      <section className={styles.section}>
        <h2>Sessions</h2>
        <button type="button" className={styles.button} onClick={() => void everywhere()}>
          Sign out everywhere
        </button>
      </section>
    </>
  );
}
