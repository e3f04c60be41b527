// Shared setup of the Logs integration tests: a simulator with the Logs service on a pinned, movable clock.

import {
  GetQueryResultsCommand,
  StartQueryCommand,
  type CloudWatchLogsClient,
  type GetQueryResultsCommandOutput,
  type ResultField,
  type StartQueryCommandInput,
} from "@aws-sdk/client-cloudwatch-logs";
import { startTestSimulator } from "@/lib/simulator/core/test-support";
import type { Simulator } from "@/lib/simulator/server";
import { createLogsService, type LogsService, type LogsServiceDeps } from "./index";

/** 2026-06-01 12:00 UTC: the checkout error burst of 11:15–11:27 lies in the last hour. */
export const TEST_NOW = Date.UTC(2026, 5, 1, 12, 0, 0);

export interface LogsTestBed {
  sim: Simulator;
  service: LogsService;
  clock: { now: number };
}

export async function startLogsTestBed(deps: Omit<LogsServiceDeps, "now"> = {}): Promise<LogsTestBed> {
  const clock = { now: TEST_NOW };
  const now = () => new Date(clock.now);
  const service = createLogsService({ ...deps, now });
  const started = await startTestSimulator({ services: [service], now });
  const sim = {
    ...started,
    close: async () => {
      service.backend.close();
      await started.close();
    },
  };
  return { sim, service, clock };
}

export async function errorOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (e) {
    return e as Error & {
      $metadata: { httpStatusCode?: number; attempts?: number };
      queryCompileError?: unknown;
    };
  }
  throw new Error("expected the call to fail");
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function resultField(row: ResultField[] | undefined, name: string): string | undefined {
  return row?.find((f) => f.field === name)?.value;
}

/**
 * StartQuery / GetQueryResults helpers bound to a client factory: `start` fills in the group and the last hour,
 * `poll` follows the query to a terminal status and returns every response seen, `run` returns the last one.
 */
export function queryRunner(client: () => CloudWatchLogsClient, defaults: Partial<StartQueryCommandInput>) {
  const nowS = TEST_NOW / 1000;
  async function start(input: Partial<StartQueryCommandInput>): Promise<string> {
    const out = await client().send(
      new StartQueryCommand({
        startTime: nowS - 3600,
        endTime: nowS,
        queryString: "fields @message",
        ...defaults,
        ...input,
      }),
    );
    return out.queryId ?? "";
  }
  function results(queryId: string, extra: Record<string, unknown> = {}) {
    return client().send(new GetQueryResultsCommand({ queryId, ...extra }));
  }
  async function poll(
    queryId: string,
    everyMs = 15,
    maxMs = 60_000,
  ): Promise<GetQueryResultsCommandOutput[]> {
    const seen: GetQueryResultsCommandOutput[] = [];
    const deadline = Date.now() + maxMs;
    for (;;) {
      const out = await results(queryId);
      seen.push(out);
      if (!["Scheduled", "Running"].includes(out.status ?? "")) return seen;
      if (Date.now() > deadline) throw new Error(`query still ${out.status}`);
      await sleep(everyMs);
    }
  }
  async function run(
    input: Partial<StartQueryCommandInput>,
    everyMs?: number,
  ): Promise<GetQueryResultsCommandOutput> {
    const seen = await poll(await start(input), everyMs);
    return seen[seen.length - 1] as GetQueryResultsCommandOutput;
  }
  return { start, results, poll, run };
}
