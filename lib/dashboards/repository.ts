import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  DASHBOARD_SCHEMA_VERSION,
  dashboardMetadataSchema,
  storedSchemaVersion,
  upgradeDashboardDocument,
  type UpgradeContext,
  validateDocument,
  type DashboardDocument,
  type DashboardMetadata,
  type DocumentIssue,
} from "./model";
import { HttpError, registerErrorMapper } from "@/lib/http/error-mapping";

// Saved dashboards: every save is a new version (history with restore), and a save must name the version it
// was based on — a stale one is refused with the current state, so concurrent editors never overwrite each
// other silently. Deletion is soft, so it can be undone.

export interface DashboardSummary {
  id: string;
  name: string;
  description: string;
  tags: string[];
  folder: string;
  version: number;
  widgetCount: number;
  updatedAt: Date;
}

export interface SavedDashboard extends DashboardSummary {
  document: DashboardDocument;
  createdAt: Date;
}

export interface VersionSummary {
  version: number;
  name: string;
  message: string;
  createdAt: Date;
  /** Who saved the version (email or token name); empty before authentication existed. */
  author: string;
}

export class DashboardNotFoundError extends Error {
  override name = "DashboardNotFoundError";
}

export class DashboardConflictError extends Error {
  override name = "DashboardConflictError";
  constructor(readonly current: SavedDashboard) {
    super(`dashboard was changed by someone else (now at version ${current.version})`);
  }
}

export class InvalidDashboardError extends Error {
  override name = "InvalidDashboardError";
  constructor(readonly issues: DocumentIssue[]) {
    super(issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; "));
  }
}

interface DashboardRow {
  id: string;
  name: string;
  description: string;
  tags: string[];
  folder: string;
  document: Prisma.JsonValue;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * The account that account-less widgets read before dashboards recorded one (schema version 1): the first
 * registered account by name. Resolved once, at upgrade or creation time, and written into the document.
 * Read from the account table directly: lib/accounts sits above lib/dashboards (it builds on lib/aws).
 */
export async function firstRegisteredAccountId(): Promise<string | undefined> {
  const first = await db().awsAccount.findFirst({ orderBy: { name: "asc" }, select: { accountId: true } });
  return first?.accountId;
}

function readDocument(json: unknown, context: UpgradeContext = {}): DashboardDocument {
  const result = upgradeDashboardDocument(json, { context });
  if (!result.ok) throw new InvalidDashboardError(result.errors);
  return result.document;
}

/** Documents written before the current schema are upgraded once and stored back, so the upgrade is fixed. */
async function upgradeStored(row: DashboardRow): Promise<DashboardRow> {
  const stored = storedSchemaVersion(row.document);
  if (stored === undefined || stored >= DASHBOARD_SCHEMA_VERSION) return row;
  const document = toJson(readDocument(row.document, { accountId: await firstRegisteredAccountId() }));
  // Only if nobody saved meanwhile; a concurrent save already wrote a current document.
  await db().dashboard.updateMany({ where: { id: row.id, version: row.version }, data: { document } });
  return { ...row, document: document as Prisma.JsonValue };
}

/** A document without a default account gets the first registered one, recorded explicitly. */
async function withRecordedAccount(document: unknown): Promise<unknown> {
  if (typeof document !== "object" || document === null || Array.isArray(document)) return document;
  if ("defaultAccountId" in document && document.defaultAccountId !== undefined) return document;
  const accountId = await firstRegisteredAccountId();
  return accountId ? { ...document, defaultAccountId: accountId } : document;
}

function toSaved(row: DashboardRow): SavedDashboard {
  const document = readDocument(row.document);
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    tags: row.tags,
    folder: row.folder,
    version: row.version,
    widgetCount: document.widgets.length,
    updatedAt: row.updatedAt,
    createdAt: row.createdAt,
    document,
  };
}

/** The document as stored: plain JSON (undefined members dropped), as Postgres' jsonb will hold it. */
function toJson(document: DashboardDocument): Prisma.InputJsonValue {
  const json: Prisma.InputJsonValue = JSON.parse(JSON.stringify(document));
  return json;
}

function checked(metadata: DashboardMetadata, document: unknown) {
  const meta = dashboardMetadataSchema.safeParse(metadata);
  if (!meta.success) {
    throw new InvalidDashboardError(
      meta.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    );
  }
  const doc = validateDocument(document);
  if (!doc.ok) throw new InvalidDashboardError(doc.errors);
  return {
    name: meta.data.name,
    description: meta.data.description ?? "",
    tags: meta.data.tags,
    folder: meta.data.folder ?? "",
    document: toJson(doc.document),
  };
}

/** [I] Dashboards per page of the list; the repository never returns more than MAX_LIST_PAGE at once. */
export const DEFAULT_LIST_PAGE = 200;
export const MAX_LIST_PAGE = 1_000;

export interface DashboardListFilter {
  search?: string;
  tag?: string;
  limit?: number;
  offset?: number;
}

interface SummaryRow {
  id: string;
  name: string;
  description: string;
  tags: string[] | null;
  folder: string;
  version: number;
  widgetCount: number;
  updatedAt: Date;
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * One page of summaries. Only the listed columns leave the database (the widget count is computed there):
 * documents are read, upgraded and validated one at a time when a dashboard is opened, never for the list.
 */
export async function listDashboards(filter: DashboardListFilter = {}): Promise<DashboardSummary[]> {
  const search = filter.search?.trim();
  const limit = Math.min(Math.max(1, Math.trunc(filter.limit ?? DEFAULT_LIST_PAGE)), MAX_LIST_PAGE);
  const offset = Math.max(0, Math.trunc(filter.offset ?? 0));
  const conditions: Prisma.Sql[] = [Prisma.sql`"deletedAt" IS NULL`];
  if (filter.tag) conditions.push(Prisma.sql`${filter.tag} = ANY("tags")`);
  if (search) {
    const pattern = likePattern(search);
    conditions.push(
      Prisma.sql`("name" ILIKE ${pattern} OR "description" ILIKE ${pattern} OR ${search} = ANY("tags"))`,
    );
  }
  const rows = await db().$queryRaw<SummaryRow[]>`
    SELECT "id", "name", "description", "tags", "folder", "version", "updatedAt",
           CASE WHEN jsonb_typeof("document"->'widgets') = 'array'
                THEN jsonb_array_length("document"->'widgets') ELSE 0 END::int AS "widgetCount"
    FROM "Dashboard"
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY "folder" ASC, "name" ASC, "id" ASC
    LIMIT ${limit} OFFSET ${offset}`;
  return rows.map((row) => ({ ...row, tags: row.tags ?? [] }));
}

export async function getDashboard(id: string): Promise<SavedDashboard> {
  const row = await db().dashboard.findFirst({ where: { id, deletedAt: null } });
  if (!row) throw new DashboardNotFoundError(`dashboard ${id} does not exist`);
  return toSaved(await upgradeStored(row));
}

/** The current version of a dashboard, or null when there is none (or it was deleted): one indexed read, for
 *  caches keyed by version. */
export async function currentDashboardVersion(id: string): Promise<number | null> {
  const row = await db().dashboard.findFirst({ where: { id, deletedAt: null }, select: { version: true } });
  return row?.version ?? null;
}

export async function createDashboard(
  metadata: DashboardMetadata,
  document: unknown,
  /** Who saved it (email or token name), shown in version history. */
  author = "",
): Promise<SavedDashboard> {
  const data = checked(metadata, await withRecordedAccount(document));
  const row = await db().$transaction(async (tx) => {
    const created = await tx.dashboard.create({ data: { ...data, version: 1 } });
    await tx.dashboardVersion.create({
      data: { ...data, dashboardId: created.id, version: 1, message: "Created", author },
    });
    return created;
  });
  return toSaved(row);
}

/** Saves a new version on top of `baseVersion`; a stale base is refused with DashboardConflictError. */
/**
 * [I] Under a burst of saves (a thousand screens' editors at once) transactions queue for the pool's
 * connections; Prisma's default 2 s wait would turn the queue into 500s instead of 409s.
 */
const SAVE_TRANSACTION = { maxWait: 30_000, timeout: 15_000 };

export async function saveDashboard(
  id: string,
  baseVersion: number,
  metadata: DashboardMetadata,
  document: unknown,
  message = "",
  author = "",
): Promise<SavedDashboard> {
  const data = checked(metadata, document);
  const saved = await db().$transaction(async (tx) => {
    const updated = await tx.dashboard.updateMany({
      where: { id, version: baseVersion, deletedAt: null },
      data: { ...data, version: baseVersion + 1 },
    });
    if (updated.count === 0) return undefined;
    await tx.dashboardVersion.create({
      data: { ...data, dashboardId: id, version: baseVersion + 1, message, author },
    });
    return tx.dashboard.findUniqueOrThrow({ where: { id } });
  }, SAVE_TRANSACTION);
  if (saved) return toSaved(saved);
  const current = await getDashboard(id);
  throw new DashboardConflictError(current);
}

export async function listVersions(id: string): Promise<VersionSummary[]> {
  await getDashboard(id);
  return db().dashboardVersion.findMany({
    where: { dashboardId: id },
    orderBy: { version: "desc" },
    select: { version: true, name: true, message: true, createdAt: true, author: true },
  });
}

/** Restoring is itself a save (of the old content), so history only grows. */
export async function restoreVersion(
  id: string,
  version: number,
  baseVersion: number,
  author = "",
): Promise<SavedDashboard> {
  const old = await db().dashboardVersion.findUnique({
    where: { dashboardId_version: { dashboardId: id, version } },
  });
  if (!old) throw new DashboardNotFoundError(`dashboard ${id} has no version ${version}`);
  const metadata = {
    name: old.name,
    description: old.description,
    tags: old.tags,
    folder: old.folder || undefined,
  };
  // A version written before dashboards recorded their account reads the account this dashboard reads now.
  const current = await getDashboard(id);
  const document = readDocument(old.document, { accountId: current.document.defaultAccountId });
  return saveDashboard(id, baseVersion, metadata, document, `Restored version ${version}`, author);
}

export async function duplicateDashboard(id: string, author = ""): Promise<SavedDashboard> {
  const source = await getDashboard(id);
  return createDashboard(
    {
      name: `${source.name} (copy)`.slice(0, 255),
      description: source.description,
      tags: source.tags,
      folder: source.folder || undefined,
    },
    source.document,
    author,
  );
}

export async function deleteDashboard(id: string): Promise<void> {
  const result = await db().dashboard.updateMany({
    where: { id, deletedAt: null },
    data: { deletedAt: new Date() },
  });
  if (result.count === 0) throw new DashboardNotFoundError(`dashboard ${id} does not exist`);
}

export async function undeleteDashboard(id: string): Promise<SavedDashboard> {
  const result = await db().dashboard.updateMany({
    where: { id, NOT: { deletedAt: null } },
    data: { deletedAt: null },
  });
  if (result.count === 0) throw new DashboardNotFoundError(`dashboard ${id} is not in the trash`);
  return getDashboard(id);
}

registerErrorMapper("dashboards", (error) => {
  if (error instanceof DashboardNotFoundError) return new HttpError(404, "not_found", error.message);
  if (error instanceof DashboardConflictError)
    return new HttpError(409, "conflict", error.message, undefined, { current: error.current });
  if (error instanceof InvalidDashboardError)
    return new HttpError(400, "invalid_dashboard", error.message, error.issues);
  return undefined;
});
