import { describe, expect, it } from "vitest";
import {
  deploymentsBetween,
  deployScheduleFor,
  incidentIntensity,
  incidentOccurrences,
  INCIDENTS,
  releaseIndex,
} from "./incidents";
import { PRODUCTION_ACCOUNT_ID } from "./accounts";

const T = (iso: string): number => Date.parse(iso) / 1000;
const byId = (id: string) => {
  const incident = INCIDENTS.find((i) => i.id === id);
  if (!incident) throw new Error(id);
  return incident;
};

describe("incident schedule", () => {
  it("puts the web CPU spike at 00:40, 06:40, 12:40 and 18:40 UTC for 18 minutes", () => {
    const day = incidentOccurrences(T("2026-03-04T00:00:00Z"), T("2026-03-05T00:00:00Z"), [
      byId("prod-web-cpu-spike"),
    ]);
    expect(day.map((o) => new Date(o.start * 1000).toISOString().slice(11, 16))).toEqual([
      "00:40",
      "06:40",
      "12:40",
      "18:40",
    ]);
    expect(day.every((o) => o.end - o.start === 18 * 60)).toBe(true);
  });

  it("shows every incident within the last 24 hours whenever the demo is opened", () => {
    for (const now of [T("2026-03-04T00:01:00Z"), T("2026-07-19T13:37:00Z"), T("2027-01-01T23:59:00Z")]) {
      const seen = new Set(incidentOccurrences(now - 86400, now).map((o) => o.incident.id));
      expect(seen).toEqual(new Set(INCIDENTS.map((i) => i.id)));
    }
  });

  it("includes occurrences that started before the window and are still running", () => {
    const inside = incidentOccurrences(T("2026-03-04T13:30:00Z"), T("2026-03-04T13:31:00Z"));
    expect(inside.map((o) => o.incident.id)).toContain("prod-checkout-latency-regression");
    expect(inside.find((o) => o.incident.id === "prod-checkout-latency-regression")?.start).toBe(
      T("2026-03-04T13:05:00Z"),
    );
  });

  it("ramps intensity up and down and is zero outside an occurrence", () => {
    const rec = byId("prod-eu-order-backlog").recurrence;
    expect(incidentIntensity(rec, T("2026-03-04T05:29:59Z"))).toBe(0);
    expect(incidentIntensity(rec, T("2026-03-04T05:35:00Z"))).toBeCloseTo(0.5, 2);
    expect(incidentIntensity(rec, T("2026-03-04T05:50:00Z"))).toBe(1);
    expect(incidentIntensity(rec, T("2026-03-04T06:10:00Z"))).toBe(0);
    const step = byId("staging-status-check-failure").recurrence;
    expect(incidentIntensity(step, T("2026-03-04T09:20:00Z"))).toBe(1);
  });
});

describe("deployments", () => {
  it("deploys production every eight hours at 05:05, 13:05 and 21:05 UTC", () => {
    const schedule = deployScheduleFor(PRODUCTION_ACCOUNT_ID);
    expect(schedule).toBeDefined();
    if (!schedule) return;
    const times = deploymentsBetween(schedule, T("2026-03-04T00:00:00Z"), T("2026-03-05T00:00:00Z"));
    expect(times.map((t) => new Date(t * 1000).toISOString().slice(11, 16))).toEqual([
      "05:05",
      "13:05",
      "21:05",
    ]);
    expect(releaseIndex(schedule, T("2026-03-04T13:04:59Z")) + 1).toBe(
      releaseIndex(schedule, T("2026-03-04T13:05:00Z")),
    );
  });
});
