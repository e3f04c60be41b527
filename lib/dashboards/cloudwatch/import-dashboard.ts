import {
  DASHBOARD_SCHEMA_VERSION,
  DEFAULT_REFRESH,
  validateDocument,
  type DashboardDocument,
} from "../model";
import { TOP_LEVEL_KEYS } from "@/lib/cloudwatch-body/body-constants";
import { isJsonObject, unknownKeys, withoutUndefined, type JsonObject } from "@/lib/cloudwatch-body/json";
import { importWidgets, type ImportIssue, type ImportOptions } from "./import-widgets";
import { rangeFromCloudWatch } from "./time-fields";
import { checkCloudWatchBody } from "@/lib/cloudwatch-body/validate-body";

export type { ImportIssue, ImportOptions } from "./import-widgets";

export type ImportResult =
  { ok: true; document: DashboardDocument; warnings: ImportIssue[] } | { ok: false; errors: ImportIssue[] };

/** "widgets[3].metrics[2].stat" → "/widgets/3" so a document-level problem still points at the widget. */
function bodyPathFor(documentPath: string): string {
  const row = /^widgets\[(\d+)\]\.metrics\[(\d+)\]/.exec(documentPath);
  if (row) return `/widgets/${row[1]}/properties/metrics/${row[2]}`;
  const widget = /^widgets\[(\d+)\]/.exec(documentPath);
  return widget ? `/widgets/${widget[1]}` : "";
}

/**
 * CloudWatch dashboard body (JSON text or parsed) → Watchwall document. All or nothing: any error rejects the
 * whole import; warnings describe what was defaulted, narrowed or kept without being understood.
 */
export function importCloudWatchDashboard(body: unknown, opts: ImportOptions): ImportResult {
  const check = checkCloudWatchBody(body, "import");
  if (check.errors.length > 0 || !check.body) {
    return { ok: false, errors: check.errors.map((e) => ({ path: e.dataPath, message: e.message })) };
  }
  const parsed = check.body;
  const warnings: ImportIssue[] = check.warnings.map((w) => ({ path: w.dataPath, message: w.message }));

  const start = typeof parsed.start === "string" ? parsed.start : undefined;
  const end = typeof parsed.end === "string" ? parsed.end : undefined;
  const time = rangeFromCloudWatch(start, end);
  if (time.warning) warnings.push({ path: `/${time.warning.field}`, message: time.warning.message });

  const widgets = (Array.isArray(parsed.widgets) ? parsed.widgets : []).filter(isJsonObject);
  const candidate: JsonObject = withoutUndefined({
    schemaVersion: DASHBOARD_SCHEMA_VERSION,
    // CloudWatch's meaning: a widget without `accountId` reads the account the dashboard came from.
    defaultAccountId: opts.defaultAccountId,
    defaultRegion: opts.defaultRegion,
    defaultRange: time.range,
    defaultRefresh: DEFAULT_REFRESH,
    periodOverride: parsed.periodOverride,
    variables: Array.isArray(parsed.variables) ? parsed.variables : [],
    widgets: importWidgets(widgets, opts, warnings),
    extra: unknownKeys(parsed, TOP_LEVEL_KEYS),
    sourceTime: start === undefined && end === undefined ? undefined : withoutUndefined({ start, end }),
  });
  const validated = validateDocument(candidate);
  if (!validated.ok) {
    return {
      ok: false,
      errors: validated.errors.map((e) => ({
        path: bodyPathFor(e.path),
        message: `${e.path}: ${e.message}`,
      })),
    };
  }
  return { ok: true, document: validated.document, warnings };
}
