import { cluster } from "@/lib/cluster/cluster";
import { ScreenCounts } from "@/lib/cluster/screen-counts";

// Screens currently showing each dashboard: every open event stream of a dashboard (/api/events?dashboard=…,
// which both the dashboard page and kiosk screens keep open) is one screen from when it opens until it
// closes. With the cluster on (DATABASE_URL set), the counts are shared with the other replicas
// (lib/cluster/screen-counts.ts), so the cost view counts the screens open on every server; without a
// database, this server's only.

const KEY = Symbol.for("watchwall.cost.screens");

function counts(): ScreenCounts {
  if (process.env.DATABASE_URL) return cluster().screens;
  const holder = globalThis as { [KEY]?: ScreenCounts };
  holder[KEY] ??= new ScreenCounts({ replicaId: "local" });
  return holder[KEY];
}

/** A screen of `dashboardId` opened here; call the returned function once when it closes. */
export function openScreen(dashboardId: string): () => void {
  return counts().open(dashboardId);
}

/** Screens showing `dashboardId` now, on every replica. */
export function openScreens(dashboardId: string): Promise<number> {
  return counts().count(dashboardId);
}
