import type { MetadataBearer, Pluggable } from "@smithy/types";
import { pricesFor } from "./prices";
import {
  awsCallSeconds,
  awsCalls,
  awsRetries,
  awsSpend,
  metricQueriesRequested,
} from "@/lib/telemetry/metrics";

// An SDK middleware on every client: counts each AWS call by service, operation, account, Region and
// outcome, the SDK's retries, and the estimated spend of billable calls, for /metrics. It sits outside the
// retry middleware, so one call counts once however many attempts it took.

export type CallOutcome = "success" | "throttled" | "client_error" | "server_error" | "network_error";

interface ErrorShape {
  name?: string;
  $retryable?: { throttling?: boolean };
  $metadata?: { httpStatusCode?: number; attempts?: number };
}

const THROTTLING = new Set([
  "Throttling",
  "ThrottlingException",
  "ThrottledException",
  "RequestLimitExceeded",
  "TooManyRequestsException",
  "LimitExceededException",
  "RequestThrottled",
]);

export function outcomeOf(error: unknown): CallOutcome {
  const e = (typeof error === "object" && error ? error : {}) as ErrorShape;
  const status = e.$metadata?.httpStatusCode;
  if (e.$retryable?.throttling || THROTTLING.has(e.name ?? "") || status === 429) return "throttled";
  if (status === undefined) return "network_error";
  return status >= 500 ? "server_error" : "client_error";
}

function attemptsOf(value: unknown): number {
  const attempts = (value as { $metadata?: { attempts?: number } } | undefined)?.$metadata?.attempts;
  return typeof attempts === "number" && attempts > 0 ? attempts : 1;
}

export function callMetricsPlugin<Input extends object, Output extends MetadataBearer>(
  service: string,
  account: string,
  region: string,
): Pluggable<Input, Output> {
  return {
    applyToStack(stack) {
      stack.add(
        (next, context) => async (args) => {
          const operation = String(context.commandName ?? "unknown").replace(/Command$/, "");
          const labels = { service, operation, account, region };
          const started = performance.now();
          const queries = (args.input as { MetricDataQueries?: unknown[] }).MetricDataQueries;
          const billable = operation === "GetMetricData" && Array.isArray(queries) ? queries.length : 0;
          try {
            const result = await next(args);
            awsCalls.inc({ ...labels, outcome: "success" });
            if (billable > 0) {
              metricQueriesRequested.inc({ origin: "aws" }, billable);
              awsSpend.inc({ service, region }, billable * pricesFor(region).getMetricDataPerMetric);
            }
            const retries = attemptsOf(result.output) - 1;
            if (retries > 0) awsRetries.inc(labels, retries);
            return result;
          } catch (error) {
            awsCalls.inc({ ...labels, outcome: outcomeOf(error) });
            const retries = attemptsOf(error) - 1;
            if (retries > 0) awsRetries.inc(labels, retries);
            throw error;
          } finally {
            awsCallSeconds.observe({ service, operation }, (performance.now() - started) / 1000);
          }
        },
        { step: "initialize", name: "watchwallCallMetrics", override: true },
      );
    },
  };
}
