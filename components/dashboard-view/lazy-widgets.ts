"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { GRID_GAP_PX, GRID_ROW_HEIGHT_PX } from "@/lib/client/grid";
import type { Widget } from "@/lib/dashboards/model";

// Widgets far below the fold are not mounted (no chart, no data request) until they come near the viewport:
// a 500-widget dashboard would otherwise draw 500 charts and fetch every widget's data before the first
// screenful settles. A widget, once seen, stays mounted (scrolling back shows it at once, with its data).

/**
 * [I] How far below the top of the grid the first render mounts widgets without waiting for the
 * IntersectionObserver: one 1000 px screen plus one screen ahead. It comes from the layout alone, so the
 * server's HTML and the first browser render agree, and every viewer of a view sends the same first request.
 */
export const INITIAL_AHEAD_PX = 2_000;

/** [I] Widgets this close to the viewport (one screen height, above and below) are mounted. */
export const OBSERVER_ROOT_MARGIN = "100% 0px 100% 0px";

/** The widgets whose top edge lies within `aheadPx` of the grid's top, at the grid's row height. */
export function initiallySeen(
  widgets: readonly Widget[],
  aheadPx: number = INITIAL_AHEAD_PX,
  rowHeightPx: number = GRID_ROW_HEIGHT_PX,
): string[] {
  return widgets.filter((w) => w.position.y * (rowHeightPx + GRID_GAP_PX) < aheadPx).map((w) => w.id);
}

/** The widgets of each batch, in batch order; widgets in no batch are left out, ids of gone widgets ignored. */
export function widgetsOfBatches(
  widgets: readonly Widget[],
  batches: readonly (readonly string[])[],
): Widget[][] {
  const byId = new Map(widgets.map((w) => [w.id, w]));
  return batches
    .map((batch) => batch.flatMap((id) => byId.get(id) ?? []))
    .filter((batch) => batch.length > 0);
}

export interface SeenWidgets {
  /** Widgets to mount; the others get a placeholder of their size. */
  seen: ReadonlySet<string>;
  /**
   * The seen widgets in the order they came into view, grouped by when: each batch is its own metrics
   * request, so a newly seen batch never changes (and refetches) the requests of the earlier ones.
   */
  batches: readonly (readonly string[])[];
  /** Ref callback for a placeholder cell carrying `data-widget-id`; observed until it is seen. */
  observe: (element: HTMLElement | null) => (() => void) | undefined;
}

/**
 * Which widgets are near enough to the viewport to be mounted. With `lazy` false (editing, kiosk screens
 * that show the whole wall at once) every widget is, in one batch.
 */
export function useSeenWidgets(widgets: readonly Widget[], lazy: boolean): SeenWidgets {
  const [batches, setBatches] = useState<string[][]>(() => [initiallySeen(widgets)]);
  const observer = useRef<IntersectionObserver | null>(null);

  const observe = useCallback((element: HTMLElement | null) => {
    if (!element || typeof IntersectionObserver === "undefined") return undefined;
    observer.current ??= new IntersectionObserver(
      (entries) => {
        const near = entries
          .filter((e) => e.isIntersecting)
          .map((e) => (e.target as HTMLElement).dataset.widgetId)
          .filter((id): id is string => Boolean(id));
        if (near.length === 0) return;
        setBatches((current) => {
          const known = new Set(current.flat());
          const fresh = [...new Set(near)].filter((id) => !known.has(id));
          return fresh.length > 0 ? [...current, fresh] : current;
        });
      },
      { rootMargin: OBSERVER_ROOT_MARGIN },
    );
    const io = observer.current;
    io.observe(element);
    return () => io.unobserve(element);
  }, []);
  useEffect(() => () => observer.current?.disconnect(), []);

  const allIds = useMemo(() => widgets.map((w) => w.id), [widgets]);
  const all = useMemo(() => new Set(allIds), [allIds]);
  const seen = useMemo(() => new Set(batches.flat()), [batches]);
  if (!lazy) return { seen: all, batches: [allIds], observe };
  return { seen, batches, observe };
}
