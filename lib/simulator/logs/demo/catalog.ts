// Which log groups the demo world has in each account and Region, derived from the same inventory as the
// metrics: a Lambda group per function, an access-log group per load balancer, the shop's application logs,
// VPC flow logs and a CloudTrail trail.

import { hashString } from "@/lib/simulator/demo/hash";
import { AlbLogSource } from "./alb-logs";
import { AppLogSource } from "./app-logs";
import { CloudTrailLogSource } from "./cloudtrail-logs";
import { LambdaLogSource } from "./lambda-logs";
import { demoInventory, vpcIdFor } from "./network";
import type { DemoGroupDefinition } from "./source";
import { VpcFlowLogSource } from "./vpc-flow-logs";
import { hex8 } from "./text";

/** [I] Creation time of every demo log group: data exists from here (within retention) up to "now". */
export const DEMO_GROUP_CREATION_TIME = Date.UTC(2025, 0, 1);

/** [I] Retention per kind of demo group; events older than this are not generated. */
export const DEMO_RETENTION_DAYS = {
  lambda: 30,
  alb: 90,
  app: 30,
  vpc: 14,
  cloudtrail: 365,
} as const;

export function demoGroupDefinitions(accountId: string, region: string, seed: number): DemoGroupDefinition[] {
  const inv = demoInventory(accountId, region);
  if (!inv) return [];
  const out: DemoGroupDefinition[] = [];
  const base = { creationTime: DEMO_GROUP_CREATION_TIME };
  for (const fn of inv.lambda) {
    out.push({
      ...base,
      name: `/aws/lambda/${fn.name}`,
      kind: "lambda",
      retentionInDays: DEMO_RETENTION_DAYS.lambda,
      create: (group) => new LambdaLogSource(group, fn, seed),
    });
  }
  for (const lb of inv.alb) {
    out.push({
      ...base,
      name: `/watchwall/alb/${lb.name}/access-logs`,
      kind: "alb",
      retentionInDays: DEMO_RETENTION_DAYS.alb,
      create: (group) => new AlbLogSource(group, lb, inv, seed),
    });
  }
  if (inv.shop) {
    const env = inv.shop.environment;
    out.push({
      ...base,
      name: `/watchwall/shop/${env}/web`,
      kind: "app",
      retentionInDays: DEMO_RETENTION_DAYS.app,
      create: (group) => new AppLogSource(group, inv, env, seed),
    });
  }
  if (inv.ec2.length > 0) {
    out.push({
      ...base,
      name: `/aws/vpc/flow-logs/${vpcIdFor(accountId, region)}`,
      kind: "vpc",
      retentionInDays: DEMO_RETENTION_DAYS.vpc,
      create: (group) => new VpcFlowLogSource(group, inv, seed),
    });
  }
  out.push({
    ...base,
    name: `aws-cloudtrail-logs-${accountId}-${hex8(hashString(`trail/${accountId}`))}`,
    kind: "cloudtrail",
    retentionInDays: DEMO_RETENTION_DAYS.cloudtrail,
    create: (group) => new CloudTrailLogSource(group, inv, seed),
  });
  return out;
}
