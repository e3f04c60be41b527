import { DASHBOARD_SCHEMA_VERSION } from "./constants";
import { validateDocument, type DocumentValidation } from "./validate-document";

// Stored dashboards carry `schemaVersion`. When the shape changes, bump DASHBOARD_SCHEMA_VERSION and register a
// migration from the previous version here; old rows are upgraded on read, one version step at a time.

export type DocumentMigration = (document: Record<string, unknown>) => Record<string, unknown>;

/** Migration from version N to N + 1, keyed by N. None yet: version 1 is the first. */
export const DOCUMENT_MIGRATIONS: Readonly<Record<number, DocumentMigration>> = {};

export interface UpgradeOptions {
  migrations?: Readonly<Record<number, DocumentMigration>>;
  /** Version to upgrade to; tests use it to exercise the chain. Defaults to the current version. */
  targetVersion?: number;
  /** Validate the result against the current schema (only meaningful when targetVersion is current). */
  validate?: (document: unknown) => DocumentValidation;
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
    document = { ...migrate(document), schemaVersion: from + 1 };
  }
  return (options.validate ?? validateDocument)(document);
}
