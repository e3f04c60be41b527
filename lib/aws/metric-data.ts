import { GetMetricDataCommand, StandardUnit, type MetricDataQuery } from "@aws-sdk/client-cloudwatch";
import { HttpError, registerErrorMapper } from "@/lib/http/error-mapping";
import type { AccountTarget } from "./account-config";
import { clientsFor } from "./clients";
import type { AwsRuntime } from "./runtime";

// GetMetricData for the metrics pipeline: one request, every page, results merged per Id and series
// (an expression returning an array yields several results sharing one Id, told apart by label).

/** One query as sent to GetMetricData (SDK-independent). */
export interface WireQuery {
  Id: string;
  Label?: string;
  ReturnData: boolean;
  Expression?: string;
  Period?: number;
  MetricStat?: {
    Metric: { Namespace: string; MetricName: string; Dimensions: Array<{ Name: string; Value: string }> };
    Period: number;
    Stat: string;
    Unit?: string;
  };
}

export interface WireResult {
  Id: string;
  Label: string;
  Timestamps: number[];
  Values: number[];
  StatusCode: string;
  Messages: Array<{ Code?: string; Value?: string }>;
}

export interface Scope {
  accountId: string;
  region: string;
}

/** Runs one GetMetricData request (all pages) in an account and Region; throws on failure. */
export type MetricDataSource = (
  scope: Scope,
  request: { start: number; end: number; queries: WireQuery[] },
) => Promise<WireResult[]>;

export class UnknownAccountError extends Error {
  override name = "UnknownAccountError";
}

const MAX_PAGES = 50;

const UNITS: ReadonlySet<string> = new Set(Object.values(StandardUnit));

function isStandardUnit(unit: string): unit is StandardUnit {
  return UNITS.has(unit);
}

function toSdkQuery(query: WireQuery): MetricDataQuery {
  const { MetricStat, ...rest } = query;
  if (!MetricStat) return rest;
  const { Unit, ...stat } = MetricStat;
  return { ...rest, MetricStat: { ...stat, ...(Unit && isStandardUnit(Unit) ? { Unit } : {}) } };
}

export function createMetricDataSource(
  resolveAccount: (awsAccountId: string) => Promise<AccountTarget | undefined>,
  runtime?: AwsRuntime,
): MetricDataSource {
  return async (scope, request) => {
    const account = await resolveAccount(scope.accountId);
    if (!account)
      throw new UnknownAccountError(
        `account ${scope.accountId} is not registered in Watchwall (Settings → Accounts)`,
      );
    const { cloudwatch } = clientsFor(account, scope.region, runtime);
    const merged = new Map<string, WireResult>();
    let nextToken: string | undefined;
    let pages = 0;
    do {
      const page = await cloudwatch.send(
        new GetMetricDataCommand({
          StartTime: new Date(request.start * 1000),
          EndTime: new Date(request.end * 1000),
          ScanBy: "TimestampAscending",
          MetricDataQueries: request.queries.map(toSdkQuery),
          NextToken: nextToken,
        }),
      );
      for (const result of page.MetricDataResults ?? []) {
        const key = `${result.Id ?? ""}\u0000${result.Label ?? ""}`;
        const existing = merged.get(key);
        const timestamps = (result.Timestamps ?? []).map((t) => Math.round(t.getTime() / 1000));
        const values = result.Values ?? [];
        if (existing) {
          existing.Timestamps.push(...timestamps);
          existing.Values.push(...values);
          existing.StatusCode = result.StatusCode ?? existing.StatusCode;
          existing.Messages.push(...(result.Messages ?? []));
        } else {
          merged.set(key, {
            Id: result.Id ?? "",
            Label: result.Label ?? result.Id ?? "",
            Timestamps: timestamps,
            Values: values,
            StatusCode: result.StatusCode ?? "Complete",
            Messages: [...(result.Messages ?? [])],
          });
        }
      }
      nextToken = page.NextToken;
      pages++;
    } while (nextToken && pages < MAX_PAGES);
    return [...merged.values()];
  };
}

registerErrorMapper("aws-accounts", (error) =>
  error instanceof UnknownAccountError ? new HttpError(400, "unknown_account", error.message) : undefined,
);
