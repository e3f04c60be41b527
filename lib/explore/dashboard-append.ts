import type { DashboardMetadataInput, SavedDashboardJson } from "@/lib/contracts/dashboards";
import type { DashboardDocument } from "@/lib/dashboards/model";

// "Add to dashboard" edits a saved dashboard with an optimistic lock: read it, change the document, save with
// the version it was read at. If someone saved in between (409), read again and re-apply the change once; a
// second conflict is reported rather than retried forever.

/** The parts of a saved dashboard (GET /api/dashboards/:id) this flow reads. */
export type AppendableDashboard = Pick<
  SavedDashboardJson,
  "id" | "name" | "description" | "tags" | "folder" | "version" | "document"
>;

/** PUT /api/dashboards/:id with a typed document (the contract takes it as unknown and validates in depth). */
export type SaveDashboardBody = DashboardMetadataInput & {
  baseVersion: number;
  document: DashboardDocument;
  message?: string;
};

export interface DashboardStore<T extends AppendableDashboard = AppendableDashboard> {
  load(id: string): Promise<T>;
  save(id: string, body: SaveDashboardBody): Promise<T>;
}

/** One read plus one re-read after a conflict. */
export const APPEND_ATTEMPTS = 2;

export class AppendConflictError extends Error {
  override name = "AppendConflictError";
  constructor(
    readonly dashboardName: string,
    readonly attempts: number,
    readonly lastError: unknown,
  ) {
    super(
      `"${dashboardName}" kept changing while the widget was being added (${attempts} attempts); ` +
        "open it, check the latest changes and try again",
    );
  }
}

export class EmptyEditError extends Error {
  override name = "EmptyEditError";
}

/** The PUT body that keeps the dashboard's metadata and replaces its document. */
export function saveBodyFor(
  saved: AppendableDashboard,
  document: DashboardDocument,
  message: string,
): SaveDashboardBody {
  const body: SaveDashboardBody = {
    baseVersion: saved.version,
    name: saved.name,
    tags: saved.tags,
    document,
    message,
  };
  if (saved.description) body.description = saved.description;
  // The API rejects an empty folder path; "" is how the list reports "top level".
  if (saved.folder) body.folder = saved.folder;
  return body;
}

export async function editDashboardWithRetry<T extends AppendableDashboard>(
  store: DashboardStore<T>,
  id: string,
  edit: (document: DashboardDocument) => DashboardDocument | null,
  options: { isConflict: (error: unknown) => boolean; message: string; attempts?: number },
): Promise<T> {
  const attempts = options.attempts ?? APPEND_ATTEMPTS;
  let lastName = id;
  for (let attempt = 1; ; attempt++) {
    const saved = await store.load(id);
    lastName = saved.name;
    const document = edit(saved.document);
    if (!document) throw new EmptyEditError("there is nothing to add");
    try {
      return await store.save(id, saveBodyFor(saved, document, options.message));
    } catch (error) {
      if (!options.isConflict(error)) throw error;
      if (attempt >= attempts) throw new AppendConflictError(lastName, attempts, error);
    }
  }
}
