import { describe, expect, it } from "vitest";
import type { Widget } from "@/lib/dashboards/model";
import { initiallySeen, widgetsOfBatches } from "./grid";

function text(id: string, y: number): Widget {
  return { type: "text", id, position: { x: 0, y, w: 6, h: 4 }, markdown: id };
}

describe("initiallySeen", () => {
  it("mounts the widgets whose top is within the first two screens of rows, not those below", () => {
    // 34 px rows + 8 px gap = 42 px per row: row 47 starts at 1974 px, row 48 at 2016 px.
    const widgets = [text("top", 0), text("edge", 47), text("below", 48), text("far", 400)];
    expect(initiallySeen(widgets)).toEqual(["top", "edge"]);
  });

  it("follows a shorter look-ahead", () => {
    expect(initiallySeen([text("a", 0), text("b", 10)], 400)).toEqual(["a"]);
  });
});

describe("widgetsOfBatches", () => {
  it("keeps the batches' order, leaves out unseen widgets and ignores ids of removed ones", () => {
    const a = text("a", 0);
    const b = text("b", 10);
    const c = text("c", 100);
    expect(widgetsOfBatches([a, b, c], [["b", "a"], ["gone"], ["c"]])).toEqual([[b, a], [c]]);
    expect(widgetsOfBatches([a, b, c], [["a"]])).toEqual([[a]]);
  });
});
