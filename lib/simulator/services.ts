// Every simulated service, as registered by the standalone simulator (main.ts) and the embedded one.
// Other services (CloudWatch, Logs, Health) are added here as they are built.
import type { ServiceDefinition } from "./core/types";
import { createStsService } from "./sts/sts-service";

export interface ServiceDeps {
  /** The simulator clock (same as ctx.now) for services that keep time-based state; defaults to real time. */
  now?: () => Date;
}

export function allServices(deps: ServiceDeps): ServiceDefinition[] {
  void deps;
  return [createStsService()];
}
