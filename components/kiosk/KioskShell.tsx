"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";
import type { ConnectionState } from "@/lib/client/dashboard-events";
import { BURN_IN_PERIOD_MS, BURN_IN_SHIFT_PX, CURSOR_IDLE_MS } from "@/lib/kiosk/constants";
import { isDimmed, withoutKiosk, type KioskParams } from "@/lib/kiosk/kiosk-params";
import { autoScale } from "@/lib/kiosk/layout-fit";
import { formatTime, type TimeZoneSetting } from "@/lib/time";
import { useKioskPolicy } from "./KioskContext";
import styles from "./kiosk.module.css";
import { useNow } from "./use-now";
import "./kiosk-global.css";

export interface KioskShellProps {
  params: KioskParams;
  fit: "screen" | "scroll";
  timezone: TimeZoneSetting;
  /** Epoch ms of the newest data on screen. */
  updatedAt?: number;
  connection?: ConnectionState;
  /** Overrides the policy from KioskPolicyProvider (e.g. a display session may not leave). */
  canExit?: boolean;
  /** Controls that stay visible (time range, variables), above the content. */
  controls?: ReactNode;
  children: ReactNode;
}

function useViewport() {
  const [size, setSize] = useState({ width: 1920, height: 1080 });
  useEffect(() => {
    const measure = () => setSize({ width: window.innerWidth, height: window.innerHeight });
    measure();
    window.addEventListener("resize", measure);
    return () => window.removeEventListener("resize", measure);
  }, []);
  return size;
}

/** Hides the cursor after a few idle seconds; any movement shows it again. */
function useIdleCursor() {
  useEffect(() => {
    const root = document.documentElement;
    let timer = setTimeout(() => root.setAttribute("data-kiosk-cursor", "hidden"), CURSOR_IDLE_MS);
    const onMove = () => {
      root.removeAttribute("data-kiosk-cursor");
      clearTimeout(timer);
      timer = setTimeout(() => root.setAttribute("data-kiosk-cursor", "hidden"), CURSOR_IDLE_MS);
    };
    window.addEventListener("mousemove", onMove);
    return () => {
      clearTimeout(timer);
      window.removeEventListener("mousemove", onMove);
      root.removeAttribute("data-kiosk-cursor");
    };
  }, []);
}

function useBurnInShift(enabled: boolean) {
  const [shift, setShift] = useState({ x: 0, y: 0 });
  useEffect(() => {
    if (!enabled) return;
    let step = 0;
    const timer = setInterval(() => {
      step++;
      // Walk a small square so every pixel moves, and come back to the origin.
      const corners = [
        { x: 0, y: 0 },
        { x: BURN_IN_SHIFT_PX, y: 0 },
        { x: BURN_IN_SHIFT_PX, y: BURN_IN_SHIFT_PX },
        { x: 0, y: BURN_IN_SHIFT_PX },
      ];
      setShift(corners[step % corners.length] ?? { x: 0, y: 0 });
    }, BURN_IN_PERIOD_MS);
    return () => clearInterval(timer);
  }, [enabled]);
  return shift;
}

/** The whole-screen notice while the server cannot be reached; the screen keeps its last data beneath it. */
export function ConnectionBanner({ connection, now }: { connection?: ConnectionState; now: number }) {
  if (!connection?.downSince) return null;
  const seconds = connection.retryAt ? Math.max(0, Math.ceil((connection.retryAt - now) / 1000)) : 0;
  return (
    <div className={styles.banner} data-testid="connection-banner" role="alert">
      <div className={styles.bannerBox}>
        Cannot reach the Watchwall server
        <div className={styles.bannerDetail}>
          Showing the last data received. Reconnecting {seconds > 0 ? `in ${seconds} s` : "now"} (attempt{" "}
          {connection.failures}).
        </div>
      </div>
    </div>
  );
}

/**
 * Kiosk mode: no navigation or editing, content scaled for the screen and fitted to its height, a clock and
 * the time of the newest data in a corner, the cursor hidden when idle, Escape (or the corner control) to leave.
 */
export function KioskShell(props: KioskShellProps) {
  const { params, fit } = props;
  const policy = useKioskPolicy();
  const canExit = props.canExit ?? policy.canExit;
  const router = useRouter();
  const pathname = usePathname();
  const viewport = useViewport();
  const now = useNow(1000);
  const shift = useBurnInShift(params.burnIn);
  useIdleCursor();
  const scale = params.scale ?? autoScale(viewport.width, viewport.height);

  useEffect(() => {
    const root = document.documentElement;
    root.setAttribute("data-kiosk", "");
    root.setAttribute("data-kiosk-fit", fit);
    return () => {
      root.removeAttribute("data-kiosk");
      root.removeAttribute("data-kiosk-fit");
    };
  }, [fit]);

  useEffect(() => {
    if (!canExit) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      router.replace(`${pathname}${withoutKiosk(window.location.search)}`);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [canExit, router, pathname]);

  const exit = () => router.replace(`${pathname}${withoutKiosk(window.location.search)}`);
  const dimmed = isDimmed(params.dim, new Date(now).getHours());
  return (
    <div
      className={`${styles.root} ${dimmed ? styles.dimmed : ""}`}
      data-testid="kiosk-root"
      data-scale={scale}
      style={{
        zoom: scale,
        height: fit === "screen" ? viewport.height / scale : undefined,
        minHeight: fit === "scroll" ? viewport.height / scale : undefined,
        transform: shift.x || shift.y ? `translate(${shift.x}px, ${shift.y}px)` : undefined,
      }}
    >
      {props.controls && <div className={styles.controls}>{props.controls}</div>}
      <div className={fit === "screen" ? styles.fitBody : styles.scrollBody} data-testid="kiosk-body">
        {props.children}
      </div>
      <div className={styles.corner} data-testid="kiosk-corner">
        {props.updatedAt ? (
          <span data-testid="kiosk-updated">
            updated {formatTime(props.updatedAt, props.timezone, { seconds: true })}
          </span>
        ) : null}
        {now > 0 && (
          <span className={styles.clock} data-testid="kiosk-clock">
            {formatTime(now, props.timezone, { seconds: true })}
          </span>
        )}
        {canExit && (
          <button type="button" className={styles.exit} onClick={exit} aria-label="Exit kiosk mode">
            Exit
          </button>
        )}
      </div>
      <ConnectionBanner connection={props.connection} now={now} />
    </div>
  );
}
