// Metric recipes for data services: DynamoDB, SQS and S3.

import type { RegionInventory } from "./inventory";
import {
  makeSpec,
  STEADY,
  TRAFFIC,
  type SeriesSpec,
  type SpecContext,
  type SpecOptions,
} from "./series-spec";
import { derivedOf } from "./templates-common";

const GIB = 1024 ** 3;
const DAY = 86400;

const OPERATIONS = [
  { name: "GetItem", share: 0.6, median: 3.1 },
  { name: "PutItem", share: 0.25, median: 5.2 },
  { name: "Query", share: 0.15, median: 7.6 },
] as const;

export function dynamoSeries(ctx: SpecContext, inv: RegionInventory): SeriesSpec[] {
  const out: SeriesSpec[] = [];
  for (const table of inv.dynamodb) {
    const dims = { TableName: table.name };
    const shape = table.rate > 10 ? TRAFFIC : STEADY;
    const add = (metricName: string, options: SpecOptions): void => {
      out.push(makeSpec(ctx, "AWS/DynamoDB", metricName, dims, { ...shape, ...options }));
    };
    add("ConsumedReadCapacityUnits", { unit: "Count", base: table.rate * 0.75 * 0.6, noiseRel: 0.08 });
    add("ConsumedWriteCapacityUnits", { unit: "Count", base: table.rate * 0.25, noiseRel: 0.08 });
    add("ProvisionedReadCapacityUnits", {
      unit: "Count",
      base: table.provisionedRead,
      noiseRel: 0,
      slowAmp: 0,
      dailyAmp: 0,
      weekendDip: 0,
      growthPerYear: 0,
    });
    add("ProvisionedWriteCapacityUnits", {
      unit: "Count",
      base: table.provisionedWrite,
      noiseRel: 0,
      slowAmp: 0,
      dailyAmp: 0,
      weekendDip: 0,
      growthPerYear: 0,
    });
    let getItem: SeriesSpec | undefined;
    for (const op of OPERATIONS) {
      const latency = makeSpec(
        ctx,
        "AWS/DynamoDB",
        "SuccessfulRequestLatency",
        { TableName: table.name, Operation: op.name },
        {
          ...shape,
          family: "events",
          unit: "Milliseconds",
          base: table.rate * op.share,
          noiseRel: 0.05,
          medianValue: op.median,
          sigma: 0.5,
          loadSensitivity: 0.1,
        },
      );
      out.push(latency);
      if (op.name === "GetItem") getItem = latency;
      if (op.name === "Query") {
        out.push(
          makeSpec(
            ctx,
            "AWS/DynamoDB",
            "ReturnedItemCount",
            { TableName: table.name, Operation: op.name },
            { ...shape, unit: "Count", base: table.rate * op.share * 6, noiseRel: 0.1, integer: true },
          ),
        );
      }
    }
    if (getItem) {
      const throttled = derivedOf(getItem, ctx, "ThrottledRequests", 0.00004, 0.6);
      const readThrottles = makeSpec(ctx, "AWS/DynamoDB", "ReadThrottleEvents", dims, {
        family: "derived",
        unit: "Count",
        base: 0.00006,
        noiseRel: 0.6,
        parent: getItem,
      });
      out.push(throttled, readThrottles);
    }
  }
  if (inv.dynamodb.length > 0) {
    out.push(
      makeSpec(
        ctx,
        "AWS/DynamoDB",
        "UserErrors",
        {},
        { ...TRAFFIC, unit: "Count", base: 0.6, noiseRel: 0.5, noiseAbs: 0.3, integer: true },
      ),
    );
  }
  return out;
}

export function sqsSeries(ctx: SpecContext, inv: RegionInventory): SeriesSpec[] {
  const out: SeriesSpec[] = [];
  for (const q of inv.sqs) {
    const dims = { QueueName: q.name };
    const shape = q.deadLetter ? STEADY : TRAFFIC;
    const add = (metricName: string, options: SpecOptions): void => {
      out.push(makeSpec(ctx, "AWS/SQS", metricName, dims, { ...shape, ...options }));
    };
    add("NumberOfMessagesSent", {
      unit: "Count",
      base: q.rate,
      noiseRel: 0.08,
      noiseAbs: 0.3,
      integer: true,
    });
    add("NumberOfMessagesReceived", {
      unit: "Count",
      base: q.rate * 1.02,
      noiseRel: 0.08,
      noiseAbs: 0.3,
      integer: true,
    });
    add("NumberOfMessagesDeleted", {
      unit: "Count",
      base: q.rate,
      noiseRel: 0.08,
      noiseAbs: 0.3,
      integer: true,
    });
    add("NumberOfEmptyReceives", {
      unit: "Count",
      base: q.deadLetter ? 60 : 240,
      noiseRel: 0.05,
      dailyAmp: -0.2,
      integer: true,
    });
    add("ApproximateNumberOfMessagesVisible", {
      unit: "Count",
      base: q.deadLetter ? 4 : q.rate * 0.35,
      noiseRel: 0.2,
      integer: true,
      sawtooth: q.deadLetter ? { periodSeconds: 7 * DAY, offsetSeconds: 0, amplitude: 3 } : undefined,
    });
    add("ApproximateNumberOfMessagesNotVisible", {
      unit: "Count",
      base: q.rate * 0.2,
      noiseRel: 0.2,
      integer: true,
    });
    add("ApproximateAgeOfOldestMessage", {
      unit: "Seconds",
      base: q.deadLetter ? 86400 : 6,
      noiseRel: 0.25,
      integer: true,
    });
    if (!q.deadLetter) {
      add("SentMessageSize", {
        family: "events",
        unit: "Bytes",
        base: q.rate,
        noiseRel: 0.05,
        medianValue: 1800,
        sigma: 0.35,
      });
    }
  }
  return out;
}

export function s3Series(ctx: SpecContext, inv: RegionInventory): SeriesSpec[] {
  const out: SeriesSpec[] = [];
  const daily: SpecOptions = {
    nativeSeconds: DAY,
    dailyAmp: 0,
    weekendDip: 0,
    slowAmp: 0.02,
    growthPerYear: 0.35,
    noiseRel: 0.002,
    integer: true,
  };
  for (const bucket of inv.s3) {
    out.push(
      makeSpec(
        ctx,
        "AWS/S3",
        "BucketSizeBytes",
        { BucketName: bucket.name, StorageType: "StandardStorage" },
        { ...daily, unit: "Bytes", base: bucket.sizeGiB * GIB },
      ),
      makeSpec(
        ctx,
        "AWS/S3",
        "NumberOfObjects",
        { BucketName: bucket.name, StorageType: "AllStorageTypes" },
        { ...daily, unit: "Count", base: bucket.objects },
      ),
    );
    if (bucket.requestMetrics) {
      const dims = { BucketName: bucket.name, FilterId: "EntireBucket" };
      const latency = makeSpec(ctx, "AWS/S3", "FirstByteLatency", dims, {
        ...TRAFFIC,
        family: "events",
        unit: "Milliseconds",
        base: 520 * inv.scale,
        medianValue: 21,
        sigma: 0.7,
        noiseRel: 0.05,
      });
      out.push(
        latency,
        derivedOf(latency, ctx, "AllRequests", 1.1, 0.02),
        derivedOf(latency, ctx, "GetRequests", 1, 0),
        derivedOf(latency, ctx, "4xxErrors", 0.012, 0.3),
      );
    }
  }
  return out;
}
