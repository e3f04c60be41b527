import { RECONNECT_BASE_MS, RECONNECT_FACTOR, RECONNECT_MAX_MS } from "./constants";

/** Delay before reconnection attempt `attempt` (0-based): exponential with a ceiling and ±20 % jitter. */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(RECONNECT_MAX_MS, RECONNECT_BASE_MS * RECONNECT_FACTOR ** Math.max(0, attempt));
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** Milliseconds from `now` until the next occurrence of local hour `hour` (never 0: at least a minute). */
export function msUntilLocalHour(now: Date, hour: number): number {
  const next = new Date(now);
  next.setHours(hour, 0, 0, 0);
  if (next.getTime() - now.getTime() < 60_000) next.setDate(next.getDate() + 1);
  return next.getTime() - now.getTime();
}
