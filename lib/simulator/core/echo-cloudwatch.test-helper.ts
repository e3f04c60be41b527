// A tiny CloudWatch used only by the protocol tests: it records what each handler decoded (canonicalised with
// the coerce helpers, so JSON numbers, CBOR tags and query strings compare equal) and answers with Dates,
// lists, typed arrays and modeled errors.
import { asArray, asBoolean, asDate, asInteger, asRecord, asString } from "./coerce";
import { AwsServiceError, TimestampList, type RequestContext, type ServiceDefinition } from "./types";

export interface EchoCall {
  operation: string;
  input: unknown;
  ctx: Pick<RequestContext, "accountId" | "region" | "protocol" | "accessKeyId">;
}

function canonicalQuery(q: unknown) {
  const r = asRecord(q) ?? {};
  const stat = asRecord(r.MetricStat);
  const metric = asRecord(stat?.Metric);
  return {
    Id: asString(r.Id),
    Expression: asString(r.Expression),
    Label: asString(r.Label),
    ReturnData: asBoolean(r.ReturnData),
    Period: asInteger(stat?.Period ?? r.Period),
    Stat: asString(stat?.Stat),
    Namespace: asString(metric?.Namespace),
    MetricName: asString(metric?.MetricName),
    Dimensions: asArray(metric?.Dimensions).map((d) => ({
      Name: asString(asRecord(d)?.Name),
      Value: asString(asRecord(d)?.Value),
    })),
  };
}

export function createEchoCloudWatch(calls: EchoCall[]): ServiceDefinition {
  const remember = (operation: string, input: unknown, ctx: RequestContext) =>
    calls.push({
      operation,
      input,
      ctx: {
        accountId: ctx.accountId,
        region: ctx.region,
        protocol: ctx.protocol,
        accessKeyId: ctx.accessKeyId,
      },
    });
  return {
    name: "cloudwatch",
    operations: {
      GetMetricData: (input, ctx) => {
        const queries = asArray(input.MetricDataQueries).map(canonicalQuery);
        const start = asDate(input.StartTime);
        remember(
          "GetMetricData",
          {
            queries,
            StartTime: start?.toISOString(),
            EndTime: asDate(input.EndTime)?.toISOString(),
            ScanBy: asString(input.ScanBy),
            MaxDatapoints: asInteger(input.MaxDatapoints),
            Timezone: asString(asRecord(input.LabelOptions)?.Timezone),
          },
          ctx,
        );
        ctx.record?.("metricQueries", queries.length);
        const t0 = Math.floor((start?.getTime() ?? 0) / 1000);
        return {
          MetricDataResults: queries.map((q, i) => ({
            Id: q.Id,
            Label: q.Label ?? q.MetricName ?? q.Id,
            // Both timestamp representations must come out identically.
            Timestamps:
              i % 2 === 0
                ? [new Date(t0 * 1000), new Date((t0 + 60) * 1000)]
                : new TimestampList([t0, t0 + 60]),
            Values: i % 2 === 0 ? [1.5, -2] : Float64Array.from([1.5, -2]),
            StatusCode: "Complete",
          })),
          Messages: [],
        };
      },
      ListMetrics: (input, ctx) => {
        remember(
          "ListMetrics",
          { Namespace: asString(input.Namespace), MetricName: asString(input.MetricName) },
          ctx,
        );
        const namespace = asString(input.Namespace);
        if (namespace === "Missing")
          throw new AwsServiceError("ResourceNotFound", "No such namespace", { status: 404 });
        if (namespace === "Invalid") {
          throw new AwsServiceError(
            "InvalidParameterValueException",
            "The namespace <Invalid> & co is invalid",
            {
              queryCode: "InvalidParameterValue",
            },
          );
        }
        if (namespace === "Crash") throw new TypeError("handler bug");
        if (namespace === "Empty") return { Metrics: [] };
        return {
          Metrics: [
            {
              Namespace: namespace ?? "AWS/EC2",
              MetricName: "CPUUtilization",
              Dimensions: [{ Name: "InstanceId", Value: "i-1 <&> \"quoted\" 'x'" }],
            },
          ],
          OwningAccounts: [ctx.accountId],
        };
      },
      DescribeAlarms: (input, ctx) => {
        remember("DescribeAlarms", input, ctx);
        throw new AwsServiceError("ValidationException", "1 validation error detected: bad", {
          queryCode: "ValidationError",
          jsonType: "com.amazon.coral.validate#ValidationException",
        });
      },
      PutMetricData: (input, ctx) => {
        remember("PutMetricData", { count: asArray(input.MetricData).length }, ctx);
        return undefined;
      },
    },
  };
}
