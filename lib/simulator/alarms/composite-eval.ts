// Composite alarms follow their children: whenever a child changes state the rule is evaluated again at that
// moment, and a composite that changes state passes the change on to its own parents. Reasons are worded
// like CloudWatch's: "arn:…:alarm:child transitioned to ALARM at Friday 22 July, 2022 15:57:45 UTC" and
// "arn:…:alarm:parent was created and its alarm rule evaluates to OK", with StateReasonData
// {"triggeringAlarms":[{"arn":…,"state":{"value":…,"timestamp":…}}]}.

import { evaluateRule } from "./composite-rule";
import { isoMillis, longDate, writeJson } from "./format";
import type { StateValue, StoredAlarm, StoredCompositeAlarm } from "./model";
import type { RegionAlarms } from "./region-alarms";

export interface StateEvent {
  /** Epoch milliseconds. */
  time: number;
  name: string;
  state: StateValue;
}

function triggering(entries: { arn: string; state: StateValue; time: number }[]): string {
  return writeJson({
    triggeringAlarms: entries.map((e) => ({
      arn: e.arn,
      state: { value: e.state, timestamp: isoMillis(e.time) },
    })),
  });
}

function ruleState(
  alarm: StoredCompositeAlarm,
  stateOf: (name: string) => StateValue | undefined,
): StateValue {
  return evaluateRule(alarm.config.parsedRule, stateOf) ? "ALARM" : "OK";
}

/**
 * Evaluates a composite right after PutCompositeAlarm ("created" / "updated"); only a changed state is
 * recorded. Returns the event to propagate, if any.
 */
export function evaluateCompositeNow(
  scope: RegionAlarms,
  alarm: StoredCompositeAlarm,
  time: number,
  verb: "created" | "updated",
): StateEvent | undefined {
  if (scope.isCyclic(alarm.config.name)) return undefined;
  const stateOf = (name: string) => scope.alarms.get(name)?.state.value;
  const value = ruleState(alarm, stateOf);
  if (value === alarm.state.value) return undefined;
  const children = scope.childrenOf(alarm).flatMap((name) => {
    const child = scope.alarms.get(name);
    return child ? [{ arn: child.arn, state: child.state.value, time: child.state.transitionedAt }] : [];
  });
  scope.transition(
    alarm,
    time,
    value,
    `${alarm.arn} was ${verb} and its alarm rule evaluates to ${value}`,
    triggering(children),
  );
  return { time, name: alarm.config.name, state: value };
}

/**
 * Replays child state changes (sorted by time) through the composites that depend on them. `snapshot` holds
 * every alarm's state as of the first event and is updated as the replay goes.
 */
export function propagate(
  scope: RegionAlarms,
  events: readonly StateEvent[],
  snapshot: Map<string, StateValue>,
): void {
  const stateOf = (name: string) => snapshot.get(name) ?? scope.alarms.get(name)?.state.value;
  const visit = (event: StateEvent, depth: number): void => {
    snapshot.set(event.name, event.state);
    const child = scope.alarms.get(event.name);
    if (!child || depth > scope.alarms.size) return;
    for (const parentName of scope.parents(event.name)) {
      const parent = scope.alarms.get(parentName);
      if (parent?.kind !== "composite" || scope.isCyclic(parentName)) continue;
      const value = ruleState(parent, stateOf);
      if (value === stateOf(parentName)) continue;
      const reason = `${child.arn} transitioned to ${event.state} at ${longDate(event.time)}`;
      scope.transition(
        parent,
        event.time,
        value,
        reason,
        triggering([{ arn: child.arn, state: event.state, time: event.time }]),
      );
      visit({ time: event.time, name: parentName, state: value }, depth + 1);
    }
  };
  for (const event of events) visit(event, 0);
}

/** Every alarm's current state, for starting a replay. */
export function stateSnapshot(alarms: Iterable<StoredAlarm>): Map<string, StateValue> {
  const out = new Map<string, StateValue>();
  for (const a of alarms) out.set(a.config.name, a.state.value);
  return out;
}
