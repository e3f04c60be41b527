import { describe, expect, it } from "vitest";
import { isValidCloudWatchDashboardName, toCloudWatchDashboardName } from "./dashboard-name";

describe("CloudWatch dashboard names", () => {
  it("accepts only letters, digits, dash and underscore, up to 255", () => {
    expect(isValidCloudWatchDashboardName("Prod_API-1")).toBe(true);
    expect(isValidCloudWatchDashboardName("Prod API")).toBe(false);
    expect(isValidCloudWatchDashboardName("")).toBe(false);
    expect(isValidCloudWatchDashboardName("a".repeat(256))).toBe(false);
  });

  it("derives a valid name from any Watchwall name", () => {
    expect(toCloudWatchDashboardName("Payments / Prod (EU)")).toBe("Payments-Prod-EU");
    expect(toCloudWatchDashboardName("Café Übersicht")).toBe("Cafe-Ubersicht");
    expect(toCloudWatchDashboardName("🙂")).toBe("dashboard");
    for (const name of ["x".repeat(400), "--a--", "a b\tc"]) {
      expect(isValidCloudWatchDashboardName(toCloudWatchDashboardName(name))).toBe(true);
    }
  });
});
