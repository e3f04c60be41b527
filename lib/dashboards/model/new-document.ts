import { DEFAULT_TIME_RANGE } from "@/lib/time";
import { DASHBOARD_SCHEMA_VERSION, DEFAULT_REFRESH } from "./constants";
import type { DashboardDocument } from "./document-schema";

/** An empty dashboard with the defaults a new one starts from. */
export function createEmptyDocument(title?: string): DashboardDocument {
  const document: DashboardDocument = {
    schemaVersion: DASHBOARD_SCHEMA_VERSION,
    defaultRange: { ...DEFAULT_TIME_RANGE },
    defaultRefresh: DEFAULT_REFRESH,
    variables: [],
    widgets: [],
  };
  if (title !== undefined) document.title = title;
  return document;
}
