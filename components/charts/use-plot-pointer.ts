"use client";

import { useCallback, useEffect, useRef, useState, type MouseEvent as ReactMouseEvent } from "react";
import { TEST_IDS } from "@/lib/testing/test-ids";
import { clampToPlot, zoomRangeFromDrag } from "@/lib/charts/zoom";

// Pointer handling over a chart: where the mouse hovers (for the cursor and tooltip) and drag-to-zoom. All
// positions are pixels relative to the container; the plot box comes from the PlotAreaMarker rectangle.

export interface PlotBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface PlotHover {
  x: number;
  box: PlotBox;
}

export interface PlotSelection {
  from: number;
  to: number;
  box: PlotBox;
}

function measure(container: HTMLElement | null): { box: PlotBox; origin: DOMRect } | null {
  if (!container) return null;
  const plot = container.querySelector(`[data-testid="${TEST_IDS.chartPlot}"]`);
  if (!plot) return null;
  const origin = container.getBoundingClientRect();
  const rect = plot.getBoundingClientRect();
  if (rect.width <= 0) return null;
  return {
    origin,
    box: {
      left: rect.left - origin.left,
      top: rect.top - origin.top,
      width: rect.width,
      height: rect.height,
    },
  };
}

function inside(box: PlotBox, x: number, y: number): boolean {
  return x >= box.left && x <= box.left + box.width && y >= box.top && y <= box.top + box.height;
}

export function usePlotPointer(
  domain: readonly [number, number],
  onZoom: ((startMs: number, endMs: number) => void) | undefined,
) {
  const containerRef = useRef<HTMLDivElement>(null);
  const dragRef = useRef<PlotSelection | null>(null);
  const [hover, setHover] = useState<PlotHover | null>(null);
  const [selection, setSelection] = useState<PlotSelection | null>(null);
  const dragging = selection !== null;

  const onMouseMove = useCallback((event: ReactMouseEvent<HTMLDivElement>) => {
    const measured = measure(containerRef.current);
    if (!measured) return;
    const x = event.clientX - measured.origin.left;
    const y = event.clientY - measured.origin.top;
    setHover(inside(measured.box, x, y) ? { x, box: measured.box } : null);
  }, []);

  const onMouseLeave = useCallback(() => setHover(null), []);

  const onMouseDown = useCallback(
    (event: ReactMouseEvent<HTMLDivElement>) => {
      if (!onZoom || event.button !== 0) return;
      const measured = measure(containerRef.current);
      if (!measured) return;
      const x = event.clientX - measured.origin.left;
      const y = event.clientY - measured.origin.top;
      if (!inside(measured.box, x, y)) return;
      event.preventDefault();
      const start = { from: x, to: x, box: measured.box };
      dragRef.current = start;
      setSelection(start);
    },
    [onZoom],
  );

  useEffect(() => {
    if (!dragging) return;
    const move = (event: MouseEvent) => {
      const drag = dragRef.current;
      const origin = containerRef.current?.getBoundingClientRect();
      if (!drag || !origin) return;
      const next = { ...drag, to: clampToPlot(event.clientX - origin.left, drag.box) };
      dragRef.current = next;
      setSelection(next);
    };
    const finish = () => {
      const drag = dragRef.current;
      dragRef.current = null;
      setSelection(null);
      if (!drag || !onZoom) return;
      const range = zoomRangeFromDrag(drag.from, drag.to, drag.box, domain);
      if (range) onZoom(range.startMs, range.endMs);
    };
    const cancel = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      dragRef.current = null;
      setSelection(null);
    };
    window.addEventListener("mousemove", move);
    window.addEventListener("mouseup", finish);
    window.addEventListener("keydown", cancel);
    return () => {
      window.removeEventListener("mousemove", move);
      window.removeEventListener("mouseup", finish);
      window.removeEventListener("keydown", cancel);
    };
  }, [dragging, domain, onZoom]);

  return { containerRef, hover, selection, handlers: { onMouseMove, onMouseLeave, onMouseDown } };
}
