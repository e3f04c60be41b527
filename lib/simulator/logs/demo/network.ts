// Network identities shared by the generators (ALB targets, VPC flow logs): every resource gets a stable
// private address and network interface, derived from the account, Region and resource name.

import { hashString } from "@/lib/simulator/demo/hash";
import { INCIDENTS, incidentIntensity, type DemoIncident } from "@/lib/simulator/demo/incidents";
import { regionInventory, type RegionInventory } from "@/lib/simulator/demo/inventory";
import { isDemoRegion } from "@/lib/simulator/demo";
import { hexId, privateIp } from "./text";

/** Second octet of the Region's VPC CIDR (10.<n>.0.0/16). */
const VPC_OCTET: Readonly<Record<string, number>> = { "us-east-1": 0, "eu-west-1": 16, "ap-northeast-1": 32 };

export function vpcOctet(region: string): number {
  return VPC_OCTET[region] ?? 48;
}

export function vpcIdFor(accountId: string, region: string): string {
  return `vpc-0${hexId(hashString(`${accountId}/${region}/vpc`), 1, 16)}`;
}

export function eniFor(accountId: string, region: string, resource: string): string {
  return `eni-0${hexId(hashString(`${accountId}/${region}/eni/${resource}`), 1, 16)}`;
}

export function privateIpFor(accountId: string, region: string, resource: string): string {
  return privateIp(vpcOctet(region), hashString(`${accountId}/${region}/ip/${resource}`));
}

/** The inventory of a demo account and Region, or undefined outside the demo world. */
export function demoInventory(accountId: string, region: string): RegionInventory | undefined {
  if (!isDemoRegion(region)) return undefined;
  const inv = regionInventory(accountId, region);
  return inv.scale > 0 ? inv : undefined;
}

/** An incident of this account and Region, by id, with a cheap intensity lookup (0 outside occurrences). */
export class IncidentClock {
  readonly incident: DemoIncident | undefined;
  constructor(accountId: string, region: string, id: string) {
    this.incident = INCIDENTS.find((i) => i.id === id && i.accountId === accountId && i.region === region);
  }

  /** 0..1 at epoch seconds `t`. */
  at(t: number): number {
    return this.incident === undefined ? 0 : incidentIntensity(this.incident.recurrence, t);
  }

  /** True when any part of [t, t + seconds) lies inside an occurrence. */
  activeDuring(t: number, seconds: number): boolean {
    if (this.incident === undefined) return false;
    const { everySeconds, offsetSeconds, durationSeconds } = this.incident.recurrence;
    let phase = (t - offsetSeconds) % everySeconds;
    if (phase < 0) phase += everySeconds;
    return phase < durationSeconds || phase + seconds > everySeconds;
  }
}
