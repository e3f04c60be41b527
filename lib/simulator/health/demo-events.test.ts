import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_REGIONS } from "@/lib/simulator/accounts";
import { incidentOccurrences } from "@/lib/simulator/demo/incidents";
import { regionInventory } from "@/lib/simulator/demo/inventory";
import { compareEvents, demoHealthEvents } from "./demo-events";
import { EVENT_RETENTION_DAYS } from "./health-config";
import { isVisibleTo } from "./health-types";

const NOW = new Date("2026-06-01T12:00:00.000Z");
const HOUR_MS = 3_600_000;

/** Every resource id / name the demo inventory knows, per account. */
function inventoryValues(accountId: string): Set<string> {
  const out = new Set<string>([accountId]);
  for (const region of DEMO_REGIONS) {
    const inv = regionInventory(accountId, region);
    for (const vm of inv.ec2) out.add(vm.instanceId);
    for (const db of inv.rds) out.add(db.identifier);
    for (const fn of inv.lambda) out.add(`arn:aws:lambda:${region}:${accountId}:function:${fn.name}`);
  }
  return out;
}

describe("demo Health events", () => {
  it("are deterministic, sorted newest update first, and unique by ARN", () => {
    const a = demoHealthEvents(NOW);
    const b = demoHealthEvents(new Date(NOW.getTime() + 1000));
    expect(b.map((e) => e.arn)).toEqual(a.map((e) => e.arn));
    expect(new Set(a.map((e) => e.arn)).size).toBe(a.length);
    expect([...a].sort(compareEvents)).toEqual(a);
  });

  it("name only real demo resources as affected entities, each under its own account", () => {
    for (const event of demoHealthEvents(NOW)) {
      for (const entity of event.entities) {
        expect(event.accounts).toContain(entity.awsAccountId);
        expect(inventoryValues(entity.awsAccountId).has(entity.entityValue)).toBe(true);
      }
      if (event.eventScopeCode === "PUBLIC") expect(event.accounts).toEqual([]);
      else expect(event.entities.length).toBeGreaterThan(0);
    }
  });

  it("place upcoming changes in the future, open and closed ones in the past, within the retention", () => {
    const oldest = NOW.getTime() - EVENT_RETENTION_DAYS * 24 * HOUR_MS;
    const events = demoHealthEvents(NOW);
    expect(new Set(events.map((e) => e.statusCode))).toEqual(new Set(["open", "closed", "upcoming"]));
    expect(new Set(events.map((e) => e.eventTypeCategory))).toEqual(
      new Set(["issue", "scheduledChange", "accountNotification"]),
    );
    for (const e of events) {
      expect(e.lastUpdatedTime.getTime()).toBeLessThanOrEqual(NOW.getTime());
      expect(e.startTime.getTime()).toBeGreaterThanOrEqual(oldest);
      if (e.statusCode === "upcoming") expect(e.startTime.getTime()).toBeGreaterThan(NOW.getTime());
      else expect(e.startTime.getTime()).toBeLessThanOrEqual(NOW.getTime());
      if (e.statusCode === "closed") expect(e.endTime?.getTime()).toBeLessThanOrEqual(NOW.getTime());
      if (e.statusCode === "open") expect(e.endTime).toBeUndefined();
    }
  });

  it("always have one open eu-west-1 EC2 issue that overlaps the metrics world's eu-west-1 incident", () => {
    for (let h = 0; h < 48; h += 1.5) {
      const now = new Date(NOW.getTime() + h * HOUR_MS);
      const open = demoHealthEvents(now).filter(
        (e) => e.eventTypeCode === "AWS_EC2_OPERATIONAL_ISSUE" && e.statusCode === "open",
      );
      expect(open).toHaveLength(1);
      const start = (open[0]?.startTime.getTime() ?? 0) / 1000;
      const overlapping = incidentOccurrences(start, start + 3600).filter(
        (o) => o.incident.region === "eu-west-1",
      );
      expect(overlapping.length).toBeGreaterThan(0);
      expect(overlapping[0]?.start).toBe(start + 15 * 60);
      // Each update appears in the description; the newest one is the event's lastUpdatedTime.
      const updates = open[0]?.description.match(/^\[\d{2}:\d{2} UTC\]/gm) ?? [];
      expect(updates.length).toBeGreaterThan(0);
      expect(open[0]?.lastUpdatedTime.getTime()).toBeLessThanOrEqual(now.getTime());
    }
  });

  it("give every demo account something to show, and staging events exist for the organizational view", () => {
    const events = demoHealthEvents(NOW);
    for (const account of DEMO_ACCOUNTS) {
      const own = events.filter((e) => isVisibleTo(e, account.id) && e.eventScopeCode === "ACCOUNT_SPECIFIC");
      expect(own.length).toBeGreaterThan(0);
    }
  });

  it("keep the ARNs of scheduled changes for the whole week and roll them over the week after", () => {
    const code = "AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED";
    const arnAt = (t: number) => demoHealthEvents(new Date(t)).find((e) => e.eventTypeCode === code)?.arn;
    const weekStart = Math.floor(NOW.getTime() / (7 * 24 * HOUR_MS)) * 7 * 24 * HOUR_MS;
    expect(arnAt(weekStart + HOUR_MS)).toBe(arnAt(weekStart + 6 * 24 * HOUR_MS));
    expect(arnAt(weekStart + 8 * 24 * HOUR_MS)).not.toBe(arnAt(weekStart + HOUR_MS));
  });
});
