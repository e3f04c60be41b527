// The shop's web application logs, one stream per web instance. Volumes follow the Watchwall/Shop metrics:
// one INFO line per order (Orders), one ERROR line with a stack trace per payment error (PaymentErrors, ×30
// during the checkout error burst, then mostly provider timeouts), checkout latencies from CheckoutLatency,
// slow-query warnings during the latency regression, restarts at every deployment and the 14:40 rollback.

import * as hashing from "@/lib/simulator/demo/hash";
import { incidentOccurrences } from "@/lib/simulator/demo/incidents";
import type { RegionInventory } from "@/lib/simulator/demo/inventory";
import type { GroupRef, SimEvent } from "../model/sim-event";
import { MINUTE_MS } from "../semantics";
import { orderPlaced, paymentFailed, poolStats, slowQuery, thread, THROTTLED_TRACE } from "./app-text";
import { probe, type MetricProbe } from "./metric-probe";
import { IncidentClock } from "./network";
import { Releases } from "./releases";
import { MinuteBuilder, type DemoLogSource, type DemoStream } from "./source";
import { spacedMillis } from "./text";

const { gaussian, hash2, hashString, uniform } = hashing;

/** Rolling restarts: instance j of the fleet restarts this long after the deployment starts. */
const RESTART_STAGGER_MS = 45_000;

interface Instance {
  name: string;
  stream: string;
}

export class AppLogSource implements DemoLogSource {
  readonly kind = "app" as const;
  readonly bytesPerMinute: number;
  private readonly seed: number;
  private readonly orders: MetricProbe;
  private readonly paymentErrors: MetricProbe;
  private readonly latency: MetricProbe;
  private readonly instances: Instance[];
  private readonly releases: Releases;
  private readonly burst: IncidentClock;
  private readonly regression: IncidentClock;
  private readonly cpuSpike: IncidentClock;
  private readonly throttling: IncidentClock;
  private readonly backlog: IncidentClock;
  private readonly impaired: IncidentClock;
  private readonly builder = new MinuteBuilder();

  constructor(
    readonly group: GroupRef,
    inv: RegionInventory,
    environment: string,
    worldSeed: number,
  ) {
    const { accountId, region } = group;
    this.seed = hash2(worldSeed, hashString(`app|${accountId}|${region}|${group.name}`));
    const dims = { Environment: environment };
    this.orders = probe(worldSeed, accountId, region, "Watchwall/Shop", "Orders", dims);
    this.paymentErrors = probe(worldSeed, accountId, region, "Watchwall/Shop", "PaymentErrors", dims);
    this.latency = probe(worldSeed, accountId, region, "Watchwall/Shop", "CheckoutLatency", dims);
    this.instances = inv.ec2
      .filter((vm) => vm.name.startsWith("web-"))
      .map((vm) => ({ name: vm.name, stream: `${vm.name}/${vm.instanceId}` }));
    this.releases = new Releases(accountId);
    this.burst = new IncidentClock(accountId, region, "prod-checkout-error-burst");
    this.regression = new IncidentClock(accountId, region, "prod-checkout-latency-regression");
    this.cpuSpike = new IncidentClock(accountId, region, "prod-web-cpu-spike");
    this.throttling = new IncidentClock(accountId, region, "prod-apne1-dynamodb-throttling");
    this.backlog = new IncidentClock(accountId, region, "prod-eu-order-backlog");
    this.impaired = new IncidentClock(accountId, region, "staging-status-check-failure");
    this.bytesPerMinute = Math.round((inv.shop?.checkoutsPerMinute ?? 1) * 240 + this.instances.length * 150);
  }

  streams(): DemoStream[] {
    return this.instances.map((i) => ({ name: i.stream, firstEventTimestamp: 0, endTimestamp: Infinity }));
  }

  minute(minute: number, out: SimEvent[]): void {
    const n = this.instances.length;
    if (n === 0) return;
    const t = minute * 60;
    const fromMs = minute * MINUTE_MS;
    const seed = hash2(this.seed, minute);
    const b = this.builder;
    const down = this.impaired.activeDuring(t, 60) ? "web-1" : null;
    const line = (ts: number, i: number, level: string, h: number, text: string): void => {
      const index = i % n;
      const inst = this.instances[index] as Instance;
      if (inst.name === down) return;
      const pid = 4000 + (hash2(this.seed, this.releases.windowAt(ts).index * 31 + index) % 5000);
      b.add(ts, inst.stream, `${spacedMillis(ts)} ${level} ${pid} --- [${thread(h)}] ${text}`);
    };
    const at = (k: number, count: number) =>
      fromMs + Math.floor(((k + uniform(seed, 7000 + k)) / count) * MINUTE_MS);

    const orders = this.orders.count(t);
    const lat = this.latency.events(t);
    const sigma = this.latency.sigma;
    const median = lat.n > 0 ? lat.sum / lat.n / Math.exp((sigma * sigma) / 2) : 400;
    for (let k = 0; k < orders; k++) {
      const h = hash2(seed, k);
      line(at(k, orders), h, " INFO", h, orderPlaced(h, median * Math.exp(sigma * gaussian(seed, k))));
    }
    const errors = this.paymentErrors.count(t);
    const burst = this.burst.at(t);
    for (let k = 0; k < errors; k++) {
      const h = hash2(seed ^ 0xe7, k);
      line(at(k, errors) + 1, h, "ERROR", h, paymentFailed(h, uniform(seed, 9000 + k) < burst * 0.95));
    }
    const regression = this.regression.at(t);
    const slow = Math.round(orders * 0.6 * regression);
    for (let k = 0; k < slow; k++) {
      const h = hash2(seed ^ 0x51, k);
      line(at(k, slow) + 2, h, " WARN", h, slowQuery(h, median * 0.55 * (1 + 0.3 * gaussian(seed, 500 + k))));
    }
    const throttled = Math.round(25 * this.throttling.at(t));
    for (let k = 0; k < throttled; k++) {
      const h = hash2(seed ^ 0x77, k);
      line(
        at(k, throttled) + 3,
        h,
        " WARN",
        h,
        `c.w.shop.session.SessionStore       : Session read throttled, retrying in 50 ms\n${THROTTLED_TRACE}`,
      );
    }
    if (this.backlog.at(t) > 0) {
      for (let k = 0; k < 3; k++) {
        line(
          fromMs + k * 20_000 + 400,
          k,
          " WARN",
          k,
          "c.w.shop.orders.OutboxPublisher     : order-events backlog growing; fulfilment consumer is not keeping up",
        );
      }
    }
    const spike = this.cpuSpike.at(t);
    for (let i = 0; i < n; i++) {
      const inst = this.instances[i] as Instance;
      const h = hash2(seed ^ 0x900, i);
      const busy = inst.name === "web-3" ? spike : 0;
      const active = Math.min(20, Math.round(2 + orders / n / 3 + 16 * busy + (h % 3)));
      line(
        fromMs + 1000 * (i + 1) + (h % 900),
        i,
        " INFO",
        h,
        poolStats(active, busy > 0 ? Math.round(40 * busy) : 0),
      );
      if (busy > 0) {
        for (let k = 0; k < 6; k++) {
          line(
            fromMs + k * 10_000 + (h % 5000),
            i,
            " WARN",
            h + k,
            `o.a.tomcat.util.threads.ThreadPoolExecutor : Thread pool near exhaustion: ${180 + (h % 20)}/200 busy, ${Math.round(120 * busy)} queued; CPU ${Math.round(90 + 7 * busy)}%`,
          );
        }
      }
    }
    this.deployments(fromMs, line);
    b.flush(this.group, 1800, fromMs, fromMs + MINUTE_MS, out);
  }

  /** Rolling restarts after each deployment and the rollback that ends the latency regression. */
  private deployments(
    fromMs: number,
    line: (ts: number, i: number, level: string, h: number, text: string) => void,
  ): void {
    const n = this.instances.length;
    const span = n * RESTART_STAGGER_MS + 20_000;
    for (const deployAt of this.releases.between(fromMs - span, fromMs + MINUTE_MS)) {
      const release = this.releases.nameOf(this.releases.windowAt(deployAt).index);
      for (let i = 0; i < n; i++) {
        const r = deployAt + i * RESTART_STAGGER_MS;
        const pid = 4000 + (hash2(this.seed, this.releases.windowAt(r + 20_000).index * 31 + i) % 5000);
        line(
          r,
          i,
          " INFO",
          1,
          "o.s.b.w.e.tomcat.GracefulShutdown   : Received SIGTERM; commencing graceful shutdown (draining in-flight requests)",
        );
        line(r + 2500, i, " INFO", 1, "o.s.b.w.e.tomcat.GracefulShutdown   : Graceful shutdown complete");
        line(
          r + 9000,
          i,
          " INFO",
          0,
          `c.w.shop.ShopApplication            : Starting ShopApplication v${release} using Java 21.0.3 with PID ${pid}`,
        );
        line(
          r + 17_400,
          i,
          " INFO",
          0,
          `c.w.shop.ShopApplication            : Started ShopApplication in 8.4 seconds (release ${release})`,
        );
      }
    }
    const inc = this.regression.incident;
    if (!inc) return;
    for (const occ of incidentOccurrences(fromMs / 1000 - 3600, fromMs / 1000 + 60, [inc])) {
      const endMs = occ.end * 1000;
      if (endMs < fromMs || endMs >= fromMs + MINUTE_MS) continue;
      const current = this.releases.windowAt(endMs).index;
      const msg = `c.w.shop.ops.ReleaseManager         : Rolling back release ${this.releases.nameOf(current)} to ${this.releases.nameOf(current - 1)} (checkout latency regression)`;
      for (let i = 0; i < n; i++) line(endMs + i * 1500, i, " WARN", 2, msg);
    }
  }
}
