import type { LocatedAlarm } from "./query";

// Alarm records for unit tests, shaped like the pollers store them.

export function located(overrides: Partial<LocatedAlarm> & { name: string }): LocatedAlarm {
  const accountId = overrides.accountId ?? "111111111111";
  const region = overrides.region ?? "us-east-1";
  return {
    type: "metric",
    arn: `arn:aws:cloudwatch:${region}:${accountId}:alarm:${overrides.name}`,
    state: "OK",
    stateReason: "",
    stateUpdatedAt: "2026-12-07T10:00:00.000Z",
    actionsEnabled: true,
    actionsSuppressed: false,
    accountName: "Production",
    ...overrides,
    accountId,
    region,
  };
}
