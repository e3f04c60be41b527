"use client";

import { useState, type FormEvent } from "react";
import { api, ApiError } from "@/lib/client/api";
import { ignoredBody } from "@/lib/contracts/common";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { useHydrated } from "@/lib/client/use-hydrated";
import styles from "./auth.module.css";

export function SetupForm({ token }: { token: string }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setMessage(undefined);
    try {
      await api("/api/auth/setup", ignoredBody, { body: { token, email, password } });
      window.location.assign("/dashboards");
    } catch (e) {
      setMessage(e instanceof ApiError ? e.message : "Cannot create the admin");
      setBusy(false);
    }
  }

  return (
    <form className={styles.panel} onSubmit={(e) => void submit(e)} aria-label="Create the first admin">
      <h1 className="page-title">Welcome to Watchwall</h1>
      <p className="muted">Create the first administrator. This link works once.</p>
      <label className={styles.field}>
        Email
        <input
          className={styles.input}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </label>
      <label className={styles.field}>
        Password (at least {PASSWORD_MIN_LENGTH} characters)
        <input
          className={styles.input}
          type="password"
          autoComplete="new-password"
          minLength={PASSWORD_MIN_LENGTH}
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      {message ? (
        <p role="alert" className={styles.error}>
          {message}
        </p>
      ) : null}
      <button className={styles.primary} type="submit" disabled={busy || !hydrated}>
        Create admin and open the demo
      </button>
    </form>
  );
}
