// Helpers for tests that drive the simulator with the real AWS SDK clients (used by every service's tests).
import { ConfiguredRetryStrategy } from "@smithy/core/retry";
import { DEMO_ACCOUNTS } from "@/lib/simulator/accounts";
import { createSimulator, type Simulator, type SimulatorOptions } from "@/lib/simulator/server";

// The pinned SDK warns on every client construction under Node 20; the warning is noise in test output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";

export const PRODUCTION_KEY = DEMO_ACCOUNTS[0]?.accessKeyId ?? "AKIAPRODDEMO00000001";

/** A simulator on a free port that keeps handler crashes out of the test output unless asked. */
export function startTestSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  return createSimulator({ host: "127.0.0.1", port: 0, onInternalError: () => {}, ...options });
}

export interface ClientOptions {
  accessKeyId?: string;
  secretAccessKey?: string;
  sessionToken?: string;
  region?: string;
  maxAttempts?: number;
  /**
   * Keep the SDK's own retry decisions (which errors are retryable) but wait only a few ms between attempts,
   * so retry tests take milliseconds instead of the real 0.5 s+ throttling backoff.
   */
  fastRetries?: boolean;
}

export function clientConfig(sim: Simulator, options: ClientOptions = {}) {
  const maxAttempts = options.maxAttempts ?? 3;
  return {
    endpoint: sim.url,
    region: options.region ?? "us-east-1",
    credentials: {
      accessKeyId: options.accessKeyId ?? PRODUCTION_KEY,
      secretAccessKey: options.secretAccessKey ?? "simulator-secret",
      sessionToken: options.sessionToken,
    },
    maxAttempts,
    ...(options.fastRetries ? { retryStrategy: new ConfiguredRetryStrategy(maxAttempts, () => 5) } : {}),
  };
}

/** Signed-looking headers for hand-built requests (the simulator reads the scope, not the signature). */
export function authHeaders(accessKeyId = PRODUCTION_KEY, region = "us-east-1", service = "monitoring") {
  return {
    authorization: `AWS4-HMAC-SHA256 Credential=${accessKeyId}/20260101/${region}/${service}/aws4_request, SignedHeaders=host, Signature=00`,
  };
}
