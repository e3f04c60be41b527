"use client";

import { useCallback, useEffect, useRef } from "react";
import { api } from "@/lib/client/api";
import { buildInfoResponse, type BuildInfo } from "@/lib/contracts/events";
import { msUntilLocalHour } from "@/lib/kiosk/backoff";
import { BUILD_CHECK_MS, RENDER_STALL_MS, WATCHDOG_INTERVAL_MS } from "@/lib/kiosk/constants";

// A wall display heals itself: it reloads (keeping its URL, so kiosk mode and the view survive) when the
// server runs a new build, once a day at the quiet hour, when the JS heap passes the limit, or when rendering
// has stalled.

interface ChromeMemory {
  usedJSHeapSize: number;
}

export function reloadPage(reason: string): void {
  console.warn(`[watchwall] kiosk reload: ${reason}`);
  window.location.reload();
}

/** Returns a function to report a build id heard elsewhere (the event stream's hello). */
export function useSelfHealing(enabled: boolean): (buildId: string) => void {
  const firstBuild = useRef<string | undefined>(undefined);
  const active = useRef(enabled);
  useEffect(() => {
    active.current = enabled;
  }, [enabled]);
  // Only a kiosk reloads by itself: a person's page may hold unsaved edits.
  const reportBuild = useCallback((buildId: string) => {
    if (buildId === "development" || !active.current) return;
    if (firstBuild.current === undefined) firstBuild.current = buildId;
    else if (buildId !== firstBuild.current) reloadPage(`new build ${buildId}`);
  }, []);

  useEffect(() => {
    if (!enabled) return;
    let info: BuildInfo | undefined;
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      try {
        info = await api("/api/build", buildInfoResponse);
        reportBuild(info.buildId);
        if (quiet === undefined && info.kiosk.reloadHour !== null) {
          quiet = setTimeout(
            () => reloadPage("quiet hour"),
            msUntilLocalHour(new Date(), info.kiosk.reloadHour),
          );
        }
      } catch {
        // The server is away; the event stream's banner says so and its reconnection checks again.
      }
    };
    void check();
    const buildTimer = setInterval(() => void check(), BUILD_CHECK_MS);

    let lastFrame = performance.now();
    let frame = 0;
    const onFrame = () => {
      lastFrame = performance.now();
      frame = requestAnimationFrame(onFrame);
    };
    frame = requestAnimationFrame(onFrame);
    const watchdog = setInterval(() => {
      const memory = (performance as Performance & { memory?: ChromeMemory }).memory;
      const limitMb = info?.kiosk.heapLimitMb;
      if (memory && limitMb && memory.usedJSHeapSize > limitMb * 1024 * 1024)
        reloadPage(`heap ${Math.round(memory.usedJSHeapSize / 1048576)} MB over ${limitMb} MB`);
      // Hidden pages get no animation frames by design; only a visible page can be stalled.
      if (document.visibilityState === "visible" && performance.now() - lastFrame > RENDER_STALL_MS)
        reloadPage("rendering stalled");
      if (document.visibilityState !== "visible") lastFrame = performance.now();
    }, WATCHDOG_INTERVAL_MS);

    return () => {
      clearInterval(buildTimer);
      clearInterval(watchdog);
      if (quiet) clearTimeout(quiet);
      cancelAnimationFrame(frame);
    };
  }, [enabled, reportBuild]);

  return reportBuild;
}
