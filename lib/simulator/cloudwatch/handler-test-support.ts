// Helpers for tests that call the CloudWatch handlers directly (no HTTP).

import { AwsServiceError, type RequestContext } from "@/lib/simulator/core/types";
import { PRODUCTION_ACCOUNT_ID } from "@/lib/simulator/demo";
import { cloudWatchService, type CloudWatchService } from "./index";

export const TEST_NOW = new Date("2026-03-04T12:40:00Z");
export const TEST_NOW_SECONDS = TEST_NOW.getTime() / 1000;

export function testContext(overrides: Partial<RequestContext> = {}): RequestContext {
  return {
    accountId: PRODUCTION_ACCOUNT_ID,
    region: "us-east-1",
    accessKeyId: "test",
    protocol: "json",
    requestId: "req-1",
    now: TEST_NOW,
    ...overrides,
  };
}

export function testService(): CloudWatchService {
  return cloudWatchService({ clock: () => TEST_NOW });
}

export async function invoke(
  service: CloudWatchService,
  operation: string,
  input: Record<string, unknown>,
  ctx: RequestContext = testContext(),
): Promise<Record<string, unknown>> {
  const handler = service.operations[operation];
  if (!handler) throw new Error(`no operation ${operation}`);
  return (await handler(input, ctx)) as Record<string, unknown>;
}

/** The modeled error an operation throws (fails the test when it succeeds or throws something else). */
export async function invokeError(
  service: CloudWatchService,
  operation: string,
  input: Record<string, unknown>,
  ctx: RequestContext = testContext(),
): Promise<AwsServiceError> {
  try {
    await invoke(service, operation, input, ctx);
  } catch (error) {
    if (error instanceof AwsServiceError) return error;
    throw error;
  }
  throw new Error(`${operation} succeeded but an error was expected`);
}

/** The legacy (awsQuery) error code, as err.Code shows it in the SDK. */
export function legacyCode(error: AwsServiceError): string {
  return error.options.queryCode ?? error.code;
}
