import { describe, expect, it } from "vitest";
import { outcomeOf } from "./call-metrics";

describe("outcomeOf", () => {
  it("tells throttling, client, server and network failures apart", () => {
    expect(outcomeOf({ name: "Throttling", $metadata: { httpStatusCode: 400 } })).toBe("throttled");
    expect(outcomeOf({ name: "X", $retryable: { throttling: true }, $metadata: {} })).toBe("throttled");
    expect(outcomeOf({ name: "AccessDenied", $metadata: { httpStatusCode: 403 } })).toBe("client_error");
    expect(outcomeOf({ name: "InternalFailure", $metadata: { httpStatusCode: 503 } })).toBe("server_error");
    expect(outcomeOf(new Error("connect ECONNREFUSED"))).toBe("network_error");
  });
});
