// The alarms of one account and Region: configurations and states, their evaluators, the history, and the
// composite-alarm dependency graph. Mutations are applied by the engine after it has caught evaluation up.

import { referencedName, ruleReferences } from "./composite-rule";
import { AlarmHistory, actionData, actionSummary, stateUpdateData, stateUpdateSummary } from "./history";
import type { AlarmState, StateValue, StoredAlarm, StoredCompositeAlarm } from "./model";
import type { MetricAlarmRunner } from "./metric-runner";

export class RegionAlarms {
  readonly alarms = new Map<string, StoredAlarm>();
  readonly runners = new Map<string, MetricAlarmRunner>();
  readonly history = new AlarmHistory();
  /** Serialises operations on this scope (evaluation catch-up is asynchronous for math alarms). */
  queue: Promise<unknown> = Promise.resolve();
  private graphDirty = true;
  private composites = 0;
  private parentsOf = new Map<string, string[]>();
  private cyclic = new Set<string>();

  constructor(
    readonly accountId: string,
    readonly region: string,
  ) {}

  private sorted: string[] | undefined;

  /** Alarm names in ascending order (cached until the set of alarms changes). */
  sortedNames(): readonly string[] {
    this.sorted ??= [...this.alarms.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return this.sorted;
  }

  /** Call after adding, deleting or re-configuring alarms. */
  markGraphDirty(): void {
    this.graphDirty = true;
    this.sorted = undefined;
  }

  private rebuildGraph(): void {
    if (!this.graphDirty) return;
    this.graphDirty = false;
    const parents = new Map<string, string[]>();
    this.composites = 0;
    for (const alarm of this.alarms.values()) {
      if (alarm.kind !== "composite") continue;
      this.composites++;
      for (const child of this.childrenOf(alarm)) {
        const list = parents.get(child) ?? [];
        list.push(alarm.config.name);
        parents.set(child, list);
      }
    }
    this.parentsOf = parents;
    // A composite on a cycle of composite references is never evaluated (as documented for AWS).
    const cyclic = new Set<string>();
    const state = new Map<string, 1 | 2>();
    const stack: string[] = [];
    const visit = (name: string): void => {
      const alarm = this.alarms.get(name);
      if (alarm?.kind !== "composite") return;
      const s = state.get(name);
      if (s === 2) return;
      if (s === 1) {
        for (const n of stack.slice(stack.indexOf(name))) cyclic.add(n);
        return;
      }
      state.set(name, 1);
      stack.push(name);
      for (const child of this.childrenOf(alarm)) visit(child);
      stack.pop();
      state.set(name, 2);
    };
    for (const name of this.alarms.keys()) visit(name);
    this.cyclic = cyclic;
  }

  /** Names of the alarms a composite references (ARNs resolved), in rule order. */
  childrenOf(alarm: StoredCompositeAlarm): string[] {
    return [...new Set(ruleReferences(alarm.config.parsedRule).map(referencedName))];
  }

  /** Rule references (names or ARNs) that do not name an alarm of this account and Region. */
  unknownReferences(refs: readonly string[]): string[] {
    const prefix = `arn:aws:cloudwatch:${this.region}:${this.accountId}:alarm:`;
    return refs.filter((ref) => {
      if (ref.startsWith("arn:"))
        return !ref.startsWith(prefix) || !this.alarms.has(ref.slice(prefix.length));
      return !this.alarms.has(ref);
    });
  }

  hasComposites(): boolean {
    this.rebuildGraph();
    return this.composites > 0;
  }

  parents(name: string): readonly string[] {
    this.rebuildGraph();
    return this.parentsOf.get(name) ?? [];
  }

  isCyclic(name: string): boolean {
    this.rebuildGraph();
    return this.cyclic.has(name);
  }

  /** Records a state change: new state, StateUpdate history and, when actions are enabled, Action items. */
  transition(alarm: StoredAlarm, time: number, value: StateValue, reason: string, reasonData?: string): void {
    const oldState = alarm.state;
    const next: AlarmState = {
      value,
      reason,
      ...(reasonData !== undefined ? { reasonData } : {}),
      updatedAt: time,
      transitionedAt: oldState.value === value ? oldState.transitionedAt : time,
    };
    alarm.state = next;
    if (oldState.value === value) return;
    this.history.add(
      alarm,
      time,
      "StateUpdate",
      stateUpdateSummary(oldState.value, value),
      stateUpdateData(oldState, next),
    );
    const c = alarm.config;
    if (!c.actionsEnabled) return;
    const actions =
      value === "ALARM" ? c.alarmActions : value === "OK" ? c.okActions : c.insufficientDataActions;
    for (const arn of actions)
      this.history.add(alarm, time, "Action", actionSummary(arn), actionData(arn, time));
  }
}
