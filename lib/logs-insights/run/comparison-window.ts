// The period `diff` compares with: always as long as the query range [D], either right before it or the same
// range one day / week / month earlier.

import type { Command } from "../ast";
import { PREVIOUS_MONTH_SHIFT } from "../semantics";
import type { DiffTarget } from "../types";

const DAY_MS = 86_400_000;

export function diffTarget(cmd: Extract<Command, { kind: "diff" }>): DiffTarget {
  return cmd.against ?? "previousPeriod";
}

/** `ms` moved `months` calendar months (UTC), the day of month clamped to the target month's length. */
export function shiftMonths(ms: number, months: number): number {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const day = Math.min(d.getUTCDate(), lastDay);
  return Date.UTC(y, m, day) + (ms - Date.UTC(y, d.getUTCMonth(), d.getUTCDate()));
}

/** The inclusive comparison range for the inclusive query range [startTime, endTime] (epoch ms). */
export function comparisonWindow(
  against: DiffTarget,
  startTime: number,
  endTime: number,
): { startTime: number; endTime: number } {
  const span = endTime - startTime;
  let start: number;
  switch (against) {
    case "previousPeriod":
      start = startTime - (span + 1);
      break;
    case "previousDay":
      start = startTime - DAY_MS;
      break;
    case "previousWeek":
      start = startTime - 7 * DAY_MS;
      break;
    case "previousMonth":
      start =
        PREVIOUS_MONTH_SHIFT === "calendar-month" ? shiftMonths(startTime, -1) : startTime - 30 * DAY_MS;
      break;
  }
  return { startTime: start, endTime: start + span };
}
