import type { DashboardDocument, Widget } from "@/lib/dashboards/model";
import { bottomOf, firstFreePosition, GRID_COLUMNS, GRID_GAP_PX, GRID_ROW_HEIGHT_PX } from "./grid";

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

/** [I] A new text widget's height in grid rows: a heading and a few lines of Markdown without scrolling. */
export const NEW_TEXT_WIDGET_ROWS = 4;

/** A new widget in the first free place of the grid, ready for the editor. */
export function createWidget(type: NewWidgetType, doc: DashboardDocument, region: string): Widget {
  const position =
    type === "text"
      ? firstFreePosition(doc.widgets, GRID_COLUMNS, NEW_TEXT_WIDGET_ROWS)
      : firstFreePosition(doc.widgets, 12, 6);
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

export interface GridBox {
  i: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Positions from the grid-layout library back into the document; untouched widgets keep their identity. */
export function applyLayout(doc: DashboardDocument, layout: readonly GridBox[]): DashboardDocument {
  const byId = new Map(layout.map((item) => [item.i, item]));
  let changed = false;
  const widgets = doc.widgets.map((w) => {
    const item = byId.get(w.id);
    if (!item) return w;
    const { x, y, w: width, h } = item;
    const p = w.position;
    if (p.x === x && p.y === y && p.w === width && p.h === h) return w;
    changed = true;
    return { ...w, position: { x, y, w: width, h } };
  });
  return changed ? { ...doc, widgets } : doc;
}

/** [I] Pixels one line of Markdown takes in a text widget (headings and paragraph gaps included on average). */
const TEXT_LINE_PX = 24;
/** [I] Padding of a text widget's frame around its Markdown. */
const TEXT_PADDING_PX = 24;
const MAX_FITTED_TEXT_ROWS = 24;

/** Grid rows a text widget needs to show `markdown` without scrolling (bounded, at least the new-widget size). */
export function textWidgetRows(markdown: string): number {
  const lines = markdown.split("\n").length;
  const px = lines * TEXT_LINE_PX + TEXT_PADDING_PX;
  const rows = Math.ceil((px + GRID_GAP_PX) / (GRID_ROW_HEIGHT_PX + GRID_GAP_PX));
  return Math.min(MAX_FITTED_TEXT_ROWS, Math.max(NEW_TEXT_WIDGET_ROWS, rows));
}

/** A text widget just written grows to fit its Markdown; it never shrinks a height the user chose. */
export function fitNewTextWidget(widget: Widget): Widget {
  if (widget.type !== "text") return widget;
  const h = Math.max(widget.position.h, textWidgetRows(widget.markdown));
  return h === widget.position.h ? widget : { ...widget, position: { ...widget.position, h } };
}

/** The draft with `widget` put in: replacing the widget of the same id, or added (a new text widget sized to
 *  fit its text). */
export function putWidget(doc: DashboardDocument, widget: Widget): DashboardDocument {
  const exists = doc.widgets.some((w) => w.id === widget.id);
  if (!exists) return { ...doc, widgets: [...doc.widgets, fitNewTextWidget(widget)] };
  return { ...doc, widgets: doc.widgets.map((w) => (w.id === widget.id ? widget : w)) };
}
