"use client";

import { useState, type FormEvent } from "react";
import { api, ApiError } from "@/lib/client/api";
import { ignoredBody } from "@/lib/contracts/common";
import { useHydrated } from "@/lib/client/use-hydrated";
import styles from "./auth.module.css";

export function LoginForm({ next, error, sso }: { next: string; error?: string; sso: boolean }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [message, setMessage] = useState(error);
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setMessage(undefined);
    try {
      await api("/api/auth/login", ignoredBody, { body: { email, password } });
      // A full navigation, so every cached page is fetched again as the signed-in user.
      window.location.assign(next);
    } catch (e) {
      setMessage(e instanceof ApiError ? e.message : "Cannot sign in");
      setBusy(false);
    }
  }

  return (
    <form className={styles.panel} onSubmit={(e) => void submit(e)} aria-label="Sign in">
      <h1 className="page-title">Sign in to Watchwall</h1>
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
        Password
        <input
          className={styles.input}
          type="password"
          autoComplete="current-password"
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
        {busy ? "Signing in…" : "Sign in"}
      </button>
      {sso ? (
        <a className={styles.button} href={`/api/auth/oidc/start?next=${encodeURIComponent(next)}`}>
          Sign in with single sign-on
        </a>
      ) : null}
      <p className="muted">
        A wall screen? <a href="/pair">Pair it with a code</a>.
      </p>
    </form>
  );
}
