// Canonical identity of a metric: CloudWatch treats dimension order as irrelevant, so keys sort dimensions.

import type { Dimension } from "@/lib/metric-math/types";

export function metricKey(namespace: string, metricName: string, dimensions: readonly Dimension[]): string {
  const dims =
    dimensions.length === 0
      ? ""
      : dimensions.length === 1
        ? `${dimensions[0]?.name}=${dimensions[0]?.value}`
        : [...dimensions]
            .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
            .map((d) => `${d.name}=${d.value}`)
            .join("\u0001");
  return `${namespace}\u0000${metricName}\u0000${dims}`;
}

export function scopeKey(accountId: string, region: string): string {
  return `${accountId}|${region}`;
}
