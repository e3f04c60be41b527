// Inferred ([I]) choices of the alarm features, in one place.

// The poll interval's default (DEFAULT_ALARM_POLL_SECONDS) lives with the environment: lib/config/env.

/** [I] A snapshot older than this many poll intervals is shown as stale. */
export const STALE_AFTER_INTERVALS = 3;

/** [I] Two state changes into ALARM within this window mark the alarm as flapping in its history. */
export const FLAPPING_WINDOW_MS = 60 * 60 * 1000;
/** [I] …and this many transitions within the window. */
export const FLAPPING_MIN_TRANSITIONS = 4;
