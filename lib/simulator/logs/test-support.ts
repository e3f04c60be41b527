// Shared setup of the Logs integration tests: a simulator with the Logs service on a pinned, movable clock.

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
