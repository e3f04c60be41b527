// The state decision of one metric-alarm evaluation, following the documented evaluation-range rules:
//  - no datapoint in the range: TreatMissingData decides (missing → INSUFFICIENT_DATA, ignore → keep state,
//    breaching → ALARM, notBreaching → OK);
//  - at least N real datapoints: the N most recent real ones decide, missing-data handling is not consulted;
//  - fewer: all real datapoints plus (N − real) filled ones decide; "missing" and "ignore" fill with
//    non-breaching points, except the "premature alarm" rule (below), where "ignore" keeps the state.
// The datapoints arrive classified (1 breaching, 0 not breaching, −1 missing), oldest first, so this runs
// without allocating in the evaluation loop; `explain` recomputes the details only when a state changes.

import type { StateValue, TreatMissingData } from "./model";

export const BREACHING = 1;
export const NOT_BREACHING = 0;
export const MISSING = -1;

export type Decision = StateValue | "retain";

function lastRealIndices(cls: ArrayLike<number>, count: number): number[] {
  const out: number[] = [];
  for (let i = cls.length - 1; i >= 0 && out.length < count; i--)
    if ((cls[i] ?? MISSING) !== MISSING) out.push(i);
  return out.reverse();
}

/**
 * [I] "Premature alarm state": with fewer real datapoints than M, the alarm still goes to ALARM when the
 * oldest breaching datapoint within the last N slots is at least M slots old and every newer slot is breaching
 * or missing. AWS's prose says "at least as old as Evaluation Periods" for M-of-N alarms, but its own worked
 * table (row "- - - X -", 2 of 3 → ALARM) needs M; the table wins.
 */
export function isPrematureAlarm(cls: ArrayLike<number>, n: number, m: number): boolean {
  const r = cls.length;
  let oldest = -1;
  for (let i = Math.max(0, r - n); i < r; i++) {
    if (cls[i] === BREACHING) {
      oldest = i;
      break;
    }
  }
  if (oldest < 0 || r - oldest < m) return false;
  for (let i = oldest + 1; i < r; i++) if (cls[i] === NOT_BREACHING) return false;
  return true;
}

/** The new state for a range of classified datapoints (oldest first); "retain" keeps the current one. */
export function decide(cls: ArrayLike<number>, n: number, m: number, mode: TreatMissingData): Decision {
  let real = 0;
  let breachingReal = 0;
  for (let i = 0; i < cls.length; i++) {
    const c = cls[i];
    if (c === MISSING) continue;
    real++;
    if (c === BREACHING) breachingReal++;
  }
  if (real === 0) {
    switch (mode) {
      case "missing":
        return "INSUFFICIENT_DATA";
      case "ignore":
        return "retain";
      case "breaching":
        return "ALARM";
      case "notBreaching":
        return "OK";
    }
  }
  if (real >= n) {
    let breaching = 0;
    let seen = 0;
    for (let i = cls.length - 1; i >= 0 && seen < n; i--) {
      const c = cls[i];
      if (c === MISSING) continue;
      seen++;
      if (c === BREACHING) breaching++;
    }
    return breaching >= m ? "ALARM" : "OK";
  }
  const filled = n - real;
  if (mode === "breaching") return breachingReal + filled >= m ? "ALARM" : "OK";
  if (breachingReal >= m) return "ALARM";
  if (mode === "notBreaching") return "OK";
  if (real < m && isPrematureAlarm(cls, n, m)) return mode === "missing" ? "ALARM" : "retain";
  return "OK";
}

export interface Explanation {
  /** No real datapoint in the range. */
  noData: boolean;
  /** Indices of the real datapoints that took part, oldest first. */
  used: number[];
  /** Number of datapoints filled in by the missing-data treatment. */
  filled: number;
  /** Indices of the range slots that were filled (most recent missing slots), newest first. */
  filledSlots: number[];
  /** Whether filled datapoints counted as breaching (TreatMissingData=breaching). */
  filledBreaching: boolean;
}

/** Which datapoints an evaluation used; only computed when the state changes. */
export function explain(cls: ArrayLike<number>, n: number, mode: TreatMissingData): Explanation {
  const used = lastRealIndices(cls, n);
  const filled = used.length === 0 ? n : Math.max(0, n - used.length);
  const filledSlots: number[] = [];
  for (let i = cls.length - 1; i >= 0 && filledSlots.length < filled; i--) {
    if (cls[i] === MISSING) filledSlots.push(i);
  }
  return { noData: used.length === 0, used, filled, filledSlots, filledBreaching: mode === "breaching" };
}
