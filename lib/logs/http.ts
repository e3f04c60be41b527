import { HttpError } from "@/lib/http/error-mapping";
import { LogsQueryError } from "./plan";
import { SavedQueryNotFoundError } from "./saved-queries";

// Logs errors as HTTP errors, for the route handlers: a query the engine rejects is a 400 naming the field.

export async function mapLogsErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof LogsQueryError) {
      throw new HttpError(400, "invalid_query", error.message, [
        { path: error.field, message: error.message },
      ]);
    }
    if (error instanceof SavedQueryNotFoundError) throw new HttpError(404, "not_found", error.message);
    throw error;
  }
}
