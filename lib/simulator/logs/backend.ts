// The state of the simulated Logs service: the log world (demo + created groups), the shared event reader,
// the query worker and the saved query definitions.

import { DEFAULT_DEMO_SEED } from "@/lib/simulator/demo";
import { EventReader } from "./model/event-reader";
import { LogsWorld } from "./model/logs-world";
import { QueryDefinitionStore } from "./operations/query-definitions";
import { QueryManager, type QueryManagerOptions } from "./queries/query-manager";

export interface LogsBackendOptions {
  /** The simulator clock (ctx.now); drives query timeouts and result retention. Defaults to real time. */
  now?: () => Date;
  /** Seed of the demo world; must match the metrics service's seed for logs and metrics to agree. */
  seed?: number;
  /** Tuning of the background query worker. */
  queries?: Omit<QueryManagerOptions, "clock">;
}

export class LogsBackend {
  readonly world: LogsWorld;
  readonly reader = new EventReader();
  readonly queries: QueryManager;
  readonly definitions = new QueryDefinitionStore();
  readonly clock: () => Date;

  constructor(options: LogsBackendOptions = {}) {
    this.clock = options.now ?? (() => new Date());
    this.world = new LogsWorld(options.seed ?? DEFAULT_DEMO_SEED);
    this.queries = new QueryManager(this.reader, { ...options.queries, clock: this.clock });
  }

  /** Stops background query work (call when the simulator shuts down). */
  close(): void {
    this.queries.close();
  }
}
