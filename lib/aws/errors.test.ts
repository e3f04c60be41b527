import { describe, expect, it } from "vitest";
import { classifyAwsError, describeFailure } from "./errors";

function sdkError(name: string, message: string, status: number, extra: Record<string, unknown> = {}) {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status }, ...extra });
}

describe("classifyAwsError", () => {
  it("recognises throttling by name and legacy code", () => {
    expect(
      classifyAwsError(sdkError("Throttling", "Rate exceeded", 400, { Code: "Throttling" })),
    ).toMatchObject({
      kind: "throttled",
      retryable: true,
      httpStatus: 400,
    });
    expect(classifyAwsError(sdkError("ThrottlingException", "Rate exceeded", 400)).kind).toBe("throttled");
  });

  it("keeps the query-compatible legacy code over the JSON name", () => {
    const failure = classifyAwsError(
      sdkError("ValidationException", "bad id", 400, { Code: "ValidationError" }),
    );
    expect(failure).toMatchObject({ kind: "invalid-request", code: "ValidationError", message: "bad id" });
  });

  it("maps access, expiry, Region and subscription problems", () => {
    expect(classifyAwsError(sdkError("AccessDenied", "not allowed", 403)).kind).toBe("access-denied");
    expect(classifyAwsError(sdkError("ExpiredToken", "expired", 400)).kind).toBe("expired-credentials");
    expect(classifyAwsError(sdkError("RegionDisabledException", "off", 403)).kind).toBe("region-disabled");
    const health = classifyAwsError(sdkError("SubscriptionRequiredException", "UnknownError", 400));
    expect(health).toMatchObject({ kind: "subscription-required", message: "SubscriptionRequiredException" });
  });

  it("treats network errors and 5xx as unavailable and retryable", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });
    expect(classifyAwsError(refused)).toMatchObject({ kind: "unavailable", retryable: true });
    expect(classifyAwsError(sdkError("Weird", "boom", 502)).kind).toBe("unavailable");
  });

  it("describes failures with the AWS code and message", () => {
    expect(describeFailure(classifyAwsError(sdkError("AccessDenied", "no role", 403)))).toBe(
      "AWS denied access (AccessDenied): no role",
    );
    expect(classifyAwsError("plain")).toMatchObject({ kind: "unknown", message: "plain" });
  });
});
