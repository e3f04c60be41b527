"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { api, ApiError } from "@/lib/client/api";
import { pairResponse } from "@/lib/contracts/auth";
import { useHydrated } from "@/lib/client/use-hydrated";
import styles from "./auth.module.css";

interface Granted {
  dashboards: string[];
  playlists: string[];
}

function firstScreen(granted: Granted): string {
  if (granted.playlists[0]) return `/playlists/${encodeURIComponent(granted.playlists[0])}?kiosk`;
  if (granted.dashboards[0]) return `/dashboards/${encodeURIComponent(granted.dashboards[0])}?kiosk`;
  return "/pair";
}

/** A wall screen types the code an Admin gave it, or opens a display link (?token=…). */
export function PairForm({
  revoked,
  token,
  code: initialCode,
}: {
  revoked: boolean;
  token?: string;
  code?: string;
}) {
  const [code, setCode] = useState(initialCode ?? "");
  const [message, setMessage] = useState<string>();
  const started = useRef(false);
  const hydrated = useHydrated();

  async function pair(body: { code?: string; token?: string }) {
    setMessage(undefined);
    try {
      const granted = await api("/api/auth/pair", pairResponse, { body });
      window.location.assign(firstScreen(granted));
    } catch (e) {
      setMessage(e instanceof ApiError ? e.message : "Cannot pair this screen");
    }
  }

  useEffect(() => {
    if (started.current || (!token && !initialCode)) return;
    started.current = true;
    void pair(token ? { token } : { code: initialCode });
  }, [token, initialCode]);

  function submit(event: FormEvent) {
    event.preventDefault();
    void pair({ code });
  }

  return (
    <form className={styles.panel} onSubmit={submit} aria-label="Pair this screen">
      <h1 className="page-title">Pair this screen</h1>
      {revoked ? (
        <p role="alert" className={styles.notice}>
          An administrator revoked this screen&apos;s access. Enter a new pairing code to show dashboards
          again.
        </p>
      ) : null}
      <label className={styles.field}>
        Pairing code
        <input
          className={styles.input}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          placeholder="ABCD-EFGH"
          autoComplete="off"
          required
        />
      </label>
      {message ? (
        <p role="alert" className={styles.error}>
          {message}
        </p>
      ) : null}
      <button className={styles.primary} type="submit" disabled={!hydrated}>
        Pair
      </button>
    </form>
  );
}
