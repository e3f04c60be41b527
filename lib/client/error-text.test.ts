import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/client/api";
import { errorText } from "./error-text";

describe("errorText", () => {
  it("keeps AWS's code, and its message only when the server's does not already quote it", () => {
    const quoted = new ApiError(
      502,
      "aws_access-denied",
      "AWS denied access (AccessDenied): User is not authorized",
      [],
      {
        failure: { kind: "access-denied", code: "AccessDenied", message: "User is not authorized" },
      },
    );
    expect(errorText(quoted)).toEqual({
      message: "AWS denied access (AccessDenied): User is not authorized",
      code: "aws_access-denied",
      awsCode: "AccessDenied",
    });
    const separate = new ApiError(502, "aws_throttled", "Too busy", [], {
      failure: { code: "Throttling", message: "Rate exceeded" },
    });
    expect(errorText(separate)).toMatchObject({ awsCode: "Throttling", awsMessage: "Rate exceeded" });
  });

  it("describes plain errors and non-errors", () => {
    expect(errorText(new Error("boom"))).toEqual({ message: "boom" });
    expect(errorText("text")).toEqual({ message: "text" });
  });
});
