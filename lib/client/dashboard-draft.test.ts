import { describe, expect, it } from "vitest";
import { createEmptyDocument, type DashboardDocument, type Widget } from "@/lib/dashboards/model";
import {
  applyLayout,
  createWidget,
  fitNewTextWidget,
  NEW_TEXT_WIDGET_ROWS,
  textWidgetRows,
  duplicateWidget,
  moveWidget,
  newWidgetId,
  putWidget,
  removeWidget,
  replaceWidget,
  resizeWidget,
} from "./dashboard-draft";

const text = (id: string, x = 0, y = 0, w = 6, h = 3): Widget => ({
  type: "text",
  id,
  position: { x, y, w, h },
  markdown: id,
});

describe("dashboard draft edits", () => {
  const doc = { ...createEmptyDocument(), widgets: [text("a"), text("b", 6, 0)] };

  it("adds, replaces and removes widgets", () => {
    expect(replaceWidget(doc, text("c")).widgets.map((w) => w.id)).toEqual(["a", "b", "c"]);
    const changed: Widget = { type: "text", id: "a", position: { x: 0, y: 0, w: 6, h: 3 }, markdown: "new" };
    expect(replaceWidget(doc, changed).widgets[0]).toMatchObject({ markdown: "new" });
    expect(removeWidget(doc, "a").widgets.map((w) => w.id)).toEqual(["b"]);
  });

  it("creates unused ids and duplicates below everything", () => {
    expect(newWidgetId({ ...doc, widgets: [text("widget-3")] })).toBe("widget-2");
    const copy = duplicateWidget(doc, "b").widgets[2];
    expect(copy?.position).toEqual({ x: 0, y: 3, w: 6, h: 3 });
    expect(copy?.id).not.toBe("b");
  });

  it("keeps moves and resizes inside the grid", () => {
    expect(moveWidget(doc, "b", 100, -5).widgets[1]?.position).toEqual({ x: 18, y: 0, w: 6, h: 3 });
    expect(resizeWidget(doc, "b", 100, -10).widgets[1]?.position).toEqual({ x: 6, y: 0, w: 18, h: 1 });
  });
});

describe("drag-and-resize layout and new widgets", () => {
  const doc = { ...createEmptyDocument(), widgets: [text("a", 0, 0, 12, 6), text("b", 12, 0, 12, 6)] };

  it("writes moved and resized positions back, keeping untouched widgets as they were", () => {
    const next = applyLayout(doc, [
      { i: "a", x: 0, y: 6, w: 24, h: 4 },
      { i: "b", x: 12, y: 0, w: 12, h: 6 },
    ]);
    expect(next.widgets[0]?.position).toEqual({ x: 0, y: 6, w: 24, h: 4 });
    expect(next.widgets[1]).toBe(doc.widgets[1]);
    expect(applyLayout(doc, [{ i: "a", x: 0, y: 0, w: 12, h: 6 }])).toBe(doc);
  });

  it("puts a new widget in the first free place, not below everything", () => {
    const withGap = { ...doc, widgets: [text("a", 0, 0, 12, 6), text("c", 0, 6, 24, 4)] };
    expect(createWidget("line", withGap, "us-east-1").position).toEqual({ x: 12, y: 0, w: 12, h: 6 });
  });

  it("makes a new text widget tall enough for its Markdown", () => {
    const created = createWidget("text", doc, "us-east-1");
    expect(created.position.h).toBe(NEW_TEXT_WIDGET_ROWS);
    expect(created.position.h).toBeGreaterThan(2);
    const long = { ...created, markdown: Array.from({ length: 12 }, (_, i) => `line ${i}`).join("\n") };
    const fitted = fitNewTextWidget(long);
    expect(fitted.position.h).toBeGreaterThan(NEW_TEXT_WIDGET_ROWS);
    expect(fitted.position.h * 42).toBeGreaterThanOrEqual(12 * 24);
    expect(textWidgetRows("x")).toBe(NEW_TEXT_WIDGET_ROWS);
  });
});

describe("putWidget", () => {
  it("replaces the widget of the same id in place, and adds a new one (a text widget sized to its text)", () => {
    const doc = {
      ...createEmptyDocument("Put", { accountId: "111111111111", region: "us-east-1" }),
      widgets: [
        { type: "text", id: "a", position: { x: 0, y: 0, w: 6, h: 2 }, markdown: "a" },
        { type: "text", id: "b", position: { x: 6, y: 0, w: 6, h: 2 }, markdown: "b" },
      ],
    } as DashboardDocument;
    const edited = putWidget(doc, {
      type: "text",
      id: "a",
      position: { x: 0, y: 0, w: 6, h: 2 },
      markdown: "edited",
    } as Widget);
    expect(edited.widgets.map((w) => w.id)).toEqual(["a", "b"]);
    expect(edited.widgets[0]).toMatchObject({ markdown: "edited" });
    const tall = "line\n".repeat(30);
    const added = putWidget(doc, {
      type: "text",
      id: "c",
      position: { x: 0, y: 2, w: 6, h: 2 },
      markdown: tall,
    } as Widget);
    expect(added.widgets.map((w) => w.id)).toEqual(["a", "b", "c"]);
    expect(added.widgets[2]?.position.h).toBeGreaterThan(2);
    expect(doc.widgets).toHaveLength(2);
  });
});
