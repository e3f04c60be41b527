import { parseEnv } from "@/lib/config/env";
import { openScreen } from "@/lib/cost/open-screens";
import { eventsQuery } from "@/lib/contracts/events";
import { HEARTBEAT_MS, TEST_MIN_HEARTBEAT_MS, TEST_MIN_REFRESH_MS } from "@/lib/kiosk/constants";
import { dashboardChannel } from "@/lib/kiosk/schedules";
import { buildInfo, kioskServer, scheduleKey } from "@/lib/kiosk/server";
import { allowedView, scopedPrincipalOf } from "@/lib/scoped-access/allowed-views";
import { permittedVariables } from "@/lib/scoped-access/variables";
import { HttpError, parseParams, route } from "@/lib/server/http";
import { decodeViewState, refreshIntervalMs } from "@/lib/time";

// GET /api/events: server-sent events for open screens — `hello`, `heartbeat`, dashboard `message`s (new data)
// and `resync`. `no-transform` keeps Next.js's compression from buffering the stream.

export const dynamic = "force-dynamic";

export const GET = route(async (request: Request) => {
  const url = new URL(request.url);
  const known = new URLSearchParams();
  for (const key of ["dashboard", "width", "lastEventId", "refreshMs", "heartbeatMs"]) {
    const value = url.searchParams.get(key);
    if (value !== null) known.set(key, value);
  }
  const query = parseParams(known, eventsQuery);
  const view = decodeViewState(url.searchParams);
  if (!view.ok) throw new HttpError(400, "invalid_request", view.reason);
  // A wall screen follows (and schedules server-side refreshes of) only the dashboards it may show, with
  // variable values those dashboards offer.
  const scoped = scopedPrincipalOf(request);
  if (scoped && query.dashboard)
    await permittedVariables(await allowedView(scoped, query.dashboard), view.value.vars);
  const testHooks = parseEnv().WATCHWALL_KIOSK_TEST_HOOKS;
  if (!testHooks && (query.refreshMs !== undefined || query.heartbeatMs !== undefined)) {
    throw new HttpError(
      400,
      "invalid_request",
      "refreshMs, heartbeatMs: only with WATCHWALL_KIOSK_TEST_HOOKS",
    );
  }

  const { hub, schedules } = kioskServer();
  const heartbeatMs = Math.max(query.heartbeatMs ?? HEARTBEAT_MS, TEST_MIN_HEARTBEAT_MS);
  const refresh = view.value.refresh ? refreshIntervalMs(view.value.refresh) : null;
  const intervalMs =
    query.refreshMs !== undefined ? Math.max(query.refreshMs, TEST_MIN_REFRESH_MS) : (refresh ?? undefined);
  let release: (() => void) | undefined;
  let key: string | undefined;
  if (query.dashboard && intervalMs !== undefined) {
    const spec = {
      dashboardId: query.dashboard,
      intervalMs,
      vars: view.value.vars,
      width: query.width,
      ...(view.value.range ? { range: view.value.range } : {}),
    };
    key = scheduleKey(spec);
    release = schedules.acquire({ ...spec, key });
  }
  // A dashboard's stream is one open screen of it, counted across replicas for the cost view and /metrics.
  const closeScreen = query.dashboard ? openScreen(query.dashboard) : undefined;
  const stream = hub.stream({
    ...(query.dashboard ? { channel: dashboardChannel(query.dashboard) } : {}),
    lastEventId: request.headers.get("last-event-id") ?? query.lastEventId ?? null,
    heartbeatMs,
    hello: {
      buildId: buildInfo().buildId,
      serverTime: Date.now(),
      ...(key ? { scheduleKey: key, intervalMs } : {}),
    },
    signal: request.signal,
    onClose: () => {
      release?.();
      closeScreen?.();
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-store, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
});
