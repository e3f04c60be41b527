// What runs where: a fixed, hand-written inventory per account and Region. Resource ids are hashes of
// (account, Region, name), so they look real and never change between runs.

import {
  PRODUCTION_ACCOUNT_ID,
  SHARED_SERVICES_ACCOUNT_ID,
  STAGING_ACCOUNT_ID,
  type DemoRegion,
} from "./accounts";
import { hash2, hashString } from "./hash";

export interface Ec2Instance {
  name: string;
  instanceId: string;
  instanceType: string;
  imageId: string;
  autoScalingGroup?: string;
  /** Typical CPU %. */
  cpu: number;
  /** Follows user traffic (web/API) rather than a flat or batch load. */
  traffic: boolean;
}

export interface RdsInstance {
  identifier: string;
  engine: string;
  replica: boolean;
  cpu: number;
  connections: number;
  /** GiB. */
  storageGiB: number;
  memoryGiB: number;
}

export interface LambdaFunction {
  name: string;
  /** Invocations per minute at an average moment. */
  rate: number;
  /** Median duration, ms. */
  durationMs: number;
  errorRate: number;
  traffic: boolean;
}

export interface LoadBalancer {
  name: string;
  loadBalancer: string;
  targetGroup: string;
  /** Requests per minute at an average moment. */
  rate: number;
  /** Median target response time, seconds. */
  latency: number;
  hosts: number;
}

export interface DynamoTable {
  name: string;
  /** Requests per minute at an average moment. */
  rate: number;
  provisionedRead: number;
  provisionedWrite: number;
}

export interface SqsQueue {
  name: string;
  /** Messages sent per minute at an average moment. */
  rate: number;
  deadLetter: boolean;
}

export interface S3Bucket {
  name: string;
  sizeGiB: number;
  objects: number;
  requestMetrics: boolean;
}

export interface ShopApp {
  environment: string;
  /** Checkouts per minute at an average moment. */
  checkoutsPerMinute: number;
  sessions: number;
}

export interface RegionInventory {
  accountId: string;
  region: DemoRegion;
  /** Overall load multiplier for this account and Region. */
  scale: number;
  ec2: Ec2Instance[];
  rds: RdsInstance[];
  lambda: LambdaFunction[];
  alb: LoadBalancer[];
  dynamodb: DynamoTable[];
  sqs: SqsQueue[];
  s3: S3Bucket[];
  shop?: ShopApp;
}

function hex(seed: number, length: number): string {
  let out = "";
  for (let i = 0; out.length < length; i++) out += hash2(seed, i).toString(16).padStart(8, "0");
  return out.slice(0, length);
}

function idSeed(accountId: string, region: string, name: string): number {
  return hashString(`${accountId}/${region}/${name}`);
}

export function instanceIdFor(accountId: string, region: string, name: string): string {
  return `i-0${hex(idSeed(accountId, region, name), 16)}`;
}

function amiFor(accountId: string, region: string, role: string): string {
  return `ami-0${hex(idSeed(accountId, region, `ami:${role}`), 16)}`;
}

export function loadBalancerIdFor(accountId: string, region: string, name: string): string {
  return `app/${name}/${hex(idSeed(accountId, region, `alb:${name}`), 16)}`;
}

export function targetGroupIdFor(accountId: string, region: string, name: string): string {
  return `targetgroup/${name}/${hex(idSeed(accountId, region, `tg:${name}`), 16)}`;
}

const REGION_SHORT: Record<DemoRegion, string> = {
  "us-east-1": "use1",
  "eu-west-1": "euw1",
  "ap-northeast-1": "apne1",
};

function instances(
  accountId: string,
  region: DemoRegion,
  role: string,
  count: number,
  options: { type: string; cpu: number; traffic: boolean; asg?: string },
): Ec2Instance[] {
  const out: Ec2Instance[] = [];
  for (let i = 1; i <= count; i++) {
    const name = `${role}-${i}`;
    out.push({
      name,
      instanceId: instanceIdFor(accountId, region, name),
      instanceType: options.type,
      imageId: amiFor(accountId, region, role),
      autoScalingGroup: options.asg,
      cpu: options.cpu * (0.85 + 0.3 * (hash2(idSeed(accountId, region, name), 7) / 4294967296)),
      traffic: options.traffic,
    });
  }
  return out;
}

function shopRegion(accountId: string, region: DemoRegion, scale: number, env: string): RegionInventory {
  const short = REGION_SHORT[region];
  const big = scale >= 0.9;
  const albName = `${env === "production" ? "prod" : "stg"}-web-alb`;
  return {
    accountId,
    region,
    scale,
    ec2: [
      ...instances(accountId, region, "web", big ? 4 : scale >= 0.4 ? 3 : 2, {
        type: "m6i.large",
        cpu: 38,
        traffic: true,
        asg: `${env}-web-asg`,
      }),
      ...instances(accountId, region, "worker", big ? 2 : 1, { type: "c6i.xlarge", cpu: 55, traffic: false }),
      ...(big ? instances(accountId, region, "cache", 1, { type: "r6g.large", cpu: 12, traffic: true }) : []),
    ],
    rds: [
      {
        identifier: `shop-db-${env === "production" ? "primary" : "staging"}`,
        engine: "aurora-postgresql",
        replica: false,
        cpu: 32,
        connections: Math.round(180 * scale) + 10,
        storageGiB: Math.round(800 * scale) + 40,
        memoryGiB: 32,
      },
      ...(big
        ? [
            {
              identifier: "shop-db-replica-1",
              engine: "aurora-postgresql",
              replica: true,
              cpu: 24,
              connections: 90,
              storageGiB: Math.round(800 * scale) + 40,
              memoryGiB: 32,
            },
          ]
        : []),
    ],
    lambda: [
      { name: "shop-checkout", rate: 40 * scale, durationMs: 180, errorRate: 0.004, traffic: true },
      { name: "shop-cart-api", rate: 260 * scale, durationMs: 45, errorRate: 0.001, traffic: true },
      { name: "image-resizer", rate: 35 * scale, durationMs: 650, errorRate: 0.002, traffic: true },
      { name: "order-events-consumer", rate: 42 * scale, durationMs: 95, errorRate: 0.001, traffic: true },
      ...(big
        ? [{ name: "nightly-report", rate: 0.5, durationMs: 42000, errorRate: 0.01, traffic: false }]
        : []),
    ],
    alb: [
      {
        name: albName,
        loadBalancer: loadBalancerIdFor(accountId, region, albName),
        targetGroup: targetGroupIdFor(accountId, region, `${env === "production" ? "prod" : "stg"}-web-tg`),
        rate: 2400 * scale,
        latency: 0.085,
        hosts: big ? 4 : scale >= 0.4 ? 3 : 2,
      },
    ],
    dynamodb: [
      { name: "shop-sessions", rate: 900 * scale, provisionedRead: 1500, provisionedWrite: 600 },
      { name: "shop-carts", rate: 420 * scale, provisionedRead: 800, provisionedWrite: 400 },
      { name: "orders", rate: 120 * scale, provisionedRead: 400, provisionedWrite: 200 },
    ],
    sqs: [
      { name: "order-events", rate: 42 * scale, deadLetter: false },
      { name: "order-events-dlq", rate: 0.02 * scale, deadLetter: true },
      { name: "email-notifications", rate: 55 * scale, deadLetter: false },
    ],
    s3: [
      {
        name: `watchwall-shop-assets-${env}-${short}`,
        sizeGiB: 420 * scale + 5,
        objects: 2_400_000 * scale,
        requestMetrics: big,
      },
      {
        name: `watchwall-shop-logs-${env}-${short}`,
        sizeGiB: 2600 * scale + 20,
        objects: 9_000_000 * scale,
        requestMetrics: false,
      },
    ],
    shop: { environment: env, checkoutsPerMinute: 38 * scale, sessions: 5200 * scale },
  };
}

function sharedServices(region: DemoRegion): RegionInventory {
  const accountId = SHARED_SERVICES_ACCOUNT_ID;
  const home = region === "us-east-1";
  const short = REGION_SHORT[region];
  return {
    accountId,
    region,
    scale: home ? 1 : 0.2,
    ec2: [
      ...instances(accountId, region, "bastion", 1, { type: "t3.micro", cpu: 3, traffic: false }),
      ...(home
        ? [
            ...instances(accountId, region, "ci-runner", 4, { type: "c6i.2xlarge", cpu: 28, traffic: true }),
            ...instances(accountId, region, "grafana", 1, { type: "t3.medium", cpu: 9, traffic: true }),
          ]
        : []),
    ],
    rds: [],
    lambda: home
      ? [
          { name: "log-shipper", rate: 120, durationMs: 240, errorRate: 0.0005, traffic: true },
          { name: "cost-reporter", rate: 0.2, durationMs: 9000, errorRate: 0, traffic: false },
        ]
      : [{ name: "log-shipper", rate: 18, durationMs: 210, errorRate: 0.0005, traffic: true }],
    alb: [],
    dynamodb: home ? [{ name: "terraform-locks", rate: 2, provisionedRead: 5, provisionedWrite: 5 }] : [],
    sqs: home ? [{ name: "build-jobs", rate: 6, deadLetter: false }] : [],
    s3: [
      ...(home
        ? [
            { name: `watchwall-artifacts-${short}`, sizeGiB: 1900, objects: 640_000, requestMetrics: false },
            {
              name: `watchwall-cloudtrail-${short}`,
              sizeGiB: 5400,
              objects: 31_000_000,
              requestMetrics: false,
            },
          ]
        : []),
    ],
  };
}

const REGION_SCALE: Record<DemoRegion, number> = { "us-east-1": 1, "eu-west-1": 0.55, "ap-northeast-1": 0.3 };

/** The inventory of one account and Region; empty for unknown accounts. */
export function regionInventory(accountId: string, region: DemoRegion): RegionInventory {
  if (accountId === PRODUCTION_ACCOUNT_ID)
    return shopRegion(accountId, region, REGION_SCALE[region], "production");
  if (accountId === STAGING_ACCOUNT_ID) {
    return shopRegion(accountId, region, REGION_SCALE[region] * 0.12, "staging");
  }
  if (accountId === SHARED_SERVICES_ACCOUNT_ID) return sharedServices(region);
  return {
    accountId,
    region,
    scale: 0,
    ec2: [],
    rds: [],
    lambda: [],
    alb: [],
    dynamodb: [],
    sqs: [],
    s3: [],
  };
}
