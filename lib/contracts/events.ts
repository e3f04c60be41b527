import { z } from "zod";

// GET /api/events: a screen's subscription. The view (range, refresh, variables) is given as in a dashboard
// URL (from, to, refresh, var-*); `width` is the grid's width in pixels so the server's refresh asks for exactly
// what the screen will ask for, and both share one cache entry.

export const eventsQuery = z.object({
  dashboard: z.string().min(1).max(100).optional(),
  width: z.coerce.number().int().min(0).max(20_000).default(0),
  /** Resume point for clients that reconnect themselves (EventSource sends the Last-Event-ID header). */
  lastEventId: z.string().max(100).optional(),
  /** Test hooks only (WATCHWALL_KIOSK_TEST_HOOKS): refresh and heartbeat intervals in ms. */
  refreshMs: z.coerce.number().int().min(1).max(86_400_000).optional(),
  heartbeatMs: z.coerce.number().int().min(1).max(600_000).optional(),
});

export type EventsQuery = z.infer<typeof eventsQuery>;

export interface HelloEvent {
  buildId: string;
  serverTime: number;
  /** The schedule this stream follows, when it has one. */
  scheduleKey?: string;
  intervalMs?: number;
}

export interface HeartbeatEvent {
  at: number;
}

/** A dashboard's data was refreshed on the server; screens on it fetch it (from the warm cache). */
export interface DashboardDataEvent {
  type: "data";
  dashboardId: string;
  scheduleKey: string;
  at: number;
  ok: boolean;
  message?: string;
}

export interface EventStreamStats {
  openStreams: number;
  channels: number;
  schedules: number;
  rssBytes: number;
  heapUsedBytes: number;
}

export const buildInfoResponse = z.object({
  buildId: z.string(),
  kiosk: z.object({
    /** Local hour (0–23) of the daily reload, or null for never. */
    reloadHour: z.number().nullable(),
    heapLimitMb: z.number(),
    testHooks: z.boolean(),
  }),
});
export type BuildInfo = z.infer<typeof buildInfoResponse>;
