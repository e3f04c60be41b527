// Metric recipes for Application Load Balancers and the custom Watchwall/Shop application namespace.

import type { RegionInventory } from "./inventory";
import { makeSpec, TRAFFIC, type SeriesSpec, type SpecContext, type SpecOptions } from "./series-spec";
import { derivedOf } from "./templates-common";

export function albSeries(ctx: SpecContext, inv: RegionInventory): SeriesSpec[] {
  const out: SeriesSpec[] = [];
  for (const lb of inv.alb) {
    const lbDims = { LoadBalancer: lb.loadBalancer };
    const latency = makeSpec(ctx, "AWS/ApplicationELB", "TargetResponseTime", lbDims, {
      ...TRAFFIC,
      family: "events",
      unit: "Seconds",
      base: lb.rate,
      noiseRel: 0.05,
      medianValue: lb.latency,
      sigma: 0.6,
      loadSensitivity: 0.25,
      deploySensitivity: 0.05,
    });
    out.push(
      latency,
      derivedOf(latency, ctx, "RequestCount", 1, 0),
      derivedOf(latency, ctx, "HTTPCode_Target_2XX_Count", 0.962, 0.004),
      derivedOf(latency, ctx, "HTTPCode_Target_3XX_Count", 0.011, 0.1),
      derivedOf(latency, ctx, "HTTPCode_Target_4XX_Count", 0.025, 0.15),
      derivedOf(latency, ctx, "HTTPCode_Target_5XX_Count", 0.0015, 0.4),
      derivedOf(latency, ctx, "HTTPCode_ELB_4XX_Count", 0.0008, 0.3),
      derivedOf(latency, ctx, "HTTPCode_ELB_5XX_Count", 0.0002, 0.5),
    );
    const add = (metricName: string, options: SpecOptions): void => {
      out.push(makeSpec(ctx, "AWS/ApplicationELB", metricName, lbDims, { ...TRAFFIC, ...options }));
    };
    add("ActiveConnectionCount", { unit: "Count", base: lb.rate * 0.9, noiseRel: 0.06, integer: true });
    add("NewConnectionCount", { unit: "Count", base: lb.rate * 0.28, noiseRel: 0.08, integer: true });
    add("ProcessedBytes", { unit: "Bytes", base: lb.rate * 14500, noiseRel: 0.08, integer: true });
    add("ConsumedLCUs", { unit: "Count", base: lb.rate / 2600, noiseRel: 0.05 });
    const tgDims = { TargetGroup: lb.targetGroup, LoadBalancer: lb.loadBalancer };
    const tgLatency = makeSpec(ctx, "AWS/ApplicationELB", "TargetResponseTime", tgDims, {
      ...TRAFFIC,
      family: "events",
      unit: "Seconds",
      base: lb.rate * 0.97,
      noiseRel: 0.05,
      medianValue: lb.latency,
      sigma: 0.6,
      loadSensitivity: 0.25,
    });
    out.push(
      tgLatency,
      derivedOf(tgLatency, ctx, "RequestCount", 1, 0),
      derivedOf(tgLatency, ctx, "HTTPCode_Target_5XX_Count", 0.0015, 0.4),
      makeSpec(ctx, "AWS/ApplicationELB", "HealthyHostCount", tgDims, {
        unit: "Count",
        base: lb.hosts,
        noiseRel: 0,
        slowAmp: 0,
        integer: true,
      }),
      makeSpec(ctx, "AWS/ApplicationELB", "UnHealthyHostCount", tgDims, {
        unit: "Count",
        base: 0,
        noiseRel: 0,
        slowAmp: 0,
        integer: true,
      }),
    );
  }
  return out;
}

export function shopSeries(ctx: SpecContext, inv: RegionInventory): SeriesSpec[] {
  const shop = inv.shop;
  if (!shop) return [];
  const ns = "Watchwall/Shop";
  const env = { Environment: shop.environment };
  const shape: SpecOptions = { ...TRAFFIC, dailyAmp: 0.6, weekendDip: -0.15 };
  const out: SeriesSpec[] = [
    makeSpec(ctx, ns, "Orders", env, {
      ...shape,
      unit: "Count",
      base: shop.checkoutsPerMinute * 0.93,
      noiseRel: 0.1,
      noiseAbs: 0.5,
      integer: true,
    }),
    makeSpec(ctx, ns, "PaymentErrors", env, {
      ...shape,
      unit: "Count",
      base: shop.checkoutsPerMinute * 0.004,
      noiseRel: 0.3,
      noiseAbs: 0.25,
      integer: true,
    }),
    makeSpec(ctx, ns, "CheckoutLatency", env, {
      ...shape,
      family: "events",
      nativeSeconds: 1,
      unit: "Milliseconds",
      base: shop.checkoutsPerMinute,
      noiseRel: 0.05,
      medianValue: 410,
      sigma: 0.5,
      loadSensitivity: 0.3,
      deploySensitivity: 0.06,
    }),
    makeSpec(ctx, ns, "OrderValue", env, {
      ...shape,
      family: "events",
      unit: "None",
      base: shop.checkoutsPerMinute * 0.93,
      medianValue: 64,
      sigma: 0.65,
      noiseRel: 0.05,
    }),
    makeSpec(ctx, ns, "CartAbandonmentRate", env, {
      ...shape,
      dailyAmp: -0.05,
      unit: "Percent",
      base: 68,
      noiseRel: 0.03,
      max: 100,
    }),
    makeSpec(ctx, ns, "ActiveSessions", env, {
      ...shape,
      nativeSeconds: 10,
      unit: "Count",
      base: shop.sessions,
      noiseRel: 0.02,
      integer: true,
    }),
  ];
  const services = [
    { name: "checkout", share: 1, median: 380 },
    { name: "cart", share: 5, median: 62 },
    { name: "catalog", share: 22, median: 34 },
  ];
  for (const svc of services) {
    const latency = makeSpec(
      ctx,
      ns,
      "Latency",
      { ...env, Service: svc.name },
      {
        ...shape,
        family: "events",
        unit: "Milliseconds",
        base: shop.checkoutsPerMinute * svc.share,
        noiseRel: 0.05,
        medianValue: svc.median,
        sigma: 0.55,
        loadSensitivity: 0.2,
        deploySensitivity: 0.05,
      },
    );
    out.push(
      latency,
      derivedOf(latency, ctx, "Requests", 1, 0),
      derivedOf(latency, ctx, "Errors", 0.003, 0.4),
    );
  }
  return out;
}
