"use client";

import { DefaultZIndexes, usePlotArea, ZIndexLayer } from "recharts";
import { TEST_IDS } from "@/lib/testing/test-ids";

/** Above everything recharts draws, so the pointer always lands on it (and tests can hover it). */
const MARKER_Z_INDEX = DefaultZIndexes.label + 1;

/**
 * A transparent rectangle over the plot area, rendered inside a recharts chart. It marks the plot for
 * pointer maths (drag-to-zoom, hover) and for end-to-end tests.
 */
export function PlotAreaMarker() {
  const plot = usePlotArea();
  if (!plot) return null;
  return (
    <ZIndexLayer zIndex={MARKER_Z_INDEX}>
      <rect
        data-testid={TEST_IDS.chartPlot}
        x={plot.x}
        y={plot.y}
        width={Math.max(0, plot.width)}
        height={Math.max(0, plot.height)}
        fill="transparent"
      />
    </ZIndexLayer>
  );
}
