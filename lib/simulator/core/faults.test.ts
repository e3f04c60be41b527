import { describe, expect, it } from "vitest";
import { FaultInjector, parseFaultRules } from "./faults";

const target = {
  service: "cloudwatch" as const,
  operation: "GetMetricData",
  account: "111111111111",
  region: "us-east-1",
};

describe("FaultInjector", () => {
  it("draws probabilistic faults from a seeded generator (reproducible, roughly the asked rate)", () => {
    const run = (seed: number) => {
      const f = new FaultInjector([{ throttle: 0.3 }], seed);
      return Array.from({ length: 2000 }, () => f.decide(target).throttle);
    };
    const a = run(7);
    expect(run(7)).toEqual(a);
    expect(run(8)).not.toEqual(a);
    const rate = a.filter(Boolean).length / a.length;
    expect(rate).toBeGreaterThan(0.25);
    expect(rate).toBeLessThan(0.35);
  });

  it("consumes counted rules only on calls they affect and lets later rules fire afterwards", () => {
    const f = new FaultInjector([
      { throttle: true, count: 2 },
      { error: true, count: 1, errorStatus: 502 },
    ]);
    const seen = Array.from({ length: 4 }, () => {
      const d = f.decide(target);
      return d.throttle ? "throttle" : (d.errorStatus ?? "ok");
    });
    expect(seen).toEqual(["throttle", "throttle", 502, "ok"]);
  });

  it("adds latency of every matching rule and ignores non-matching scopes", () => {
    const f = new FaultInjector([
      { latencyMs: 100 },
      { latencyMs: 50, region: ["us-east-1", "eu-west-1"] },
      { latencyMs: 1000, account: "222222222222" },
      { throttle: true, service: "logs" },
    ]);
    expect(f.decide(target)).toEqual({ latencyMs: 150, throttle: false });
  });

  it("parses the array and { rules } forms and rejects rules without an effect", () => {
    expect(parseFaultRules([{ throttle: true }])).toHaveLength(1);
    expect(parseFaultRules({ rules: [{ latencyMs: 5 }] })).toHaveLength(1);
    expect(() => parseFaultRules([{ operation: "X" }])).toThrow(/at least one/);
    expect(() => parseFaultRules([{ throttle: 1.5 }])).toThrow(/invalid fault rules/);
  });
});
