import { FLAPPING_MIN_TRANSITIONS, FLAPPING_WINDOW_MS } from "./constants";
import type { AlarmHistoryItem, AlarmState } from "./model";

// An alarm's state along a time range (for shading graphs) and its flapping, from DescribeAlarmHistory.

export interface StateSegment {
  state: AlarmState;
  /** Epoch ms. */
  start: number;
  end: number;
}

/**
 * The state at every moment of [start, end]: each change's new state until the next change; before the first
 * change in the list, the first change's old state (or the current state when nothing changed).
 */
export function stateSegments(
  history: readonly AlarmHistoryItem[],
  current: AlarmState,
  start: number,
  end: number,
): StateSegment[] {
  const changes = history
    .filter((h) => h.newState)
    .map((h) => ({ at: Date.parse(h.timestamp), from: h.oldState, to: h.newState as AlarmState }))
    .filter((c) => Number.isFinite(c.at))
    .sort((a, b) => a.at - b.at);
  const segments: StateSegment[] = [];
  let state: AlarmState = changes[0]?.from ?? current;
  let from = start;
  for (const change of changes) {
    if (change.at <= start) {
      state = change.to;
      continue;
    }
    if (change.at >= end) break;
    if (change.at > from) segments.push({ state, start: from, end: change.at });
    state = change.to;
    from = change.at;
  }
  if (end > from) segments.push({ state, start: from, end });
  return segments;
}

/** Indexes of history items that belong to a burst of at least FLAPPING_MIN_TRANSITIONS changes within the window. */
export function flappingIndexes(history: readonly AlarmHistoryItem[]): Set<number> {
  const times = history.map((h) => Date.parse(h.timestamp));
  const flapping = new Set<number>();
  for (let i = 0; i < times.length; i++) {
    const t = times[i] ?? 0;
    const within = times
      .map((other, j) => ({ other, j }))
      .filter(({ other }) => Math.abs(other - t) <= FLAPPING_WINDOW_MS / 2);
    if (within.length >= FLAPPING_MIN_TRANSITIONS) flapping.add(i);
  }
  return flapping;
}
