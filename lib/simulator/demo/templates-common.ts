// Helpers shared by the metric recipe files.

import { makeSpec, type SeriesSpec, type SpecContext } from "./series-spec";

/** A count of a share of a parent `events` series' events, with the parent's dimensions. */
export function derivedOf(
  parent: SeriesSpec,
  ctx: SpecContext,
  metricName: string,
  share: number,
  noiseRel: number,
): SeriesSpec {
  const dims = Object.fromEntries(parent.dimensions.map((d) => [d.name, d.value]));
  return makeSpec(ctx, parent.namespace, metricName, dims, {
    family: "derived",
    unit: "Count",
    base: share,
    noiseRel,
    parent,
    // A pure count-of (share 1, no noise) must equal the parent's sample count exactly.
    slowAmp: noiseRel === 0 ? 0 : 0.1,
  });
}
