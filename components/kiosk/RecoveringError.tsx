"use client";

import { useEffect, useState } from "react";
import { reconnectDelay } from "@/lib/kiosk/backoff";
import { ERROR_RETRY_LIMIT } from "@/lib/kiosk/constants";
import { reloadPage } from "./use-self-healing";

// A rendering error must never leave a wall display on an error page: say so briefly, retry rendering with
// backoff, and after a few failed retries reload the page (same URL, so kiosk mode and the view are kept).

const attemptsKey = "watchwall.errorRecoveryAttempts";

export function RecoveringError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const [seconds, setSeconds] = useState<number>();
  useEffect(() => {
    // Attempts within the last few minutes count; an error long after a recovery starts over.
    const [count, at] = (sessionStorage.getItem(attemptsKey) ?? "0:0").split(":").map(Number);
    const attempts = Date.now() - (at ?? 0) < 5 * 60_000 ? (count ?? 0) : 0;
    sessionStorage.setItem(attemptsKey, `${attempts + 1}:${Date.now()}`);
    const delay = reconnectDelay(Math.min(attempts, 4));
    const until = Date.now() + delay;
    const tick = setInterval(() => setSeconds(Math.max(0, Math.ceil((until - Date.now()) / 1000))), 250);
    const retry = setTimeout(() => {
      if (attempts + 1 >= ERROR_RETRY_LIMIT) {
        sessionStorage.removeItem(attemptsKey);
        reloadPage(`render error: ${error.message}`);
      } else {
        reset();
      }
    }, delay);
    return () => {
      clearInterval(tick);
      clearTimeout(retry);
    };
  }, [error, reset]);
  return (
    <div role="alert" data-testid="recovering-error" style={{ padding: 24, color: "var(--muted)" }}>
      <p style={{ fontSize: 18, color: "var(--text)" }}>Something went wrong while drawing this view.</p>
      <p>Trying again{seconds !== undefined ? ` in ${seconds} s` : ""}…</p>
    </div>
  );
}
