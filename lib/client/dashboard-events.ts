"use client";

import { useEffect, useRef, useState } from "react";
import type { DashboardDataEvent, HelloEvent } from "@/lib/contracts/events";
import { reconnectDelay } from "@/lib/kiosk/backoff";
import { HEARTBEAT_MS, HEARTBEAT_SILENCE_FACTOR } from "@/lib/kiosk/constants";

// A screen's connection to /api/events. It reconnects itself with backoff (resuming after the last event it
// saw), treats a silent connection as dead, and reports whether it is live so the caller can fall back to
// polling meanwhile. The first build id it hears is remembered: a different one later means a new build.

export interface DashboardEventsOptions {
  /** Query string for /api/events (dashboard, view parameters, width); null: do not connect. */
  query: string | null;
  heartbeatMs?: number;
  onData: (event: DashboardDataEvent) => void;
  /** The server lost track of what this screen missed: refetch now. */
  onResync: () => void;
  onBuild: (buildId: string) => void;
}

export interface ConnectionState {
  connected: boolean;
  /** Consecutive failed attempts; 0 while connected. */
  failures: number;
  /** Epoch ms of the next attempt while disconnected. */
  retryAt?: number;
  /** Epoch ms since when the server could not be reached. */
  downSince?: number;
}

export function useDashboardEvents(options: DashboardEventsOptions): ConnectionState {
  const [state, setState] = useState<ConnectionState>({ connected: false, failures: 0 });
  const handlers = useRef(options);
  useEffect(() => {
    handlers.current = options;
  });
  const { query } = options;
  const silenceMs = (options.heartbeatMs ?? HEARTBEAT_MS) * HEARTBEAT_SILENCE_FACTOR;

  useEffect(() => {
    if (query === null || typeof EventSource === "undefined") return;
    let source: EventSource | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let silence: ReturnType<typeof setTimeout> | undefined;
    let lastEventId: string | undefined;
    let scheduleKey: string | undefined;
    let failures = 0;
    let downSince: number | undefined;
    let disposed = false;

    const armSilence = () => {
      if (silence) clearTimeout(silence);
      silence = setTimeout(() => fail(), silenceMs);
    };
    const fail = () => {
      source?.close();
      source = undefined;
      if (silence) clearTimeout(silence);
      if (disposed) return;
      downSince ??= Date.now();
      const delay = reconnectDelay(failures);
      failures++;
      setState({ connected: false, failures, retryAt: Date.now() + delay, downSince });
      retry = setTimeout(connect, delay);
    };
    const connect = () => {
      if (disposed) return;
      const url = `/api/events?${query}${lastEventId ? `&lastEventId=${encodeURIComponent(lastEventId)}` : ""}`;
      const es = new EventSource(url);
      source = es;
      armSilence();
      es.addEventListener("hello", (e) => {
        const hello = JSON.parse((e as MessageEvent<string>).data) as HelloEvent;
        scheduleKey = hello.scheduleKey;
        failures = 0;
        downSince = undefined;
        setState({ connected: true, failures: 0 });
        armSilence();
        handlers.current.onBuild(hello.buildId);
      });
      es.addEventListener("heartbeat", armSilence);
      es.addEventListener("resync", () => {
        armSilence();
        handlers.current.onResync();
      });
      es.addEventListener("message", (e) => {
        armSilence();
        const message = e as MessageEvent<string>;
        if (message.lastEventId) lastEventId = message.lastEventId;
        const event = JSON.parse(message.data) as DashboardDataEvent;
        if (event.type === "data" && (!scheduleKey || event.scheduleKey === scheduleKey))
          handlers.current.onData(event);
      });
      // EventSource retries by itself on some errors; we take over so the backoff and the banner are ours.
      es.onerror = () => fail();
    };
    connect();
    return () => {
      disposed = true;
      source?.close();
      if (retry) clearTimeout(retry);
      if (silence) clearTimeout(silence);
    };
  }, [query, silenceMs]);

  return state;
}
