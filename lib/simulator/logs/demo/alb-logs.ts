// Application Load Balancer access logs (AWS's space-separated access-log format), one line per request. The
// number of lines per minute is the RequestCount metric of that minute, the status-code mix follows the
// HTTPCode_* metrics (so the checkout error burst shows up as 5xx lines on /api/checkout at the same minutes)
// and target processing times follow TargetResponseTime. This is the busiest demo group (millions of lines
// for a day), so lines are written byte by byte from pre-encoded parts.

import * as hashing from "@/lib/simulator/demo/hash";
import type { LoadBalancer, RegionInventory } from "@/lib/simulator/demo/inventory";
import { ORIGIN_DEMO, SimEvent, type GroupRef } from "../model/sim-event";
import { MINUTE_MS } from "../semantics";
import { ascii, LineWriter } from "./line-writer";
import { probe, type MetricProbe } from "./metric-probe";
import { IncidentClock, privateIpFor } from "./network";
import type { DemoLogSource, DemoStream } from "./source";
import { publicIp } from "./text";

const { gaussian, hash2, hashString } = hashing;

const PATHS: ReadonlyArray<{ method: string; path: string; bytes: number; weight: number }> = [
  { method: "GET", path: "/", bytes: 18_400, weight: 10 },
  { method: "GET", path: "/api/products", bytes: 9_800, weight: 22 },
  { method: "GET", path: "/api/products/{id}", bytes: 3_100, weight: 25 },
  { method: "GET", path: "/api/cart", bytes: 1_200, weight: 14 },
  { method: "POST", path: "/api/cart/items", bytes: 640, weight: 9 },
  { method: "GET", path: "/api/search?q={q}", bytes: 7_400, weight: 8 },
  { method: "POST", path: "/api/checkout", bytes: 910, weight: 3 },
  { method: "GET", path: "/static/app.4f2a9c.js", bytes: 212_000, weight: 6 },
  { method: "GET", path: "/api/account", bytes: 820, weight: 3 },
];
const PATH_TABLE: number[] = PATHS.flatMap((p, i) => Array.from({ length: p.weight }, () => i));
const CHECKOUT = PATHS.findIndex((p) => p.path === "/api/checkout");
const SEARCH_TERMS = ["shoes", "jacket", "gift", "sale", "backpack", "lamp", "mug", "socks"].map(ascii);
const USER_AGENTS = [
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36",
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
  "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36",
  "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
  "okhttp/4.12.0",
];
const AZ_SUFFIXES = ["a", "b", "c"];
/** Clients are drawn from a fixed pool of addresses, so that per-client statistics look realistic. */
const CLIENT_POOL = 6000;

// Outcome categories of a request; counts per minute come from the HTTPCode_* metrics.
const OK = 0;
const TARGET_5XX = 1;
const ELB_5XX = 2;
const TARGET_4XX = 3;
const ELB_4XX = 4;
const TARGET_3XX = 5;

// "<elb_status_code> <target_status_code>" pairs; the ELB-generated ones have no target.
const STATUS_TEXT = [
  "200 200",
  "500 500",
  "503 503",
  "504 -",
  "502 -",
  "401 401",
  "404 404",
  "400 -",
  "302 302",
];
const S500 = 1;
const S503 = 2;
const S504 = 3;
const S502 = 4;
const S401 = 5;
const S404 = 6;
const S400 = 7;
const S302 = 8;
const NO_TARGET = new Set([S504, S502, S400]);

interface Target {
  name: string;
  /** `<ip>:8080` */
  address: string;
  /** ` <ip>:8080 0.001 ` (target and request processing time, which is constant) */
  field: Uint8Array;
}

interface Route {
  head: Uint8Array;
  variable: "id" | "q" | null;
  bytes: number;
}

const B_HTTPS = ascii("https ");
const B_NO_TARGET = ascii(" - 0.001 -1 0.000 ");
const B_RESPONSE = ascii(" 0.000 ");

export class AlbLogSource implements DemoLogSource {
  readonly kind = "alb" as const;
  readonly bytesPerMinute: number;
  private readonly seed: number;
  private readonly latency: MetricProbe;
  private readonly codes: Array<[number, MetricProbe]>;
  private readonly targets: Target[];
  private readonly streamNames: string[];
  private readonly errorBurst: IncidentClock;
  private readonly cpuSpike: IncidentClock;
  private readonly statusCheck: IncidentClock;
  private readonly writer = new LineWriter();
  private category = new Uint8Array(4096);
  // Pre-encoded constant parts of the lines.
  private readonly lb: Uint8Array;
  private readonly host: Uint8Array;
  private readonly clients: Uint8Array[];
  private readonly agents: Uint8Array[];
  private readonly routes: Route[];
  private readonly status: Uint8Array[];
  private readonly tails = new Map<number, Uint8Array>();

  constructor(
    readonly group: GroupRef,
    lb: LoadBalancer,
    inv: RegionInventory,
    worldSeed: number,
  ) {
    const { accountId, region } = group;
    this.seed = hash2(worldSeed, hashString(`alb|${accountId}|${region}|${lb.name}`));
    const dims = { LoadBalancer: lb.loadBalancer };
    const metric = (name: string) => probe(worldSeed, accountId, region, "AWS/ApplicationELB", name, dims);
    this.latency = metric("TargetResponseTime");
    this.codes = [
      [TARGET_5XX, metric("HTTPCode_Target_5XX_Count")],
      [ELB_5XX, metric("HTTPCode_ELB_5XX_Count")],
      [TARGET_4XX, metric("HTTPCode_Target_4XX_Count")],
      [ELB_4XX, metric("HTTPCode_ELB_4XX_Count")],
      [TARGET_3XX, metric("HTTPCode_Target_3XX_Count")],
    ];
    const webs = inv.ec2.filter((vm) => vm.name.startsWith("web-"));
    this.targets = (webs.length > 0 ? webs : [{ name: "web-1", instanceId: "i-0" }]).map((vm) => {
      const address = `${privateIpFor(accountId, region, vm.instanceId)}:8080`;
      return { name: vm.name, address, field: ascii(` ${address} 0.001 `) };
    });
    const host = lb.name.startsWith("stg") ? "staging.shop.example.com" : "shop.example.com";
    const tgArn = `arn:aws:elasticloadbalancing:${region}:${accountId}:${lb.targetGroup}`;
    this.lb = ascii(` ${lb.loadBalancer} `);
    this.host = ascii(`" "${host}" "-" 0 `);
    this.clients = Array.from({ length: CLIENT_POOL }, (_, i) => ascii(`${publicIp(hash2(this.seed, i))}:`));
    this.agents = USER_AGENTS.map((ua) =>
      ascii(` HTTP/2.0" "${ua}" TLS_AES_128_GCM_SHA256 TLSv1.3 ${tgArn} "Root=1-`),
    );
    this.routes = PATHS.map((p) => ({
      head: ascii(`"${p.method} https://${host}:443${p.path.replace("{id}", "").replace("{q}", "")}`),
      variable: p.path.includes("{id}") ? "id" : p.path.includes("{q}") ? "q" : null,
      bytes: p.bytes,
    }));
    this.status = STATUS_TEXT.map((s) => ascii(`${s} `));
    this.streamNames = AZ_SUFFIXES.map((az) => `${lb.name}/${region}${az}`);
    this.errorBurst = new IncidentClock(accountId, region, "prod-checkout-error-burst");
    this.cpuSpike = new IncidentClock(accountId, region, "prod-web-cpu-spike");
    this.statusCheck = new IncidentClock(accountId, region, "staging-status-check-failure");
    this.bytesPerMinute = Math.round(lb.rate * 560);
  }

  streams(): DemoStream[] {
    return this.streamNames.map((name) => ({ name, firstEventTimestamp: 0, endTimestamp: Infinity }));
  }

  minute(minute: number, out: SimEvent[]): void {
    const t = minute * 60;
    const startMs = minute * MINUTE_MS;
    const lat = this.latency.events(t);
    const n = lat.n;
    if (n <= 0) return;
    const category = this.categorise(minute, t, n);
    // Log-normal per-request latencies whose mean matches the minute's TargetResponseTime average.
    const sigma = this.latency.sigma;
    const median = lat.sum / n / Math.exp((sigma * sigma) / 2);
    const burst = this.errorBurst.at(t);
    const spike = this.cpuSpike.at(t);
    const impaired = this.statusCheck.activeDuring(t, 60);
    const seed = hash2(this.seed, minute);
    const { targets, writer: w, group } = this;
    for (let i = 0; i < n; i++) {
      const h0 = hash2(seed, i * 8);
      const h1 = hash2(seed, i * 8 + 1);
      const h2 = hash2(seed, i * 8 + 2);
      // Stratified within the minute, hence already in time order.
      const ts = startMs + Math.floor(((i + (h0 & 1023) / 1024) / n) * MINUTE_MS);
      const cat = category[i] ?? OK;
      let pathIndex = PATH_TABLE[h1 % PATH_TABLE.length] ?? 0;
      if (cat === TARGET_5XX && burst > 0 && (h2 & 15) < 14) pathIndex = CHECKOUT;
      const route = this.routes[pathIndex] as Route;
      let ti = h2 % targets.length;
      if (impaired && targets[ti]?.name === "web-1") ti = (ti + 1) % targets.length;
      const target = targets[ti] as Target;
      let tpt = median * Math.exp(sigma * gaussian(seed, i * 8 + 3));
      if (spike > 0 && target.name === "web-3") tpt *= 1 + 1.8 * spike;
      let status = 0;
      let sent = Math.round(route.bytes * (0.8 + (h1 & 255) / 640));
      switch (cat) {
        case TARGET_5XX:
          status = (h2 & 7) < 6 ? S500 : S503;
          if (pathIndex === CHECKOUT && burst > 0) tpt = 3 + tpt / 4;
          sent = 180;
          break;
        case ELB_5XX:
          status = (h2 & 3) === 0 ? S504 : S502;
          sent = 162;
          break;
        case TARGET_4XX:
          status = (h2 & 3) === 0 ? S401 : S404;
          sent = 240;
          break;
        case ELB_4XX:
          status = S400;
          sent = 150;
          break;
        case TARGET_3XX:
          status = S302;
          sent = 96;
          break;
      }
      const noTarget = NO_TARGET.has(status);
      w.bytes(B_HTTPS)
        .isoMicros(ts, h1 % 1000)
        .bytes(this.lb);
      w.bytes(this.clients[(h0 >>> 16) % CLIENT_POOL] as Uint8Array).int(1024 + (h2 % 60000));
      if (noTarget) w.bytes(B_NO_TARGET);
      else w.bytes(target.field).fixed3(tpt).bytes(B_RESPONSE);
      w.bytes(this.status[status] as Uint8Array)
        .int(200 + (h1 % 1300))
        .char(32)
        .int(sent)
        .char(32)
        .bytes(route.head);
      if (route.variable === "id") w.int(1000 + (h0 >>> 20));
      else if (route.variable === "q") w.bytes(SEARCH_TERMS[(h0 >>> 12) % SEARCH_TERMS.length] as Uint8Array);
      w.bytes(this.agents[(h0 >>> 8) % this.agents.length] as Uint8Array);
      w.hex8(Math.floor(ts / 1000))
        .char(45)
        .hex8(h0)
        .hex8(h1)
        .hex8(h2)
        .bytes(this.host);
      w.isoMicros(ts - Math.round(tpt * 1000), h2 % 1000).bytes(this.tail(noTarget ? -1 : ti, status));
      const ingestion = ts + 2500 + ((ts * 7 + i * 131) % 1500);
      out.push(new SimEvent(group, this.streamNames[h0 % 3] ?? "", ts, ingestion, w.done(), ORIGIN_DEMO, i));
    }
  }

  /** The constant end of a line for (target, status), encoded once. */
  private tail(target: number, status: number): Uint8Array {
    const key = target * 16 + status;
    let bytes = this.tails.get(key);
    if (bytes === undefined) {
      const ip = target < 0 ? "-" : (this.targets[target]?.address ?? "-");
      const code = STATUS_TEXT[status]?.split(" ")[1] ?? "-";
      bytes = ascii(` "forward" "-" "-" "${ip}" "${code}" "-" "-"`);
      this.tails.set(key, bytes);
    }
    return bytes;
  }

  /** Picks which requests of the minute get each non-2xx outcome, with exactly the metrics' counts. */
  private categorise(minute: number, t: number, n: number): Uint8Array {
    if (this.category.length < n) this.category = new Uint8Array(n * 2);
    const category = this.category;
    category.fill(OK, 0, n);
    let free = n;
    const seed = hash2(this.seed ^ 0x5a17, minute);
    let k = 0;
    for (const [cat, metric] of this.codes) {
      const count = Math.min(metric.count(t), free);
      for (let c = 0; c < count; c++) {
        let j = hash2(seed, k++) % n;
        while (category[j] !== OK) j = j + 1 === n ? 0 : j + 1;
        category[j] = cat;
      }
      free -= count;
    }
    return category;
  }
}
