import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  dashboardMetadataSchema,
  upgradeDashboardDocument,
  validateDocument,
  type DashboardDocument,
  type DashboardMetadata,
  type DocumentIssue,
} from "./model";

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

function readDocument(json: unknown): DashboardDocument {
  const result = upgradeDashboardDocument(json);
  if (!result.ok) throw new InvalidDashboardError(result.errors);
  return result.document;
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

export async function listDashboards(
  filter: { search?: string; tag?: string } = {},
): Promise<DashboardSummary[]> {
  const search = filter.search?.trim();
  const rows = await db().dashboard.findMany({
    where: {
      deletedAt: null,
      ...(filter.tag ? { tags: { has: filter.tag } } : {}),
      ...(search
        ? {
            OR: [
              { name: { contains: search, mode: "insensitive" } },
              { description: { contains: search, mode: "insensitive" } },
              { tags: { has: search } },
            ],
          }
        : {}),
    },
    orderBy: [{ folder: "asc" }, { name: "asc" }],
  });
  return rows.map((row) => {
    const { document: _document, createdAt: _createdAt, ...summary } = toSaved(row);
    return summary;
  });
}

export async function getDashboard(id: string): Promise<SavedDashboard> {
  const row = await db().dashboard.findFirst({ where: { id, deletedAt: null } });
  if (!row) throw new DashboardNotFoundError(`dashboard ${id} does not exist`);
  return toSaved(row);
}

export async function createDashboard(
  metadata: DashboardMetadata,
  document: unknown,
): Promise<SavedDashboard> {
  const data = checked(metadata, document);
  const row = await db().$transaction(async (tx) => {
    const created = await tx.dashboard.create({ data: { ...data, version: 1 } });
    await tx.dashboardVersion.create({
      data: { ...data, dashboardId: created.id, version: 1, message: "Created" },
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
): Promise<SavedDashboard> {
  const data = checked(metadata, document);
  const saved = await db().$transaction(async (tx) => {
    const updated = await tx.dashboard.updateMany({
      where: { id, version: baseVersion, deletedAt: null },
      data: { ...data, version: baseVersion + 1 },
    });
    if (updated.count === 0) return undefined;
    await tx.dashboardVersion.create({
      data: { ...data, dashboardId: id, version: baseVersion + 1, message },
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
    select: { version: true, name: true, message: true, createdAt: true },
  });
}

/** Restoring is itself a save (of the old content), so history only grows. */
export async function restoreVersion(
  id: string,
  version: number,
  baseVersion: number,
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
  return saveDashboard(id, baseVersion, metadata, readDocument(old.document), `Restored version ${version}`);
}

export async function duplicateDashboard(id: string): Promise<SavedDashboard> {
  const source = await getDashboard(id);
  return createDashboard(
    {
      name: `${source.name} (copy)`.slice(0, 255),
      description: source.description,
      tags: source.tags,
      folder: source.folder || undefined,
    },
    source.document,
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
