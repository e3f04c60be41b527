"use client";

import { useState } from "react";
import type { MetricsQueryResponse, PanelJson as PanelResponse } from "@/lib/contracts/metrics-query";
import { describeQueryProblems } from "@/lib/widgets/widget-state";
import { keepLastGood, staleLevel, type KeptPanel } from "@/lib/kiosk/staleness";

export interface WidgetFreshness {
  /** Epoch ms the shown data was fetched. */
  fetchedAt: number;
  /** Set when the latest refresh failed for this widget. */
  staleSince?: number;
  reason?: string;
  level: "fresh" | "amber" | "red";
}

interface Kept {
  source?: MetricsQueryResponse;
  viewKey: string;
  map: Map<string, KeptPanel<PanelResponse>>;
}

function describe(panel: PanelResponse): string {
  return describeQueryProblems(panel.errors)
    .map((line) => line.message)
    .join("; ");
}

/**
 * The response to draw, with each widget's last good panel kept over a failed refresh, and every widget's data
 * age. `viewKey` names the view (range, variables): other data is never kept across a change of view.
 */
export function useKeptPanels(
  data: MetricsQueryResponse | undefined,
  updatedAt: number,
  isPlaceholder: boolean,
  viewKey: string,
  refreshMs: number | null,
  now: number,
): { data: MetricsQueryResponse | undefined; freshness: Record<string, WidgetFreshness> } {
  const [kept, setKept] = useState<Kept>({ viewKey, map: new Map() });
  if (data && !isPlaceholder && (kept.source !== data || kept.viewKey !== viewKey)) {
    const base = kept.viewKey === viewKey ? kept.map : new Map<string, KeptPanel<PanelResponse>>();
    setKept({ source: data, viewKey, map: keepLastGood(base, data.panels, updatedAt, describe) });
  }
  if (!data || kept.viewKey !== viewKey || kept.source === undefined) return { data, freshness: {} };
  const freshness: Record<string, WidgetFreshness> = {};
  for (const [key, entry] of kept.map) {
    freshness[key] = {
      fetchedAt: entry.fetchedAt,
      ...(entry.staleSince !== undefined ? { staleSince: entry.staleSince } : {}),
      ...(entry.failure ? { reason: entry.failure } : {}),
      level: staleLevel(entry.staleSince, now, refreshMs),
    };
  }
  const panels = data.panels.map((p) => kept.map.get(p.key)?.panel ?? p);
  return { data: { ...data, panels }, freshness };
}
