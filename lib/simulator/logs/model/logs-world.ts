// All log groups of the simulator, per account and Region: the demo world's groups (created lazily the first
// time a Region is touched) plus the groups clients create. Also resolves group identifiers (names or ARNs,
// including groups of linked source accounts for a monitoring account).

import { linkedSourceAccounts } from "@/lib/simulator/demo";
import { hashString } from "@/lib/simulator/demo/hash";
import { demoGroupDefinitions } from "../demo/catalog";
import { LogGroupState, type LogGroupSettings } from "./log-group";

const LOG_GROUP_ARN = /^arn:aws[a-z-]*:logs:([a-z0-9-]+):(\d{12}):log-group:(.+?)(?::\*)?$/;

export interface ParsedIdentifier {
  accountId: string;
  region: string;
  name: string;
}

export class RegionLogs {
  readonly groups = new Map<string, LogGroupState>();
  constructor(
    readonly accountId: string,
    readonly region: string,
  ) {}

  /** Groups sorted by name (ASCII), as every listing returns them. */
  sortedGroups(): LogGroupState[] {
    return [...this.groups.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  createGroup(name: string, settings: LogGroupSettings): LogGroupState {
    const ref = { accountId: this.accountId, region: this.region, name };
    const group = new LogGroupState(
      ref,
      settings,
      null,
      hashString(`${this.accountId}|${this.region}|${name}`),
    );
    this.groups.set(name, group);
    return group;
  }
}

export class LogsWorld {
  private readonly regions = new Map<string, RegionLogs>();
  constructor(readonly seed: number) {}

  region(accountId: string, region: string): RegionLogs {
    const key = `${accountId}|${region}`;
    let r = this.regions.get(key);
    if (!r) {
      r = new RegionLogs(accountId, region);
      for (const def of demoGroupDefinitions(accountId, region, this.seed)) {
        const ref = { accountId, region, name: def.name };
        const settings = { creationTime: def.creationTime, retentionInDays: def.retentionInDays };
        const hash = hashString(`${accountId}|${region}|${def.name}`);
        r.groups.set(def.name, new LogGroupState(ref, settings, def.create(ref), hash));
      }
      this.regions.set(key, r);
    }
    return r;
  }

  /** Regions of the accounts a caller may read: its own, plus linked source accounts for a monitoring account. */
  readableAccounts(accountId: string): string[] {
    return [accountId, ...linkedSourceAccounts(accountId)];
  }

  /**
   * The group a name or ARN identifies for a caller in (accountId, region); ARNs may point at linked source
   * accounts. Undefined when it does not exist or is not readable.
   */
  resolve(accountId: string, region: string, identifier: string): LogGroupState | undefined {
    const parsed = parseIdentifier(identifier, accountId, region);
    if (!parsed || parsed.region !== region) return undefined;
    if (!this.readableAccounts(accountId).includes(parsed.accountId)) return undefined;
    return this.region(parsed.accountId, region).groups.get(parsed.name);
  }
}

export function parseIdentifier(
  identifier: string,
  accountId: string,
  region: string,
): ParsedIdentifier | undefined {
  if (!identifier.startsWith("arn:")) return { accountId, region, name: identifier };
  const m = LOG_GROUP_ARN.exec(identifier);
  if (!m) return undefined;
  return { region: m[1] ?? "", accountId: m[2] ?? "", name: m[3] ?? "" };
}

export function groupArn(accountId: string, region: string, name: string): string {
  return `arn:aws:logs:${region}:${accountId}:log-group:${name}`;
}
