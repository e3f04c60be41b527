import { DASHBOARD_SCHEMA_VERSION, FALLBACK_REGION } from "./constants";
import { validateDocument, type DocumentValidation } from "./validate-document";

// Stored dashboards carry `schemaVersion`. When the shape changes, bump DASHBOARD_SCHEMA_VERSION and register a
// migration from the previous version here; old rows are upgraded on read, one version step at a time.

/** What a migration may need to know beyond the document (resolved by the caller at upgrade time). */
export interface UpgradeContext {
  /** The account the document's account-less widgets effectively read before version 2. */
  accountId?: string;
}

export type DocumentMigration = (
  document: Record<string, unknown>,
  context: UpgradeContext,
) => Record<string, unknown>;

/** The Region most of the document's widgets name (ties: the first seen). */
function prevailingRegion(document: Record<string, unknown>): string | undefined {
  const counts = new Map<string, number>();
  for (const widget of Array.isArray(document.widgets) ? document.widgets : []) {
    const region = isRecord(widget) ? widget.region : undefined;
    if (typeof region === "string" && region) counts.set(region, (counts.get(region) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [region, count] of counts)
    if (best === undefined || count > (counts.get(best) ?? 0)) best = region;
  return best;
}

/** Migration from version N to N + 1, keyed by N. */
export const DOCUMENT_MIGRATIONS: Readonly<Record<number, DocumentMigration>> = {
  // 1 → 2: the dashboard records its default account and Region explicitly. Version 1 widgets without an
  // account read the first registered account; the caller resolves that account now and it is written down,
  // so registering, renaming or removing accounts later never changes what this dashboard reads.
  1: (document, context) => ({
    ...document,
    ...(context.accountId && document.defaultAccountId === undefined
      ? { defaultAccountId: context.accountId }
      : {}),
    defaultRegion:
      typeof document.defaultRegion === "string"
        ? document.defaultRegion
        : (prevailingRegion(document) ?? FALLBACK_REGION),
  }),
};

export interface UpgradeOptions {
  migrations?: Readonly<Record<number, DocumentMigration>>;
  /** Version to upgrade to; tests use it to exercise the chain. Defaults to the current version. */
  targetVersion?: number;
  /** Validate the result against the current schema (only meaningful when targetVersion is current). */
  validate?: (document: unknown) => DocumentValidation;
  context?: UpgradeContext;
}

/** The stored document's schemaVersion, or undefined when it has none. */
export function storedSchemaVersion(json: unknown): number | undefined {
  return isRecord(json) && typeof json.schemaVersion === "number" ? json.schemaVersion : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads stored JSON (text or parsed) of any known version and returns a valid current document. */
export function upgradeDashboardDocument(json: unknown, options: UpgradeOptions = {}): DocumentValidation {
  const migrations = options.migrations ?? DOCUMENT_MIGRATIONS;
  const target = options.targetVersion ?? DASHBOARD_SCHEMA_VERSION;
  let value = json;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return { ok: false, errors: [{ path: "", message: "Stored dashboard is not valid JSON" }] };
    }
  }
  if (!isRecord(value))
    return { ok: false, errors: [{ path: "", message: "A dashboard document must be an object" }] };
  let document = value;
  const version = document.schemaVersion;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return { ok: false, errors: [{ path: "schemaVersion", message: "Missing or invalid schemaVersion" }] };
  }
  if (version > target) {
    return {
      ok: false,
      errors: [
        {
          path: "schemaVersion",
          message: `Written by a newer Watchwall (schema version ${version}); this one reads up to ${target}`,
        },
      ],
    };
  }
  for (let from = version; from < target; from++) {
    const migrate = migrations[from];
    if (!migrate) {
      return {
        ok: false,
        errors: [{ path: "schemaVersion", message: `No migration from schema version ${from}` }],
      };
    }
    document = { ...migrate(document, options.context ?? {}), schemaVersion: from + 1 };
  }
  return (options.validate ?? validateDocument)(document);
}
