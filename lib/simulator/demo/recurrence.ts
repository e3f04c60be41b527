// Mechanics of the demo world's schedules: recurring incident windows with ramps, and release cadences.

export interface Recurrence {
  /** Occurrences start at `offsetSeconds + k * everySeconds` (epoch seconds, UTC). */
  everySeconds: number;
  offsetSeconds: number;
  durationSeconds: number;
  /** Linear ramp at both ends; 0 = a hard step. */
  rampSeconds: number;
}

/** 0 outside an occurrence, ramping to 1 inside it. */
export function incidentIntensity(recurrence: Recurrence, t: number): number {
  const { everySeconds, offsetSeconds, durationSeconds, rampSeconds } = recurrence;
  let phase = (t - offsetSeconds) % everySeconds;
  if (phase < 0) phase += everySeconds;
  if (phase >= durationSeconds) return 0;
  if (rampSeconds <= 0) return 1;
  return Math.min(1, (phase + 0.5) / rampSeconds, (durationSeconds - phase) / rampSeconds);
}

/** Start times (epoch seconds) of the occurrences overlapping [from, to). */
export function occurrenceStarts(recurrence: Recurrence, from: number, to: number): number[] {
  const { everySeconds, offsetSeconds, durationSeconds } = recurrence;
  const out: number[] = [];
  for (let k = Math.floor((from - offsetSeconds - durationSeconds) / everySeconds) + 1; ; k++) {
    const start = k * everySeconds + offsetSeconds;
    if (start >= to) break;
    if (start + durationSeconds > from) out.push(start);
  }
  return out;
}

export interface DeploySchedule {
  accountId: string;
  everySeconds: number;
  offsetSeconds: number;
}

/** Number of the release running at `t` (changes at each deployment). */
export function releaseIndex(schedule: DeploySchedule, t: number): number {
  return Math.floor((t - schedule.offsetSeconds) / schedule.everySeconds);
}

/** Start time (epoch seconds) of the release running at `t`. */
export function releaseStart(schedule: DeploySchedule, t: number): number {
  return releaseIndex(schedule, t) * schedule.everySeconds + schedule.offsetSeconds;
}

/** Deployment times (epoch seconds) in [from, to). */
export function deploymentsBetween(schedule: DeploySchedule, from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = Math.ceil((from - schedule.offsetSeconds) / schedule.everySeconds); ; k++) {
    const t = k * schedule.everySeconds + schedule.offsetSeconds;
    if (t >= to) break;
    out.push(t);
  }
  return out;
}
