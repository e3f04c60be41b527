// CloudTrail management events delivered to CloudWatch Logs (one JSON record per event, stream
// `<account>_CloudTrail_<region>`): steady read traffic from the monitoring role and services, plus the
// deployments (Lambda code updates, launch-template versions, instance refreshes), the 14:40 rollback of the
// latency regression and the on-call reboot during the staging status-check incident.

import * as hashing from "@/lib/simulator/demo/hash";
import { incidentOccurrences } from "@/lib/simulator/demo/incidents";
import type { RegionInventory } from "@/lib/simulator/demo/inventory";
import type { GroupRef, SimEvent } from "../model/sim-event";
import { MINUTE_MS } from "../semantics";
import { IncidentClock } from "./network";
import { Releases } from "./releases";
import { MinuteBuilder, type DemoLogSource, type DemoStream } from "./source";
import { hexId, isoSeconds, pick, publicIp, uuid } from "./text";

const { hash2, hashString } = hashing;

interface Actor {
  type: "AssumedRole" | "IAMUser" | "AWSService";
  name: string;
  userAgent: string;
  ip: string;
}

interface ApiCall {
  source: string;
  name: string;
  readOnly: boolean;
  params: Record<string, unknown> | null;
}

const READS: ReadonlyArray<Omit<ApiCall, "readOnly">> = [
  {
    source: "monitoring.amazonaws.com",
    name: "GetMetricData",
    params: { maxDatapoints: 100800, scanBy: "TimestampDescending" },
  },
  { source: "monitoring.amazonaws.com", name: "DescribeAlarms", params: { maxRecords: 100 } },
  { source: "monitoring.amazonaws.com", name: "ListMetrics", params: { namespace: "AWS/EC2" } },
  { source: "logs.amazonaws.com", name: "StartQuery", params: { logGroupName: "/aws/lambda/shop-checkout" } },
  { source: "logs.amazonaws.com", name: "DescribeLogGroups", params: { limit: 50 } },
  { source: "ec2.amazonaws.com", name: "DescribeInstances", params: { maxResults: 200 } },
  { source: "health.amazonaws.com", name: "DescribeEvents", params: null },
  { source: "sts.amazonaws.com", name: "AssumeRole", params: { roleSessionName: "watchwall" } },
  { source: "kms.amazonaws.com", name: "Decrypt", params: { encryptionAlgorithm: "SYMMETRIC_DEFAULT" } },
  { source: "s3.amazonaws.com", name: "ListBuckets", params: null },
];

export class CloudTrailLogSource implements DemoLogSource {
  readonly kind = "cloudtrail" as const;
  readonly bytesPerMinute = 9 * 1300;
  private readonly seed: number;
  private readonly stream: string;
  private readonly releases: Releases;
  private readonly regression: IncidentClock;
  private readonly impaired: IncidentClock;
  private readonly actors: { reader: Actor; deployer: Actor; oncall: Actor; service: Actor };
  private readonly builder = new MinuteBuilder();

  constructor(
    readonly group: GroupRef,
    private readonly inv: RegionInventory,
    worldSeed: number,
  ) {
    const { accountId, region } = group;
    this.seed = hash2(worldSeed, hashString(`trail|${accountId}|${region}`));
    this.stream = `${accountId}_CloudTrail_${region}`;
    this.releases = new Releases(accountId);
    this.regression = new IncidentClock(accountId, region, "prod-checkout-latency-regression");
    this.impaired = new IncidentClock(accountId, region, "staging-status-check-failure");
    this.actors = {
      reader: {
        type: "AssumedRole",
        name: "WatchwallReadOnly/watchwall",
        userAgent: "aws-sdk-js/3.1169.0",
        ip: "198.51.100.24",
      },
      deployer: {
        type: "AssumedRole",
        name: "ci-deployer/github-actions",
        userAgent: "aws-cli/2.17.0",
        ip: "192.0.2.77",
      },
      oncall: { type: "IAMUser", name: "oncall-alice", userAgent: "AWS Internal", ip: "203.0.113.9" },
      service: {
        type: "AWSService",
        name: "lambda.amazonaws.com",
        userAgent: "lambda.amazonaws.com",
        ip: "lambda.amazonaws.com",
      },
    };
  }

  streams(): DemoStream[] {
    return [{ name: this.stream, firstEventTimestamp: 0, endTimestamp: Infinity }];
  }

  minute(minute: number, out: SimEvent[]): void {
    const fromMs = minute * MINUTE_MS;
    const seed = hash2(this.seed, minute);
    const reads = 5 + (hash2(seed, 1) % 7);
    for (let k = 0; k < reads; k++) {
      const h = hash2(seed, 10 + k);
      const call = pick(READS, h);
      const actor = call.name === "Decrypt" ? this.actors.service : this.actors.reader;
      // A small share of reads are denied, as happens when a role lacks a permission.
      const denied = h % 61 === 0;
      this.add(fromMs + (h % MINUTE_MS), seed, k, actor, { ...call, readOnly: true }, denied);
    }
    let serial = 100;
    for (const deployAt of this.releases.between(fromMs - MINUTE_MS, fromMs + MINUTE_MS)) {
      this.inv.lambda.forEach((fn, i) => {
        this.add(deployAt + 5000 + i * 3000, seed, serial++, this.actors.deployer, {
          source: "lambda.amazonaws.com",
          name: "UpdateFunctionCode20150331v2",
          readOnly: false,
          params: {
            functionName: fn.name,
            publish: true,
            s3Bucket: "watchwall-artifacts",
            s3Key: `${fn.name}/${this.releases.nameOf(this.releases.windowAt(deployAt).index)}.zip`,
          },
        });
      });
      if (this.inv.ec2.some((vm) => vm.autoScalingGroup)) {
        const asg = this.inv.ec2.find((vm) => vm.autoScalingGroup)?.autoScalingGroup ?? "";
        this.add(deployAt + 30_000, seed, serial++, this.actors.deployer, {
          source: "ec2.amazonaws.com",
          name: "CreateLaunchTemplateVersion",
          readOnly: false,
          params: { launchTemplateName: asg.replace("-asg", "-lt"), sourceVersion: "$Latest" },
        });
        this.add(deployAt + 31_000, seed, serial++, this.actors.deployer, {
          source: "autoscaling.amazonaws.com",
          name: "StartInstanceRefresh",
          readOnly: false,
          params: { autoScalingGroupName: asg, strategy: "Rolling" },
        });
      }
    }
    const t = fromMs / 1000;
    for (const occ of this.occurrences(this.regression, t)) {
      const at = occ.end * 1000;
      if (at >= fromMs - MINUTE_MS && at < fromMs + MINUTE_MS) {
        this.add(at + 20_000, seed, serial++, this.actors.oncall, {
          source: "lambda.amazonaws.com",
          name: "UpdateFunctionCode20150331v2",
          readOnly: false,
          params: { functionName: "shop-checkout", publish: true, s3Key: "shop-checkout/rollback.zip" },
        });
      }
    }
    for (const occ of this.occurrences(this.impaired, t)) {
      const at = occ.start * 1000 + 10 * MINUTE_MS;
      if (at >= fromMs - MINUTE_MS && at < fromMs + MINUTE_MS) {
        const web1 = this.inv.ec2.find((vm) => vm.name === "web-1")?.instanceId ?? "";
        this.add(at, seed, serial++, this.actors.oncall, {
          source: "ec2.amazonaws.com",
          name: "RebootInstances",
          readOnly: false,
          params: { instancesSet: { items: [{ instanceId: web1 }] } },
        });
      }
    }
    this.builder.flush(this.group, 4 * MINUTE_MS, fromMs, fromMs + MINUTE_MS, out);
  }

  private occurrences(clock: IncidentClock, t: number) {
    return clock.incident ? incidentOccurrences(t - 7200, t + 60, [clock.incident]) : [];
  }

  private add(ms: number, seed: number, k: number, actor: Actor, call: ApiCall, denied = false): void {
    const { accountId, region } = this.group;
    const identity =
      actor.type === "AWSService"
        ? { type: "AWSService", invokedBy: actor.name }
        : actor.type === "IAMUser"
          ? {
              type: "IAMUser",
              principalId: `AIDA${hexId(this.seed, 1, 17).toUpperCase()}`,
              arn: `arn:aws:iam::${accountId}:user/${actor.name}`,
              accountId,
              userName: actor.name,
            }
          : {
              type: "AssumedRole",
              principalId: `AROA${hexId(this.seed, hashString(actor.name), 17).toUpperCase()}:${actor.name.split("/")[1]}`,
              arn: `arn:aws:sts::${accountId}:assumed-role/${actor.name}`,
              accountId,
              sessionContext: {
                sessionIssuer: {
                  type: "Role",
                  arn: `arn:aws:iam::${accountId}:role/${actor.name.split("/")[0]}`,
                  accountId,
                },
              },
            };
    const record = {
      eventVersion: "1.09",
      userIdentity: identity,
      eventTime: isoSeconds(ms),
      eventSource: call.source,
      eventName: call.name,
      awsRegion: region,
      sourceIPAddress: actor.type === "AWSService" ? actor.ip : actor.ip || publicIp(seed),
      userAgent: actor.userAgent,
      ...(denied
        ? {
            errorCode: "AccessDenied",
            errorMessage: `User: ${identity.type === "AWSService" ? actor.name : (identity.arn ?? "")} is not authorized to perform: ${call.source.split(".")[0]}:${call.name}`,
          }
        : {}),
      requestParameters: call.params,
      responseElements: null,
      requestID: uuid(seed, k * 2),
      eventID: uuid(seed, k * 2 + 1),
      readOnly: call.readOnly,
      eventType: "AwsApiCall",
      managementEvent: true,
      recipientAccountId: accountId,
      eventCategory: "Management",
    };
    this.builder.add(ms, this.stream, JSON.stringify(record));
  }
}
