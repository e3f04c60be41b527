// Inferred ([I]) choices of the alarm features, in one place.

/** [I] How often each account and Region is polled (WATCHWALL_ALARM_POLL_SECONDS overrides). */
export const DEFAULT_ALARM_POLL_SECONDS = 60;

/** [I] A snapshot older than this many poll intervals is shown as stale. */
export const STALE_AFTER_INTERVALS = 3;

/** [I] Two state changes into ALARM within this window mark the alarm as flapping in its history. */
export const FLAPPING_WINDOW_MS = 60 * 60 * 1000;
/** [I] …and this many transitions within the window. */
export const FLAPPING_MIN_TRANSITIONS = 4;
