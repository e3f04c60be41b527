// VPC flow logs in AWS's default (version 2) format, one stream per network interface (`<eni>-all`). Traffic
// follows the load balancer's RequestCount; scanners are rejected; an impaired instance (the staging status-
// check incident) reports NODATA records instead of traffic.

import * as hashing from "@/lib/simulator/demo/hash";
import type { RegionInventory } from "@/lib/simulator/demo/inventory";
import type { GroupRef, SimEvent } from "../model/sim-event";
import { MINUTE_MS } from "../semantics";
import { probe, type MetricProbe } from "./metric-probe";
import { eniFor, IncidentClock, privateIpFor } from "./network";
import { MinuteBuilder, type DemoLogSource, type DemoStream } from "./source";
import { publicIp } from "./text";

const { hash2, hashString, uniform } = hashing;

interface Interface {
  name: string;
  eni: string;
  stream: string;
  ip: string;
  role: "alb" | "web" | "db" | "other";
}

const SCAN_PORTS = [22, 23, 3389, 445, 1433, 5900, 8443];

export class VpcFlowLogSource implements DemoLogSource {
  readonly kind = "vpc" as const;
  readonly bytesPerMinute: number;
  private readonly seed: number;
  private readonly requests: MetricProbe | null;
  private readonly interfaces: Interface[];
  private readonly impaired: IncidentClock;
  private readonly builder = new MinuteBuilder();

  constructor(
    readonly group: GroupRef,
    inv: RegionInventory,
    worldSeed: number,
  ) {
    const { accountId, region } = group;
    this.seed = hash2(worldSeed, hashString(`vpc|${accountId}|${region}`));
    const lb = inv.alb[0];
    this.requests = lb
      ? probe(worldSeed, accountId, region, "AWS/ApplicationELB", "RequestCount", {
          LoadBalancer: lb.loadBalancer,
        })
      : null;
    const nic = (name: string, role: Interface["role"]): Interface => {
      const eni = eniFor(accountId, region, name);
      return { name, eni, stream: `${eni}-all`, ip: privateIpFor(accountId, region, name), role };
    };
    this.interfaces = [
      ...(lb ? ["a", "b", "c"].map((az) => nic(`${lb.name}-${region}${az}`, "alb")) : []),
      ...inv.ec2.map((vm) => ({
        ...nic(vm.instanceId, vm.name.startsWith("web-") ? "web" : "other"),
        name: vm.name,
      })),
      ...inv.rds.map((db) => nic(db.identifier, "db")),
    ];
    this.impaired = new IncidentClock(accountId, region, "staging-status-check-failure");
    this.bytesPerMinute = Math.round(((lb?.rate ?? 20) / 6 + 10) * 110);
  }

  streams(): DemoStream[] {
    return this.interfaces.map((i) => ({ name: i.stream, firstEventTimestamp: 0, endTimestamp: Infinity }));
  }

  minute(minute: number, out: SimEvent[]): void {
    const t = minute * 60;
    const fromMs = minute * MINUTE_MS;
    const seed = hash2(this.seed, minute);
    const b = this.builder;
    const acct = this.group.accountId;
    const byRole = (role: Interface["role"]) => this.interfaces.filter((i) => i.role === role);
    const down = this.impaired.activeDuring(t, 60) ? "web-1" : null;
    const record = (ts: number, nic: Interface, head: string, tail: string): void => {
      if (nic.name === down) return;
      const end = Math.floor(ts / 1000);
      b.add(ts, nic.stream, `2 ${acct} ${nic.eni} ${head} ${end - 60 + (ts % 7)} ${end} ${tail}`);
    };
    const flows = (
      count: number,
      from: Interface[],
      to: Interface[],
      port: number,
      salt: number,
      inbound: boolean,
    ) => {
      if (from.length === 0 && !inbound) return;
      for (let k = 0; k < count; k++) {
        const h = hash2(seed ^ salt, k);
        const ts = fromMs + Math.floor(((k + uniform(seed ^ salt, k)) / count) * MINUTE_MS);
        const dst = to[h % to.length];
        if (!dst) return;
        const src = inbound
          ? publicIp(hash2(this.seed, h % 5000))
          : (from[(h >>> 8) % from.length]?.ip ?? "10.0.0.1");
        const packets = 6 + (h % 40);
        const bytes = packets * (180 + ((h >>> 4) % 1200));
        record(
          ts,
          dst,
          `${src} ${dst.ip} ${1024 + ((h >>> 12) % 64000)} ${port} 6 ${packets} ${bytes}`,
          "ACCEPT OK",
        );
      }
    };
    const requests = this.requests?.count(t) ?? 0;
    const albs = byRole("alb");
    const webs = byRole("web");
    flows(Math.round(requests / 8), [], albs, 443, 0x11, true);
    flows(Math.round(requests / 40), albs, webs, 8080, 0x22, false);
    flows(webs.length * 3, webs, byRole("db"), 5432, 0x33, false);
    flows(4, [], byRole("other"), 443, 0x44, false);
    // Internet scanners knock on administrative ports and are rejected by the security groups.
    const scans = 2 + (hash2(seed, 0x5ca) % 4);
    for (let k = 0; k < scans; k++) {
      const h = hash2(seed ^ 0x55, k);
      const nic = this.interfaces[h % this.interfaces.length];
      if (!nic) break;
      const port = SCAN_PORTS[(h >>> 8) % SCAN_PORTS.length] ?? 22;
      const ts = fromMs + (h % MINUTE_MS);
      record(
        ts,
        nic,
        `${publicIp(hash2(h, 3))} ${nic.ip} ${1024 + ((h >>> 12) % 64000)} ${port} 6 1 40`,
        "REJECT OK",
      );
    }
    if (down) {
      const nic = this.interfaces.find((i) => i.name === down);
      if (nic) {
        const ts = fromMs + 30_000;
        const end = Math.floor(ts / 1000);
        b.add(ts, nic.stream, `2 ${acct} ${nic.eni} - - - - - - - ${end - 60} ${end} - NODATA`);
      }
    }
    b.flush(this.group, 60_000, fromMs, fromMs + MINUTE_MS, out);
  }
}
