"use client";

import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { GRID_GAP_PX } from "@/lib/client/grid";
import { fitRowHeight } from "@/lib/kiosk/layout-fit";

/**
 * The area the dashboard grid fills in kiosk mode. With fit "screen" it measures its own height and hands the
 * grid the row height at which every row fits without scrolling; with "scroll" the grid keeps its row height.
 */
export function KioskGridArea({
  rows,
  fit,
  widthRef,
  children,
}: {
  rows: number;
  fit: "screen" | "scroll";
  /** The caller's width-measuring ref (the grid's width decides each widget's period). */
  widthRef: (element: HTMLDivElement | null) => void;
  children: (rowHeightPx: number | undefined) => ReactNode;
}) {
  const [height, setHeight] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback(
    (element: HTMLDivElement | null) => {
      widthRef(element);
      observer.current?.disconnect();
      observer.current = null;
      if (!element) return;
      setHeight(element.clientHeight);
      const next = new ResizeObserver((entries) => {
        setHeight(Math.floor(entries[0]?.contentRect.height ?? 0));
      });
      next.observe(element);
      observer.current = next;
    },
    [widthRef],
  );
  useEffect(() => () => observer.current?.disconnect(), []);
  const rowHeight = fit === "screen" && height > 0 ? fitRowHeight(height, rows, GRID_GAP_PX) : undefined;
  return (
    <div ref={ref} style={{ height: fit === "screen" ? "100%" : undefined }} data-testid="kiosk-grid-area">
      {children(rowHeight)}
    </div>
  );
}
