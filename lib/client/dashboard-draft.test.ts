import { describe, expect, it } from "vitest";
import { createEmptyDocument, type Widget } from "@/lib/dashboards/model";
import {
  duplicateWidget,
  moveWidget,
  newWidgetId,
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
