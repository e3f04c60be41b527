import { parseEnv } from "@/lib/config/env";
import type { BuildInfo, EventStreamStats } from "@/lib/contracts/events";
import { plotWidths } from "@/lib/contracts/metrics-query";
import { getDashboard } from "@/lib/dashboards/repository";
import { isMetricWidget } from "@/lib/dashboards/model";
import { MAX_WIDGETS_PER_REQUEST, runMetricsQuery } from "@/lib/metrics/query-request";
import { pushBus } from "@/lib/push/shared";
import { onShutdown } from "@/lib/server/shutdown";
import type { TimeRange } from "@/lib/time";
import { currentBuildId } from "./build-id";
import { EventHub } from "./event-hub";
import { RefreshSchedules, type ScheduleSpec } from "./schedules";

// The server side of kiosk screens, one per process (on globalThis: Next.js bundles routes separately).

export interface DashboardScheduleSpec extends ScheduleSpec {
  range?: TimeRange;
  vars: Record<string, string>;
  width: number;
}

/** Refreshes a dashboard exactly as its screens will ask for it, warming the shared metrics cache. */
async function refreshDashboard(spec: ScheduleSpec): Promise<void> {
  const { range, vars, width } = spec as DashboardScheduleSpec;
  const saved = await getDashboard(spec.dashboardId);
  const document = saved.document;
  const metricWidgets = document.widgets.filter(isMetricWidget);
  if (metricWidgets.length === 0) return;
  const widths = plotWidths(document.widgets, width);
  for (let i = 0; i < metricWidgets.length; i += MAX_WIDGETS_PER_REQUEST) {
    await runMetricsQuery({
      range: range ?? document.defaultRange,
      widgets: metricWidgets.slice(i, i + MAX_WIDGETS_PER_REQUEST),
      widths,
      // What the screens send too: widgets without their own account read the dashboard's.
      defaultAccountId: document.defaultAccountId,
      variables: document.variables,
      variableValues: vars,
    });
  }
}

interface KioskServer {
  hub: EventHub;
  schedules: RefreshSchedules;
}

const KEY = Symbol.for("watchwall.kioskServer");
type Holder = { [KEY]?: KioskServer };

export function kioskServer(): KioskServer {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    const bus = pushBus();
    const hub = new EventHub(bus);
    holder[KEY] = { hub, schedules: new RefreshSchedules({ bus, refresh: refreshDashboard }) };
    onShutdown("kiosk event streams", () => hub.closeAll());
  }
  return holder[KEY];
}

export function scheduleKey(spec: Omit<DashboardScheduleSpec, "key">): string {
  return JSON.stringify([spec.dashboardId, spec.range ?? null, spec.vars, spec.width, spec.intervalMs]);
}

export function eventStreamStats(): EventStreamStats {
  const { hub, schedules } = kioskServer();
  const memory = process.memoryUsage();
  return {
    openStreams: hub.openStreams(),
    channels: hub.channelCount(),
    schedules: schedules.size(),
    rssBytes: memory.rss,
    heapUsedBytes: memory.heapUsed,
  };
}

export function buildInfo(): BuildInfo {
  const env = parseEnv();
  return {
    buildId: currentBuildId(),
    kiosk: {
      reloadHour: env.WATCHWALL_KIOSK_RELOAD_HOUR === "off" ? null : env.WATCHWALL_KIOSK_RELOAD_HOUR,
      heapLimitMb: env.WATCHWALL_KIOSK_HEAP_LIMIT_MB,
      testHooks: env.WATCHWALL_KIOSK_TEST_HOOKS,
    },
  };
}
