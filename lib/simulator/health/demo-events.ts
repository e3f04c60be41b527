// The whole organisation's demo Health events at a given moment, newest update first (the order every
// Describe* operation answers in). Deterministic: the same `now` always gives the same events and ARNs.
import { DAY, WEEK } from "./demo-builder";
import { demoIssues } from "./demo-issues";
import { demoNotifications } from "./demo-notifications";
import { demoScheduledChanges } from "./demo-scheduled";
import { EVENT_RETENTION_DAYS } from "./health-config";
import type { HealthEvent } from "./health-types";

/** Newest `lastUpdatedTime` first; the ARN breaks ties so paging order is total. */
export function compareEvents(a: HealthEvent, b: HealthEvent): number {
  const dt = b.lastUpdatedTime.getTime() - a.lastUpdatedTime.getTime();
  if (dt !== 0) return dt;
  return a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0;
}

let cacheKey = NaN;
let cached: readonly HealthEvent[] = [];

export function demoHealthEvents(now: Date): readonly HealthEvent[] {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  if (nowSeconds === cacheKey) return cached;
  const anchorWeek = Math.floor(nowSeconds / WEEK) * WEEK;
  const oldest = nowSeconds - EVENT_RETENTION_DAYS * DAY;
  const events = [
    ...demoIssues(nowSeconds, anchorWeek),
    ...demoScheduledChanges(anchorWeek),
    ...demoNotifications(anchorWeek),
  ].filter((e) => e.lastUpdatedTime.getTime() / 1000 >= oldest && e.startTime.getTime() / 1000 >= oldest);
  events.sort(compareEvents);
  cacheKey = nowSeconds;
  cached = events;
  return events;
}
