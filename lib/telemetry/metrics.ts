import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

// Watchwall's own metrics, served at /metrics in Prometheus's text format. One registry per process, kept
// on globalThis: the launcher and the code Next.js bundles are separate module instances of this file and
// must count into the same series. Other parts of the app update these objects directly.

interface Instruments {
  registry: Registry;
  awsCalls: Counter<"service" | "operation" | "account" | "region" | "outcome">;
  awsRetries: Counter<"service" | "operation" | "account" | "region">;
  awsCallSeconds: Histogram<"service" | "operation">;
  metricQueriesRequested: Counter<"origin">;
  cacheLookups: Counter<"result">;
  clusterFetches: Counter<"result">;
  logsBytesScanned: Counter<"account" | "region">;
  awsSpend: Counter<"service" | "region">;
  openScreens: Gauge;
  clusterOpenScreens: Gauge;
  openEventStreams: Gauge;
  httpSeconds: Histogram<"route" | "method" | "status">;
  clusterLeader: Gauge;
}

const KEY = Symbol.for("watchwall.telemetry");

function create(): Instruments {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "watchwall_" });
  const registers = [registry];
  return {
    registry,
    awsCalls: new Counter({
      name: "watchwall_aws_calls_total",
      help: "AWS API calls made by the server, by outcome (success, throttled, client_error, server_error, network_error)",
      labelNames: ["service", "operation", "account", "region", "outcome"],
      registers,
    }),
    awsRetries: new Counter({
      name: "watchwall_aws_retries_total",
      help: "Extra attempts the AWS SDK made after a throttled or failed attempt",
      labelNames: ["service", "operation", "account", "region"],
      registers,
    }),
    awsCallSeconds: new Histogram({
      name: "watchwall_aws_call_duration_seconds",
      help: "Duration of AWS API calls including the SDK's retries",
      labelNames: ["service", "operation"],
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    }),
    metricQueriesRequested: new Counter({
      name: "watchwall_metric_queries_requested_total",
      help: "Metric queries: asked for by viewers (origin=viewer) and sent to GetMetricData (origin=aws)",
      labelNames: ["origin"],
      registers,
    }),
    cacheLookups: new Counter({
      name: "watchwall_metric_cache_lookups_total",
      help: "Lookups in the in-process metric result store: hit, miss, or coalesced onto a fetch in flight",
      labelNames: ["result"],
      registers,
    }),
    clusterFetches: new Counter({
      name: "watchwall_cluster_fetches_total",
      help: "GetMetricData requests that reached the cluster layer: shared-hit (another replica's stored answer), owner (fetched here for all), waited (another replica's fetch in flight), fallback (fetched here alone)",
      labelNames: ["result"],
      registers,
    }),
    logsBytesScanned: new Counter({
      name: "watchwall_logs_insights_bytes_scanned_total",
      help: "Bytes scanned by Logs Insights queries the server ran",
      labelNames: ["account", "region"],
      registers,
    }),
    awsSpend: new Counter({
      name: "watchwall_aws_estimated_spend_usd_total",
      help: "Estimated AWS charges caused by the server's calls, in US dollars (list prices, lib/aws/prices.ts)",
      labelNames: ["service", "region"],
      registers,
    }),
    openScreens: new Gauge({
      name: "watchwall_open_screens",
      help: "Dashboard screens (event streams of a dashboard) currently open on this server",
      registers,
    }),
    // Every replica reports the same cluster-wide figure: aggregate it with max(), not sum().
    clusterOpenScreens: new Gauge({
      name: "watchwall_cluster_open_screens",
      help: "Dashboard screens currently open on every replica sharing this database (the same on each replica: use max, not sum)",
      registers,
    }),
    openEventStreams: new Gauge({
      name: "watchwall_open_event_streams",
      help: "Server-sent event streams currently open on this server",
      registers,
    }),
    httpSeconds: new Histogram({
      name: "watchwall_http_request_duration_seconds",
      help: "Latency of API requests handled by route handlers",
      labelNames: ["route", "method", "status"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    clusterLeader: new Gauge({
      name: "watchwall_cluster_leader",
      help: "1 while this replica is the elected leader (runs the pollers), else 0",
      registers,
    }),
  };
}

function instruments(): Instruments {
  const holder = globalThis as { [KEY]?: Instruments };
  holder[KEY] ??= create();
  return holder[KEY];
}

const i = instruments();
export const metricsRegistry = i.registry;
export const awsCalls = i.awsCalls;
export const awsRetries = i.awsRetries;
export const awsCallSeconds = i.awsCallSeconds;
export const metricQueriesRequested = i.metricQueriesRequested;
export const cacheLookups = i.cacheLookups;
export const clusterFetches = i.clusterFetches;
export const logsBytesScanned = i.logsBytesScanned;
export const awsSpend = i.awsSpend;
/** Set by the open-screen counts (lib/cluster/screen-counts.ts). */
export const openScreens = i.openScreens;
export const clusterOpenScreens = i.clusterOpenScreens;
/** Kept by the event hub (lib/kiosk/event-hub.ts). */
export const openEventStreams = i.openEventStreams;
export const httpSeconds = i.httpSeconds;
export const clusterLeader = i.clusterLeader;

/** Adds a gauge computed at scrape time (e.g. a connection pool's state); replaced when registered again. */
export function registerCollectedGauge(
  name: string,
  help: string,
  labelNames: string[],
  collect: () => Array<{ labels: Record<string, string>; value: number }>,
): void {
  i.registry.removeSingleMetric(name);
  new Gauge({
    name,
    help,
    labelNames,
    registers: [i.registry],
    collect() {
      this.reset();
      for (const sample of collect()) this.set(sample.labels, sample.value);
    },
  });
}
