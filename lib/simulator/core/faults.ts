// Fault injection: added latency, throttling and 5xx replies, scoped by service / operation / account /
// Region. A rule with `count` affects only the next N matching calls, which keeps retry tests deterministic;
// without `count`, `throttle` and `error` are probabilities drawn from a seeded generator.
import { z } from "zod";
import type { ServiceName } from "./types";

const oneOrMany = z.union([z.string(), z.array(z.string())]);
const probability = z.union([z.boolean(), z.number().min(0).max(1)]);

export const faultRuleSchema = z
  .strictObject({
    id: z.string().optional(),
    service: z.enum(["cloudwatch", "logs", "health", "sts"]).optional(),
    operation: oneOrMany.optional(),
    account: oneOrMany.optional(),
    region: oneOrMany.optional(),
    /** Probability (or `true` = always) that a matching call gets the service's throttling error. */
    throttle: probability.optional(),
    /** Probability (or `true` = always) that a matching call gets a 5xx reply. */
    error: probability.optional(),
    /** Status of injected 5xx replies (default 503). */
    errorStatus: z.number().int().min(500).max(599).optional(),
    /** Added before the call is answered (also before injected errors). */
    latencyMs: z.number().min(0).max(600_000).optional(),
    /** Only the next `count` matching calls are affected. */
    count: z.number().int().min(0).optional(),
  })
  .refine((r) => r.throttle !== undefined || r.error !== undefined || r.latencyMs !== undefined, {
    message: "a fault rule needs at least one of throttle, error, latencyMs",
  });

export type FaultRule = z.infer<typeof faultRuleSchema>;
export type FaultRuleState = FaultRule & { remaining?: number };

const rulesInput = z.union([z.array(faultRuleSchema), z.strictObject({ rules: z.array(faultRuleSchema) })]);

/** Accepts `[rule, …]` or `{ rules: [rule, …] }`; throws a readable Error when invalid. */
export function parseFaultRules(input: unknown): FaultRule[] {
  const parsed = rulesInput.safeParse(input);
  if (!parsed.success) throw new Error(`invalid fault rules: ${z.prettifyError(parsed.error)}`);
  return Array.isArray(parsed.data) ? parsed.data : parsed.data.rules;
}

export interface FaultTarget {
  service: ServiceName;
  operation: string;
  account: string;
  region: string;
}

export interface FaultDecision {
  latencyMs: number;
  throttle: boolean;
  /** HTTP status of an injected server error. */
  errorStatus?: number;
}

function matchesOne(filter: string | string[] | undefined, value: string): boolean {
  if (filter === undefined) return true;
  return Array.isArray(filter) ? filter.includes(value) : filter === value;
}

function matches(rule: FaultRule, t: FaultTarget): boolean {
  return (
    (rule.service === undefined || rule.service === t.service) &&
    matchesOne(rule.operation, t.operation) &&
    matchesOne(rule.account, t.account) &&
    matchesOne(rule.region, t.region)
  );
}

/** mulberry32: tiny, seedable, good enough for fault rolls. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FaultInjector {
  private rules: FaultRuleState[] = [];
  private random: () => number;

  constructor(initial: FaultRule[] = [], seed = 0x5eed) {
    this.random = seededRandom(seed);
    this.set(initial);
  }

  /** Replaces all rules. */
  set(rules: FaultRule[]): void {
    this.rules = rules.map((r) => ({ ...r, remaining: r.count }));
  }

  add(rule: FaultRule): void {
    this.rules.push({ ...rule, remaining: rule.count });
  }

  clear(): void {
    this.rules = [];
  }

  list(): FaultRuleState[] {
    return this.rules.map((r) => ({ ...r }));
  }

  private roll(p: boolean | number | undefined): boolean {
    if (p === undefined || p === false) return false;
    if (p === true || p >= 1) return true;
    return this.random() < p;
  }

  /** Decides what happens to one call; consumes one unit of every matching counted rule. */
  decide(target: FaultTarget): FaultDecision {
    const decision: FaultDecision = { latencyMs: 0, throttle: false };
    for (const rule of this.rules) {
      if (!matches(rule, target) || (rule.remaining !== undefined && rule.remaining <= 0)) continue;
      const decided = decision.throttle || decision.errorStatus !== undefined;
      // A counted error rule is not used up by calls that an earlier rule already failed.
      if (decided && rule.latencyMs === undefined) continue;
      if (rule.remaining !== undefined) rule.remaining--;
      decision.latencyMs += rule.latencyMs ?? 0;
      if (decided) continue;
      if (this.roll(rule.throttle)) decision.throttle = true;
      else if (this.roll(rule.error)) decision.errorStatus = rule.errorStatus ?? 503;
    }
    return decision;
  }
}
