import { metricsQueryJson } from "@/lib/metrics/query-answer";
import { metricsQueryBody, ViewRangeError } from "@/lib/metrics/query-request";
import { HttpError, parseBody, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const POST = route(async (request: Request) => {
  const body = await parseBody(request, metricsQueryBody);
  try {
    // The encoded answer is shared by every viewer of the view (lib/metrics/shared-answer.ts).
    return new Response(await metricsQueryJson(body), {
      headers: { "content-type": "application/json", "cache-control": "no-store" },
    });
  } catch (error) {
    if (error instanceof ViewRangeError) throw new HttpError(400, "invalid_range", error.message);
    throw error;
  }
});
