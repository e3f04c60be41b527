// [I] Kiosk and event-stream constants, in one place so they are easy to find and change.

/** A widget's badge turns from amber to red when its data is older than this many refresh intervals. */
export const STALE_RED_AFTER_INTERVALS = 5;
/** The server sends a heartbeat event this often; a screen that hears nothing for 2.5× reconnects. */
export const HEARTBEAT_MS = 15_000;
export const HEARTBEAT_SILENCE_FACTOR = 2.5;
/** What EventSource waits before its own reconnection (the `retry:` field). */
export const SSE_RETRY_MS = 3_000;
/** Reconnection backoff of the kiosk client: first delay, growth factor, ceiling. */
export const RECONNECT_BASE_MS = 1_000;
export const RECONNECT_FACTOR = 2;
export const RECONNECT_MAX_MS = 30_000;
/** How many recent events per channel the server keeps for resuming with Last-Event-ID. */
export const RESUME_BUFFER_EVENTS = 64;
/** Server-side refresh interval used when a subscription's refresh is "off" (screens still learn of edits). */
export const DEFAULT_SCHEDULE_MS = 60_000;
/** Test hooks may ask for faster refreshes and heartbeats, but never faster than these. */
export const TEST_MIN_REFRESH_MS = 20;
export const TEST_MIN_HEARTBEAT_MS = 200;
/** The cursor hides after this long without mouse movement. */
export const CURSOR_IDLE_MS = 3_000;
/** Design width the kiosk is laid out for; wider screens are scaled up by width / this. */
export const KIOSK_DESIGN_WIDTH_PX = 1_920;
/** Bounds for `scale=` in the URL. */
export const MIN_SCALE = 0.5;
export const MAX_SCALE = 4;
/** Watchdog: how often it checks, and how long without an animation frame counts as a stalled renderer. */
export const WATCHDOG_INTERVAL_MS = 30_000;
export const RENDER_STALL_MS = 120_000;
/** How often a screen asks /api/build whether the server runs a new build (besides on every reconnection). */
export const BUILD_CHECK_MS = 5 * 60_000;
/** Burn-in protection: shift by up to this many pixels, every this often. */
export const BURN_IN_SHIFT_PX = 4;
export const BURN_IN_PERIOD_MS = 3 * 60_000;
/** Playlist interval bounds: MIN/MAX_PLAYLIST_INTERVAL_S in lib/contracts/playlists (part of the wire contract). */
/** Error boundary: retries with this backoff before reloading the whole page. */
export const ERROR_RETRY_LIMIT = 5;
