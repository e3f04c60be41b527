"use client";

import { useCallback, useEffect, useId, useRef, useState } from "react";
import { TEST_IDS } from "@/lib/testing/test-ids";
import { zoneShortLabel } from "@/lib/time-picker/time-picker-model";
import { useHydrated } from "@/lib/client/use-hydrated";
import {
  describeRange,
  LOCAL_TIME_ZONE,
  type RefreshInterval,
  type TimeRange,
  type TimeZoneSetting,
} from "@/lib/time";
import { TimeRangePopover } from "./TimeRangePopover";
import styles from "./time.module.css";

export interface TimeRangePickerValue {
  range: TimeRange;
  timezone: TimeZoneSetting;
  refresh: RefreshInterval;
}

export interface TimeRangePickerProps {
  value: TimeRange;
  timezone: TimeZoneSetting;
  refresh: RefreshInterval;
  onChange: (next: TimeRangePickerValue) => void;
  /** IANA zones offered; default: every zone the browser knows. */
  timeZones?: readonly string[];
}

/** A compact summary button ("Last 3 hours · UTC") that opens the range, zone and refresh choices. */
export function TimeRangePicker({ value, timezone, refresh, onChange, timeZones }: TimeRangePickerProps) {
  const [openedAt, setOpenedAt] = useState<number | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popoverId = useId();
  const open = openedAt !== null;
  const hydrated = useHydrated();

  const close = useCallback((restoreFocus: boolean) => {
    setOpenedAt(null);
    if (restoreFocus) buttonRef.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) close(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open, close]);

  // The server renders the page too and does not know the viewer's zone: "local" times wait for the browser,
  // so the HTML and the first browser render agree.
  const beforeZoneKnown = timezone === LOCAL_TIME_ZONE && !hydrated;
  return (
    <div ref={rootRef} className={styles.picker} data-testid={TEST_IDS.timePicker}>
      <button
        ref={buttonRef}
        type="button"
        className={styles.button}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? popoverId : undefined}
        data-testid={TEST_IDS.timePickerButton}
        onClick={() => setOpenedAt((current) => (current === null ? Date.now() : null))}
      >
        <span>{beforeZoneKnown && value.type === "absolute" ? "…" : describeRange(value, timezone)}</span>
        <span className={styles.summaryZone}>{beforeZoneKnown ? "" : zoneShortLabel(timezone)}</span>
        {refresh !== "off" && <span className={styles.summaryRefresh}>⟳ {refresh}</span>}
      </button>
      {openedAt !== null && (
        <TimeRangePopover
          id={popoverId}
          openedAt={openedAt}
          value={value}
          timezone={timezone}
          refresh={refresh}
          onChange={onChange}
          onClose={close}
          {...(timeZones ? { timeZones } : {})}
        />
      )}
    </div>
  );
}
