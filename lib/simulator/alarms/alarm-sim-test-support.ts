// Shared set-up of the SDK-level alarm tests: a simulator with the metrics and alarm operations registered
// afresh before every test (no demo data), on a pinned clock the test may move.

import { afterAll, beforeAll, beforeEach } from "vitest";
import { cloudWatchService, MetricsBackend } from "@/lib/simulator/cloudwatch";
import { startTestSimulator } from "@/lib/simulator/core/test-support";
import type { Simulator } from "@/lib/simulator/server";
import { T0 } from "./alarm-test-support";
import { alarmOperations } from "./index";

export interface AlarmSimulator {
  sim: Simulator;
  /** The simulator clock (ctx.now of every request); tests assign it to advance time. */
  clock: Date;
}

export function setUpAlarmSimulator(): AlarmSimulator {
  const state: { sim?: Simulator; clock: Date } = { clock: new Date(T0) };
  const env: AlarmSimulator = {
    get sim(): Simulator {
      if (!state.sim) throw new Error("simulator not started");
      return state.sim;
    },
    get clock(): Date {
      return state.clock;
    },
    set clock(value: Date) {
      state.clock = value;
    },
  };
  beforeAll(async () => {
    state.sim = await startTestSimulator({ now: () => state.clock });
  });
  afterAll(() => state.sim?.close());
  beforeEach(() => {
    state.clock = new Date(T0);
    const backend = new MetricsBackend({ demo: false, clock: () => state.clock });
    env.sim.registerService({
      name: "cloudwatch",
      operations: {
        ...cloudWatchService({ backend }).operations,
        ...alarmOperations({ backend, demo: false }),
      },
    });
  });
  return env;
}

export type SdkError = Error & { $metadata: { httpStatusCode?: number }; Code?: string };

export async function errorOf(promise: Promise<unknown>): Promise<SdkError> {
  try {
    await promise;
  } catch (e) {
    return e as SdkError;
  }
  throw new Error("expected the call to fail");
}
