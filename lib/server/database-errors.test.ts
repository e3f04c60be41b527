import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, shortDatabaseError } from "./database-errors";

describe("database unavailability", () => {
  it("recognises an unreachable server and keeps the reason short", () => {
    const error = new Error(
      "\nInvalid `prisma.$queryRaw()` invocation:\n\n\nRaw query failed. Code: `N/A`. Message: `Can't reach database server at 127.0.0.1:4806`",
    );
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(shortDatabaseError(error)).toBe(
      "Raw query failed. Code: `N/A`. Message: `Can't reach database server at 127.0.0.1:4806`",
    );
    expect(isDatabaseUnavailable(Object.assign(new Error("x"), { code: "P2024" }))).toBe(true);
  });

  it("does not take other errors for an outage", () => {
    expect(isDatabaseUnavailable(new Error("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable("ECONNREFUSED")).toBe(false);
  });
});
