import type { DashboardDocument, Widget } from "@/lib/dashboards/model";
import { bottomOf } from "./grid";

// Pure edits of a dashboard document in the editor; the server validates the result again on save.

export function replaceWidget(doc: DashboardDocument, widget: Widget): DashboardDocument {
  const exists = doc.widgets.some((w) => w.id === widget.id);
  return {
    ...doc,
    widgets: exists ? doc.widgets.map((w) => (w.id === widget.id ? widget : w)) : [...doc.widgets, widget],
  };
}

export function removeWidget(doc: DashboardDocument, id: string): DashboardDocument {
  return { ...doc, widgets: doc.widgets.filter((w) => w.id !== id) };
}

export function newWidgetId(doc: DashboardDocument, base = "widget"): string {
  const taken = new Set(doc.widgets.map((w) => w.id));
  for (let n = doc.widgets.length + 1; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}

export function duplicateWidget(doc: DashboardDocument, id: string): DashboardDocument {
  const source = doc.widgets.find((w) => w.id === id);
  if (!source) return doc;
  const copy: Widget = {
    ...source,
    id: newWidgetId(doc, source.type),
    title: source.title ? `${source.title} (copy)` : source.title,
    position: { ...source.position, x: 0, y: bottomOf(doc.widgets) },
  };
  return { ...doc, widgets: [...doc.widgets, copy] };
}

/** Moves a widget by whole grid cells, kept inside the 24 columns. */
export function moveWidget(doc: DashboardDocument, id: string, dx: number, dy: number): DashboardDocument {
  return {
    ...doc,
    widgets: doc.widgets.map((w) => {
      if (w.id !== id) return w;
      const x = Math.min(Math.max(0, w.position.x + dx), 24 - w.position.w);
      const y = Math.max(0, w.position.y + dy);
      return { ...w, position: { ...w.position, x, y } };
    }),
  };
}

/** Resizes by whole cells: width 1..24 (within the row), height ≥ 1. */
export function resizeWidget(doc: DashboardDocument, id: string, dw: number, dh: number): DashboardDocument {
  return {
    ...doc,
    widgets: doc.widgets.map((w) => {
      if (w.id !== id) return w;
      const width = Math.min(Math.max(1, w.position.w + dw), 24 - w.position.x);
      const h = Math.max(1, w.position.h + dh);
      return { ...w, position: { ...w.position, w: width, h } };
    }),
  };
}

export type NewWidgetType = "line" | "area" | "bar" | "number" | "gauge" | "pie" | "table" | "text" | "logs";

/** A new widget at the bottom of the grid, ready for the editor. */
export function createWidget(type: NewWidgetType, doc: DashboardDocument, region: string): Widget {
  const position = {
    x: 0,
    y: bottomOf(doc.widgets),
    w: type === "text" ? 24 : 12,
    h: type === "text" ? 2 : 6,
  };
  const id = newWidgetId(doc, type);
  if (type === "text") return { type, id, position, markdown: "" };
  if (type === "logs")
    return { type, id, title: "", position, region, query: "", logGroups: [], view: "table" };
  return {
    type,
    id,
    title: "",
    position,
    region,
    metrics: [],
    ...(type === "gauge" ? { yAxis: { left: { min: 0, max: 100 } } } : {}),
  };
}
