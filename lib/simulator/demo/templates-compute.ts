// Metric recipes for compute resources: EC2 (+ CloudWatch agent), RDS and Lambda.

import type { RegionInventory } from "./inventory";
import {
  makeSpec,
  STEADY,
  TRAFFIC,
  type SeriesSpec,
  type SpecContext,
  type SpecOptions,
} from "./series-spec";

const GIB = 1024 ** 3;

export function ec2Series(ctx: SpecContext, inv: RegionInventory): SeriesSpec[] {
  const out: SeriesSpec[] = [];
  const byGroup = new Map<string, number[]>();
  const byType = new Map<string, number[]>();
  for (const vm of inv.ec2) {
    const shape: SpecOptions = vm.traffic ? { ...TRAFFIC, dailyAmp: 0.45 } : STEADY;
    const dims = { InstanceId: vm.instanceId };
    const net = vm.cpu * 9e6;
    const add = (metricName: string, options: SpecOptions): void => {
      out.push(makeSpec(ctx, "AWS/EC2", metricName, dims, { ...shape, ...options }));
    };
    add("CPUUtilization", {
      unit: "Percent",
      base: vm.cpu,
      noiseRel: 0.06,
      noiseAbs: 1.2,
      max: 100,
      deploySensitivity: 0.04,
    });
    add("NetworkIn", { unit: "Bytes", base: net, noiseRel: 0.12, integer: true });
    add("NetworkOut", { unit: "Bytes", base: net * 1.8, noiseRel: 0.12, integer: true });
    add("NetworkPacketsIn", { unit: "Count", base: net / 950, noiseRel: 0.1, integer: true });
    add("NetworkPacketsOut", { unit: "Count", base: (net * 1.8) / 1100, noiseRel: 0.1, integer: true });
    add("EBSReadOps", { unit: "Count", base: vm.cpu * 4, noiseRel: 0.25, integer: true });
    add("EBSWriteOps", { unit: "Count", base: vm.cpu * 11, noiseRel: 0.2, integer: true });
    add("EBSReadBytes", { unit: "Bytes", base: vm.cpu * 4 * 16384, noiseRel: 0.25, integer: true });
    add("EBSWriteBytes", { unit: "Bytes", base: vm.cpu * 11 * 24576, noiseRel: 0.2, integer: true });
    add("MetadataNoToken", { unit: "Count", base: 0, noiseRel: 0, noiseAbs: 0, integer: true, dailyAmp: 0 });
    for (const name of ["StatusCheckFailed", "StatusCheckFailed_Instance", "StatusCheckFailed_System"]) {
      add(name, {
        unit: "Count",
        base: 0,
        noiseRel: 0,
        noiseAbs: 0,
        max: 1,
        integer: true,
        dailyAmp: 0,
        weekendDip: 0,
      });
    }
    if (vm.instanceType.startsWith("t")) {
      add("CPUCreditBalance", { unit: "Count", base: 140, noiseRel: 0.01, slowAmp: 0.05, dailyAmp: -0.1 });
      add("CPUCreditUsage", { unit: "Count", base: vm.cpu / 20, noiseRel: 0.1 });
    }
    if (!vm.name.startsWith("bastion")) {
      const agentDims = { InstanceId: vm.instanceId, ImageId: vm.imageId, InstanceType: vm.instanceType };
      out.push(
        makeSpec(ctx, "CWAgent", "mem_used_percent", agentDims, {
          unit: "Percent",
          base: 46,
          max: 100,
          noiseRel: 0.01,
          dailyAmp: 0.08,
          sawtooth: ctx.deploy
            ? {
                periodSeconds: ctx.deploy.everySeconds,
                offsetSeconds: ctx.deploy.offsetSeconds,
                amplitude: 0.4,
              }
            : undefined,
        }),
      );
      out.push(
        makeSpec(
          ctx,
          "CWAgent",
          "disk_used_percent",
          { InstanceId: vm.instanceId, path: "/", device: "nvme0n1p1", fstype: "xfs" },
          {
            unit: "Percent",
            base: 38,
            max: 100,
            noiseRel: 0.001,
            slowAmp: 0.01,
            sawtooth: { periodSeconds: 21 * 86400, offsetSeconds: 0, amplitude: 0.6 },
          },
        ),
      );
    }
    if (vm.autoScalingGroup)
      byGroup.set(vm.autoScalingGroup, [...(byGroup.get(vm.autoScalingGroup) ?? []), vm.cpu]);
    byType.set(vm.instanceType, [...(byType.get(vm.instanceType) ?? []), vm.cpu]);
  }
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  for (const [group, cpus] of byGroup) {
    const dims = { AutoScalingGroupName: group };
    out.push(
      makeSpec(ctx, "AWS/EC2", "CPUUtilization", dims, {
        ...TRAFFIC,
        unit: "Percent",
        base: mean(cpus),
        max: 100,
        noiseRel: 0.03,
      }),
    );
    out.push(
      makeSpec(ctx, "AWS/EC2", "NetworkIn", dims, {
        ...TRAFFIC,
        unit: "Bytes",
        base: mean(cpus) * 9e6 * cpus.length,
        integer: true,
      }),
    );
    out.push(
      makeSpec(ctx, "AWS/EC2", "NetworkOut", dims, {
        ...TRAFFIC,
        unit: "Bytes",
        base: mean(cpus) * 1.6e7 * cpus.length,
        integer: true,
      }),
    );
  }
  for (const [type, cpus] of byType) {
    out.push(
      makeSpec(
        ctx,
        "AWS/EC2",
        "CPUUtilization",
        { InstanceType: type },
        { ...TRAFFIC, dailyAmp: 0.3, unit: "Percent", base: mean(cpus), max: 100, noiseRel: 0.03 },
      ),
    );
  }
  if (inv.ec2.length > 0) {
    const all = inv.ec2.map((vm) => vm.cpu);
    out.push(
      makeSpec(
        ctx,
        "AWS/EC2",
        "CPUUtilization",
        {},
        { ...TRAFFIC, dailyAmp: 0.3, unit: "Percent", base: mean(all), max: 100, noiseRel: 0.02 },
      ),
    );
  }
  return out;
}

export function rdsSeries(ctx: SpecContext, inv: RegionInventory): SeriesSpec[] {
  const out: SeriesSpec[] = [];
  for (const db of inv.rds) {
    const dims = { DBInstanceIdentifier: db.identifier };
    const add = (metricName: string, options: SpecOptions): void => {
      out.push(makeSpec(ctx, "AWS/RDS", metricName, dims, { ...TRAFFIC, growthPerYear: 0.15, ...options }));
    };
    const io = db.replica ? 0.6 : 1;
    add("CPUUtilization", {
      unit: "Percent",
      base: db.cpu,
      dailyAmp: 0.4,
      noiseRel: 0.05,
      noiseAbs: 1,
      max: 100,
    });
    add("DatabaseConnections", {
      unit: "Count",
      base: db.connections,
      dailyAmp: 0.35,
      noiseRel: 0.04,
      integer: true,
    });
    add("FreeableMemory", {
      unit: "Bytes",
      base: db.memoryGiB * 0.42 * GIB,
      dailyAmp: -0.08,
      noiseRel: 0.01,
      growthPerYear: 0,
      integer: true,
    });
    add("FreeStorageSpace", {
      unit: "Bytes",
      base: db.storageGiB * 0.55 * GIB,
      dailyAmp: 0,
      weekendDip: 0,
      growthPerYear: 0,
      noiseRel: 0.0005,
      integer: true,
      sawtooth: { periodSeconds: 90 * 86400, offsetSeconds: 0, amplitude: -0.3 },
    });
    add("ReadIOPS", { unit: "Count/Second", base: 850 * io * (db.connections / 190), noiseRel: 0.1 });
    add("WriteIOPS", {
      unit: "Count/Second",
      base: db.replica ? 40 : 320 * (db.connections / 190),
      noiseRel: 0.1,
    });
    add("ReadLatency", { unit: "Seconds", base: 0.0011, dailyAmp: 0.15, noiseRel: 0.12 });
    add("WriteLatency", { unit: "Seconds", base: 0.0019, dailyAmp: 0.15, noiseRel: 0.12 });
    if (db.replica)
      add("AuroraReplicaLag", { unit: "Milliseconds", base: 18, dailyAmp: 0.2, noiseRel: 0.25 });
  }
  if (inv.rds.length > 0) {
    const engine = inv.rds[0]?.engine ?? "aurora-postgresql";
    const cpu = inv.rds.reduce((a, db) => a + db.cpu, 0) / inv.rds.length;
    out.push(
      makeSpec(
        ctx,
        "AWS/RDS",
        "CPUUtilization",
        { EngineName: engine },
        { ...TRAFFIC, unit: "Percent", base: cpu, max: 100, noiseRel: 0.04 },
      ),
    );
  }
  return out;
}

export function lambdaSeries(ctx: SpecContext, inv: RegionInventory): SeriesSpec[] {
  const out: SeriesSpec[] = [];
  let totalRate = 0;
  let totalConcurrency = 0;
  for (const fn of inv.lambda) {
    const dims = { FunctionName: fn.name };
    const shape = fn.traffic ? TRAFFIC : STEADY;
    const duration = makeSpec(ctx, "AWS/Lambda", "Duration", dims, {
      ...shape,
      family: "events",
      unit: "Milliseconds",
      base: fn.rate,
      noiseRel: 0.06,
      medianValue: fn.durationMs,
      sigma: 0.45,
      loadSensitivity: 0.15,
      deploySensitivity: 0.06,
    });
    const derived = (metricName: string, share: number, noiseRel: number): SeriesSpec =>
      makeSpec(ctx, "AWS/Lambda", metricName, dims, {
        ...shape,
        family: "derived",
        unit: "Count",
        base: share,
        noiseRel,
        parent: duration,
        dailyAmp: 0,
        weekendDip: 0,
        growthPerYear: 0,
        slowAmp: noiseRel === 0 ? 0 : 0.1,
      });
    const concurrency = (fn.rate * fn.durationMs) / 60000;
    out.push(
      duration,
      derived("Invocations", 1, 0),
      derived("Errors", fn.errorRate, 0.35),
      derived("Throttles", fn.rate > 100 ? 0.0004 : 0, 0.5),
      makeSpec(ctx, "AWS/Lambda", "ConcurrentExecutions", dims, {
        ...shape,
        unit: "Count",
        base: Math.max(1, concurrency * 1.6),
        noiseRel: 0.15,
        integer: true,
      }),
    );
    totalRate += fn.rate;
    totalConcurrency += Math.max(1, concurrency * 1.6);
  }
  if (inv.lambda.length > 0) {
    out.push(
      makeSpec(
        ctx,
        "AWS/Lambda",
        "Invocations",
        {},
        { ...TRAFFIC, unit: "Count", base: totalRate, noiseRel: 0.05, integer: true },
      ),
    );
    out.push(
      makeSpec(
        ctx,
        "AWS/Lambda",
        "ConcurrentExecutions",
        {},
        { ...TRAFFIC, unit: "Count", base: totalConcurrency, noiseRel: 0.1, integer: true },
      ),
    );
  }
  return out;
}
