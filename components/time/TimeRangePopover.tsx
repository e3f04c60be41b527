"use client";

import { useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { TEST_IDS } from "@/lib/testing/test-ids";
import {
  absoluteFromLocalInputs,
  parseAbsoluteText,
  parseCustomRelative,
  parseDateTimeLocalValue,
  presetOptions,
  refreshLabel,
  sameRange,
  supportedTimeZones,
  toDateTimeLocalValue,
  zoneOptions,
} from "@/lib/time-picker/time-picker-model";
import {
  formatRange,
  REFRESH_INTERVALS,
  resolveRange,
  type RefreshInterval,
  type TimeRange,
  type TimeZoneSetting,
} from "@/lib/time";
import type { TimeRangePickerValue } from "./TimeRangePicker";
import styles from "./time.module.css";

const PRESETS = presetOptions();

export interface TimeRangePopoverProps {
  id: string;
  /** When the popover opened (epoch ms): resolves a relative range for the absolute fields. */
  openedAt: number;
  value: TimeRange;
  timezone: TimeZoneSetting;
  refresh: RefreshInterval;
  timeZones?: readonly string[];
  onChange: (next: TimeRangePickerValue) => void;
  onClose: (restoreFocus: boolean) => void;
}

export function TimeRangePopover(props: TimeRangePopoverProps) {
  const { value, timezone, refresh, onChange, onClose, openedAt } = props;
  const rootRef = useRef<HTMLDivElement>(null);
  const resolved = resolveRange(value, openedAt);
  const [custom, setCustom] = useState(value.type === "relative" ? formatRange(value) : "");
  const [from, setFrom] = useState(() => toDateTimeLocalValue(resolved.start, timezone));
  const [to, setTo] = useState(() => toDateTimeLocalValue(resolved.end, timezone));
  const [isoText, setIsoText] = useState(value.type === "absolute" ? formatRange(value) : "");
  const [zoneQuery, setZoneQuery] = useState("");
  const [errors, setErrors] = useState<{ custom?: string; absolute?: string; iso?: string }>({});
  const allZones = useMemo(() => props.timeZones ?? supportedTimeZones(), [props.timeZones]);
  const zones = useMemo(
    () => zoneOptions(allZones, zoneQuery, timezone, openedAt),
    [allZones, zoneQuery, timezone, openedAt],
  );

  useEffect(() => {
    const root = rootRef.current;
    const target =
      root?.querySelector<HTMLButtonElement>('button[aria-pressed="true"]') ?? root?.querySelector("button");
    target?.focus();
  }, []);

  const apply = (range: TimeRange) => {
    onChange({ range, timezone, refresh });
    onClose(true);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== "Escape") return;
    event.stopPropagation();
    onClose(true);
  };

  const submitCustom = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseCustomRelative(custom);
    if (parsed.ok) apply(parsed.value);
    else setErrors({ custom: parsed.reason });
  };

  const submitAbsolute = (event: FormEvent) => {
    event.preventDefault();
    const parsed = absoluteFromLocalInputs(from, to, timezone);
    if (parsed.ok) apply(parsed.value);
    else setErrors({ absolute: parsed.reason });
  };

  const submitIso = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseAbsoluteText(isoText);
    if (parsed.ok) apply(parsed.value);
    else setErrors({ iso: parsed.reason });
  };

  const changeZone = (next: TimeZoneSetting) => {
    // Keep the instants in the From/To fields; only their wall-clock spelling changes.
    const start = parseDateTimeLocalValue(from, timezone);
    const end = parseDateTimeLocalValue(to, timezone);
    if (start.ok) setFrom(toDateTimeLocalValue(start.value, next));
    if (end.ok) setTo(toDateTimeLocalValue(end.value, next));
    onChange({ range: value, timezone: next, refresh });
  };

  return (
    <div
      ref={rootRef}
      id={props.id}
      className={styles.popover}
      role="dialog"
      aria-label="Time range"
      data-testid={TEST_IDS.timePickerPopover}
      onKeyDown={onKeyDown}
    >
      <section className={styles.section} aria-labelledby={`${props.id}-relative`}>
        <h4 id={`${props.id}-relative`} className={styles.heading}>
          Relative
        </h4>
        <div className={styles.presets}>
          {PRESETS.map((preset) => (
            <button
              key={preset.short}
              type="button"
              className={styles.preset}
              aria-pressed={sameRange(preset.range, value)}
              aria-label={preset.label}
              title={preset.label}
              onClick={() => apply(preset.range)}
            >
              {preset.short}
            </button>
          ))}
        </div>
        <form className={styles.form} onSubmit={submitCustom} noValidate>
          <label className={styles.field}>
            Custom (e.g. 36h, 2w, 90m)
            <span className={styles.row}>
              <input
                className={styles.input}
                value={custom}
                onChange={(e) => setCustom(e.target.value)}
                aria-invalid={errors.custom ? true : undefined}
                spellCheck={false}
              />
              <button type="submit" className={styles.button}>
                Apply
              </button>
            </span>
          </label>
          {errors.custom && (
            <p className={styles.error} role="alert">
              {errors.custom}
            </p>
          )}
        </form>
      </section>

      <section className={styles.section} aria-labelledby={`${props.id}-absolute`}>
        <h4 id={`${props.id}-absolute`} className={styles.heading}>
          Absolute
        </h4>
        <form className={styles.form} onSubmit={submitAbsolute} noValidate>
          <label className={styles.field}>
            From
            <input
              className={styles.input}
              type="datetime-local"
              step={1}
              value={from}
              onChange={(e) => setFrom(e.target.value)}
            />
          </label>
          <label className={styles.field}>
            To
            <input
              className={styles.input}
              type="datetime-local"
              step={1}
              value={to}
              onChange={(e) => setTo(e.target.value)}
            />
          </label>
          <p className={styles.hint}>
            Times are in {zones.find((z) => z.value === timezone)?.label ?? timezone}.
          </p>
          <div className={styles.row}>
            <button type="submit" className={`${styles.button} ${styles.primary}`}>
              Apply range
            </button>
          </div>
          {errors.absolute && (
            <p className={styles.error} role="alert">
              {errors.absolute}
            </p>
          )}
        </form>
        <form className={styles.form} onSubmit={submitIso} noValidate>
          <label className={styles.field}>
            Or type ISO-8601 from/to
            <span className={styles.row}>
              <input
                className={styles.input}
                value={isoText}
                placeholder="2024-05-01T00:00Z/2024-05-02T00:00Z"
                onChange={(e) => setIsoText(e.target.value)}
                aria-invalid={errors.iso ? true : undefined}
                spellCheck={false}
              />
              <button type="submit" className={styles.button}>
                Apply
              </button>
            </span>
          </label>
          {errors.iso && (
            <p className={styles.error} role="alert">
              {errors.iso}
            </p>
          )}
        </form>
      </section>

      <div className={styles.sectionWide}>
        <div className={styles.section}>
          <label className={styles.field}>
            Time zone
            <input
              className={styles.input}
              type="search"
              placeholder="Search zones (e.g. new york)"
              value={zoneQuery}
              onChange={(e) => setZoneQuery(e.target.value)}
            />
          </label>
          <select
            className={`${styles.select} ${styles.zoneList}`}
            aria-label="Time zone"
            size={6}
            value={timezone}
            onChange={(e) => changeZone(e.target.value)}
          >
            {zones.map((zone) => (
              <option key={zone.value} value={zone.value}>
                {zone.label}
              </option>
            ))}
          </select>
        </div>
        <label className={styles.field}>
          Auto refresh
          <select
            className={styles.select}
            value={refresh}
            onChange={(e) => {
              const next = REFRESH_INTERVALS.find((interval) => interval === e.target.value);
              if (next) onChange({ range: value, timezone, refresh: next });
            }}
          >
            {REFRESH_INTERVALS.map((interval) => (
              <option key={interval} value={interval}>
                {refreshLabel(interval)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}
