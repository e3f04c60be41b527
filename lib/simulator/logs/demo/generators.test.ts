import { describe, expect, it } from "vitest";
import { runQuery } from "@/lib/logs-insights";
import { DEMO_ACCOUNTS, DEMO_REGIONS } from "@/lib/simulator/accounts";
import { DEFAULT_DEMO_SEED } from "@/lib/simulator/demo";
import type { SimEvent } from "../model/sim-event";
import { MINUTE_MS } from "../semantics";
import { TEST_NOW } from "../test-support";
import { demoGroupDefinitions } from "./catalog";
import type { DemoLogSource } from "./source";

const MINUTE = Math.floor(TEST_NOW / MINUTE_MS) - 5;

function source(accountId: string, region: string, name: string, seed = DEFAULT_DEMO_SEED): DemoLogSource {
  const def = demoGroupDefinitions(accountId, region, seed).find((d) => d.name === name);
  if (!def) throw new Error(`no demo group ${name}`);
  return def.create({ accountId, region, name });
}

function minute(src: DemoLogSource, m = MINUTE): SimEvent[] {
  const out: SimEvent[] = [];
  src.minute(m, out);
  return out;
}

describe("every demo group of every account and Region", () => {
  const all = DEMO_ACCOUNTS.flatMap((a) =>
    DEMO_REGIONS.flatMap((r) =>
      demoGroupDefinitions(a.id, r, DEFAULT_DEMO_SEED).map((d) => ({ a: a.id, r, d })),
    ),
  );

  it("exists for each kind in the production home Region", () => {
    const kinds = new Set(
      all.filter((g) => g.a === "111111111111" && g.r === "us-east-1").map((g) => g.d.kind),
    );
    expect([...kinds].sort()).toEqual(["alb", "app", "cloudtrail", "lambda", "vpc"]);
  });

  it.each(all.map((g) => [`${g.a} ${g.r} ${g.d.name}`, g] as const))(
    "%s: a minute is sorted, inside the minute, numbered, deterministic and on listed streams",
    (_label, g) => {
      const ref = { accountId: g.a, region: g.r, name: g.d.name };
      const events = minute(g.d.create(ref));
      const again = minute(g.d.create(ref));
      expect(again.map((e) => e.message)).toEqual(events.map((e) => e.message));
      events.forEach((ev, i) => {
        expect(ev.id).toBe(i);
        expect(ev.timestamp).toBeGreaterThanOrEqual(MINUTE * MINUTE_MS);
        expect(ev.timestamp).toBeLessThan((MINUTE + 1) * MINUTE_MS);
        expect(ev.ingestionTime).toBeGreaterThan(ev.timestamp);
        if (i > 0) expect(ev.timestamp).toBeGreaterThanOrEqual(events[i - 1]?.timestamp ?? 0);
      });
      const streams = new Set(
        g.d
          .create(ref)
          .streams(MINUTE * MINUTE_MS, (MINUTE + 1) * MINUTE_MS)
          .map((s) => s.name),
      );
      for (const ev of events) expect(streams).toContain(ev.logStream);
    },
  );

  it("depends on the seed", () => {
    const a = minute(source("111111111111", "us-east-1", "/aws/lambda/shop-checkout"));
    const b = minute(source("111111111111", "us-east-1", "/aws/lambda/shop-checkout", 7));
    expect(b.map((e) => e.message)).not.toEqual(a.map((e) => e.message));
  });
});

describe("formats the engine understands", () => {
  it("Lambda platform lines yield @type, @duration, @memorySize; app lines are JSON", () => {
    const src = source("111111111111", "us-east-1", "/aws/lambda/shop-checkout");
    const events = [...minute(src, MINUTE - 1), ...minute(src)];
    const out = runQuery(
      'filter @type = "REPORT" | stats count(*) as n, min(@duration) as lo, max(@memorySize) as mem',
      events,
    );
    expect(Number(out.rows[0]?.find((f) => f.field === "n")?.value)).toBeGreaterThan(40);
    expect(Number(out.rows[0]?.find((f) => f.field === "lo")?.value)).toBeGreaterThan(10);
    expect(out.rows[0]?.find((f) => f.field === "mem")?.value).toBe("512000000");
    const msgs = runQuery("filter ispresent(msg) | stats count_distinct(msg) as kinds", events);
    expect(Number(msgs.rows[0]?.[0]?.value)).toBeGreaterThanOrEqual(2);
    const starts = runQuery('filter @type = "START" | stats count(*) as n', events);
    const ends = runQuery('filter @type = "END" | stats count(*) as n', events);
    expect(Math.abs(Number(starts.rows[0]?.[0]?.value) - Number(ends.rows[0]?.[0]?.value))).toBeLessThan(3);
  });

  it("VPC flow log records have the 14 default fields", () => {
    const events = minute(source("111111111111", "us-east-1", "/aws/vpc/flow-logs/vpc-0dd2fb02c1c8ac3f4"));
    expect(events.length).toBeGreaterThan(100);
    const out = runQuery("stats count(*) as n by action, protocol | sort n desc", events);
    expect(out.rows.map((r) => r[0]?.value)).toEqual(["ACCEPT", "REJECT"]);
    const dst = runQuery('filter action = "ACCEPT" | stats count_distinct(dstPort) as ports', events);
    expect(Number(dst.rows[0]?.[0]?.value)).toBeGreaterThanOrEqual(3);
  });

  it("CloudTrail records are JSON with dotted fields", () => {
    const events = minute(source("111111111111", "us-east-1", "aws-cloudtrail-logs-111111111111-3dc17538"));
    expect(events.length).toBeGreaterThan(3);
    for (const ev of events) expect(() => JSON.parse(ev.message) as unknown).not.toThrow();
    const out = runQuery("stats count(*) as n by userIdentity.type", events);
    expect(out.rows.length).toBeGreaterThan(0);
  });

  it("ALB lines follow the access-log field order", () => {
    const events = minute(source("111111111111", "us-east-1", "/watchwall/alb/prod-web-alb/access-logs"));
    const out = runQuery(
      "parse @message /^(?<type>\\S+) (?<time>\\S+) (?<elb>\\S+) (?<client>\\S+) (?<target>\\S+) \\S+ (?<tpt>\\S+) \\S+ (?<status>\\d{3}) / | stats count(*) as n, avg(tpt) as t by type, elb",
      events,
    );
    expect(out.rows).toHaveLength(1);
    expect(out.rows[0]?.map((f) => f.value).slice(0, 3)).toEqual([
      "https",
      "app/prod-web-alb/0baaf1e29146b6a2",
      String(events.length),
    ]);
    expect(Number(out.rows[0]?.[3]?.value)).toBeGreaterThan(0.02);
  });
});
