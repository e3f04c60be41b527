import { DEFAULT_TIME_RANGE } from "@/lib/time";
import { DASHBOARD_SCHEMA_VERSION, DEFAULT_REFRESH, FALLBACK_REGION } from "./constants";
import type { DashboardDocument } from "./document-schema";

/** An empty dashboard with the defaults a new one starts from. */
export function createEmptyDocument(
  title?: string,
  scope: { accountId?: string; region?: string } = {},
): DashboardDocument {
  const document: DashboardDocument = {
    schemaVersion: DASHBOARD_SCHEMA_VERSION,
    ...(scope.accountId ? { defaultAccountId: scope.accountId } : {}),
    defaultRegion: scope.region ?? FALLBACK_REGION,
    defaultRange: { ...DEFAULT_TIME_RANGE },
    defaultRefresh: DEFAULT_REFRESH,
    variables: [],
    widgets: [],
  };
  if (title !== undefined) document.title = title;
  return document;
}
