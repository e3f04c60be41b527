import type { MetricIdentity, MetricUnitSource } from "@/lib/aws/metric-unit";
import { SharedCache } from "./shared-cache";
import type { Scope } from "./types";

// Units of custom metrics, found out once per metric and kept: a unit rarely changes, and fifty screens
// must not each ask. A lookup never holds a dashboard up for long: past a short wait the series is drawn
// without its unit and the next refresh has it.

/** [I] A unit found is kept this long. */
export const UNIT_TTL_MS = 6 * 3_600_000;
/** [I] No unit (unpublished, "None", or the lookup failed) is asked again after this. */
export const NO_UNIT_TTL_MS = 15 * 60_000;
/** [I] The longest a panel waits for a unit lookup. */
export const UNIT_WAIT_MS = 1_500;
const MAX_METRICS = 20_000;

export function metricKey(scope: Scope, metric: MetricIdentity): string {
  const dimensions = [...metric.Dimensions]
    .sort((a, b) => a.Name.localeCompare(b.Name))
    .map((d) => [d.Name, d.Value]);
  return JSON.stringify([scope.accountId, scope.region, metric.Namespace, metric.MetricName, dimensions]);
}

export class MetricUnits {
  private readonly cache: SharedCache<string | null>;

  constructor(
    private readonly source: MetricUnitSource,
    private readonly options: { now?: () => number; waitMs?: number } = {},
  ) {
    this.cache = new SharedCache<string | null>({ max: MAX_METRICS, now: options.now });
  }

  /** The metric's unit; undefined when it has none or the lookup takes longer than the wait. */
  async unitOf(scope: Scope, metric: MetricIdentity): Promise<string | undefined> {
    const key = metricKey(scope, metric);
    const found = this.cache.getOrCompute(
      key,
      () =>
        this.source(scope, metric).then(
          (unit) => unit ?? null,
          () => null,
        ),
      (unit) => (unit ? UNIT_TTL_MS : NO_UNIT_TTL_MS),
    );
    if (!(found instanceof Promise)) return found ?? undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), this.options.waitMs ?? UNIT_WAIT_MS);
    });
    try {
      return (await Promise.race([found, late])) ?? undefined;
    } finally {
      clearTimeout(timer);
    }
  }
}
