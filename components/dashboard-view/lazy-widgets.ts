"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { initiallySeen } from "@/lib/client/grid";
import type { Widget } from "@/lib/dashboards/model";

// Widgets far below the fold are not mounted (no chart, no data request) until they come near the viewport:
// a 500-widget dashboard would otherwise draw 500 charts and fetch every widget's data before the first
// screenful settles. A widget, once seen, stays mounted (scrolling back shows it at once, with its data).

/** [I] Widgets this close to the viewport (one screen height, above and below) are mounted. */
export const OBSERVER_ROOT_MARGIN = "100% 0px 100% 0px";

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
