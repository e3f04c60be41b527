"use client";

import Link from "next/link";
import { ApiError } from "@/lib/client/api";
import { useDashboard, type SavedDashboardJson } from "@/lib/client/dashboards";
import { LoadedDashboard } from "./LoadedDashboard";

/** A saved dashboard by id: its loading and not-found states, then the dashboard itself. */
export function DashboardView({
  id,
  startEditing,
  initial,
  initialWidth,
}: {
  id: string;
  startEditing: boolean;
  /** The dashboard as the server read it for this page, and when (absent: fetched in the browser). */
  initial?: { data: SavedDashboardJson; at: number };
  /** The grid width the server answered the first metrics requests for (their answers are in the cache). */
  initialWidth?: number;
}) {
  const dashboard = useDashboard(id, initial);
  if (dashboard.isPending) return <p className="muted">Loading dashboard…</p>;
  if (dashboard.error instanceof ApiError && dashboard.error.status === 404) {
    return (
      <section className="card" data-testid="not-found">
        <h1 className="page-title">Dashboard not found</h1>
        <p className="muted">It was deleted, or the link is mistyped.</p>
        <Link href="/dashboards">Go to the dashboards</Link>
      </section>
    );
  }
  if (dashboard.error || !dashboard.data) {
    return (
      <p className="status-error">Could not load this dashboard: {dashboard.error?.message ?? "not found"}</p>
    );
  }
  return (
    <LoadedDashboard
      saved={dashboard.data}
      startEditing={startEditing}
      {...(initialWidth ? { initialWidth } : {})}
    />
  );
}
