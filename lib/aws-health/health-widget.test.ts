import { describe, expect, it } from "vitest";
import { createEmptyDocument, validateDocument } from "@/lib/dashboards/model";
import { appendHealthWidget } from "./health-widget";

describe("the /health filters as a dashboard widget", () => {
  it("appends a valid Health widget naming its filters", () => {
    const document = appendHealthWidget(createEmptyDocument("Wall"), { service: "EC2", region: "eu-west-1" });
    expect(validateDocument(document).ok).toBe(true);
    expect(document.widgets).toEqual([
      {
        type: "aws-health",
        id: "health-1",
        title: "AWS Health · EC2 · eu-west-1",
        position: { x: 0, y: 0, w: 12, h: 6 },
        services: ["EC2"],
        regions: ["eu-west-1"],
      },
    ]);
    expect(appendHealthWidget(document, {}).widgets[1]).toMatchObject({ id: "health-2", position: { y: 6 } });
  });
});
