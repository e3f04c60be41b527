// Every simulated service, as registered by the standalone simulator (main.ts) and the embedded one.
// CloudWatch is one service on the wire; its metrics, dashboards and alarms parts are merged here. Metrics and
// logs share the demo seed (their defaults), so the incidents in the metrics appear in the logs.
import { alarmOperations } from "./alarms";
import { cloudWatchService } from "./cloudwatch";
import { dashboardOperations } from "./cloudwatch-dashboards";
import type { ServiceDefinition } from "./core/types";
import { createHealthService } from "./health";
import { createLogsService } from "./logs";
import { createStsService } from "./sts/sts-service";

export interface ServiceDeps {
  /** The simulator clock (same as ctx.now) for services that keep time-based state; defaults to real time. */
  now?: () => Date;
}

function logsWithShutdown(clock: { now?: () => Date }): ServiceDefinition {
  const logs = createLogsService(clock);
  return { name: logs.name, operations: logs.operations, close: () => logs.backend.close() };
}

export function allServices(deps: ServiceDeps): ServiceDefinition[] {
  const clock = deps.now ? { now: deps.now } : {};
  const metrics = cloudWatchService(deps.now ? { clock: deps.now } : {});
  return [
    createStsService(),
    {
      name: "cloudwatch",
      operations: {
        ...metrics.operations,
        ...dashboardOperations(clock),
        ...alarmOperations({ backend: metrics.backend, demo: true, ...clock }),
      },
    },
    createHealthService(clock),
    logsWithShutdown(clock),
  ];
}
