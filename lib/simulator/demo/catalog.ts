// The full catalogue of generated series for every demo account and Region, built once per seed.

import { DEMO_ACCOUNTS, DEMO_REGIONS, REGION_UTC_OFFSET_HOURS } from "./accounts";
import { hash2 } from "./hash";
import { deployScheduleFor, INCIDENTS, type DemoIncident } from "./incidents";
import { regionInventory } from "./inventory";
import { metricKey, scopeKey } from "./metric-key";
import type { SeriesSpec, SpecContext } from "./series-spec";
import { ec2Series, lambdaSeries, rdsSeries } from "./templates-compute";
import { dynamoSeries, s3Series, sqsSeries } from "./templates-data";
import { albSeries, shopSeries } from "./templates-traffic";

export const DEFAULT_DEMO_SEED = 20_260_101;

export interface DemoCatalog {
  seed: number;
  series: readonly SeriesSpec[];
  /** Series of one account and Region, keyed by `scopeKey`. */
  byScope: ReadonlyMap<string, readonly SeriesSpec[]>;
  /** Keyed by `scopeKey|metricKey`. */
  byKey: ReadonlyMap<string, SeriesSpec>;
}

function attachEffects(spec: SeriesSpec, incidents: readonly DemoIncident[]): void {
  for (const incident of incidents) {
    if (incident.accountId !== spec.accountId || incident.region !== spec.region) continue;
    for (const effect of incident.effects) {
      if (effect.namespace !== spec.namespace || effect.metricName !== spec.metricName) continue;
      const matches = Object.entries(effect.dimensions).every(([name, value]) =>
        spec.dimensions.some((d) => d.name === name && d.value === value),
      );
      if (matches) {
        spec.effects.push({
          recurrence: incident.recurrence,
          target: effect.target,
          mode: effect.mode,
          value: effect.value,
        });
      }
    }
  }
}

function buildCatalog(seed: number): DemoCatalog {
  const series: SeriesSpec[] = [];
  const byScope = new Map<string, SeriesSpec[]>();
  const byKey = new Map<string, SeriesSpec>();
  for (const account of DEMO_ACCOUNTS) {
    for (const region of DEMO_REGIONS) {
      const ctx: SpecContext = {
        accountId: account.id,
        region,
        utcOffsetHours: REGION_UTC_OFFSET_HOURS[region],
        deploy: deployScheduleFor(account.id),
        seed: hash2(seed, 0x5eed),
        keyOf: metricKey,
      };
      const inv = regionInventory(account.id, region);
      const scoped = [
        ...ec2Series(ctx, inv),
        ...rdsSeries(ctx, inv),
        ...lambdaSeries(ctx, inv),
        ...albSeries(ctx, inv),
        ...dynamoSeries(ctx, inv),
        ...sqsSeries(ctx, inv),
        ...s3Series(ctx, inv),
        ...shopSeries(ctx, inv),
      ];
      for (const spec of scoped) {
        spec.id = byKey.size;
        attachEffects(spec, INCIDENTS);
        const fullKey = `${scopeKey(spec.accountId, spec.region)}|${spec.key}`;
        if (byKey.has(fullKey)) throw new Error(`duplicate demo series ${fullKey}`);
        byKey.set(fullKey, spec);
      }
      byScope.set(scopeKey(account.id, region), scoped);
      series.push(...scoped);
    }
  }
  return { seed, series, byScope, byKey };
}

const cache = new Map<number, DemoCatalog>();

export function demoCatalog(seed: number = DEFAULT_DEMO_SEED): DemoCatalog {
  let catalog = cache.get(seed);
  if (!catalog) {
    catalog = buildCatalog(seed);
    cache.set(seed, catalog);
  }
  return catalog;
}

export function findDemoSeries(
  catalog: DemoCatalog,
  accountId: string,
  region: string,
  key: string,
): SeriesSpec | undefined {
  return catalog.byKey.get(`${scopeKey(accountId, region)}|${key}`);
}
