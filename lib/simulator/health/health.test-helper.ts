// Shared by the Health integration tests: raw wire calls (for inputs the typed SDK refuses to build) and
// error capture. (SDK clients are built in the *.test.ts files, the only places allowed to import the SDK.)
import { authHeaders, PRODUCTION_KEY } from "@/lib/simulator/core/test-support";
import type { Simulator } from "@/lib/simulator/server";

export const STAGING_KEY = "AKIASTAGEDEMO0000002";
export const SHARED_KEY = "AKIASHAREDDEMO000003";

export type SdkError = Error & { $metadata: { httpStatusCode?: number; attempts?: number } };

export async function errorOf(promise: Promise<unknown>): Promise<SdkError> {
  try {
    await promise;
  } catch (e) {
    return e as SdkError;
  }
  throw new Error("expected the call to fail");
}

/** One AWS JSON 1.1 request as the SDK would send it, with any body. */
export async function rawHealthCall(
  sim: Simulator,
  operation: string,
  body: unknown,
  accessKeyId = PRODUCTION_KEY,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(sim.url, {
    method: "POST",
    headers: {
      ...authHeaders(accessKeyId, "us-east-1", "health"),
      "content-type": "application/x-amz-json-1.1",
      "x-amz-target": `AWSHealth_20160804.${operation}`,
    },
    body: JSON.stringify(body),
  });
  const json: unknown = await res.json();
  return { status: res.status, json: typeof json === "object" && json !== null ? { ...json } : {} };
}
