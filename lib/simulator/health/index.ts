// Simulated AWS Health: the service definition, the per-account support-plan switch and the demo events.
export { createHealthService, type HealthServiceDeps } from "./health-service";
export { resetHealthSubscriptions, setHealthSubscription, type HealthAccessOptions } from "./health-state";
export { demoHealthEvents } from "./demo-events";
export * from "./health-config";
export type { HealthEntity, HealthEvent, HealthEventType } from "./health-types";
