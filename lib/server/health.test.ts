import { afterAll, describe, expect, it } from "vitest";

// /api/health names the failing part: here the database is unreachable and the simulator URL unknown.

describe("checkHealth", () => {
  afterAll(async () => {
    const { db } = await import("@/lib/db/client");
    await db().$disconnect();
  });

  it("reports each failing part and an overall error", async () => {
    process.env.DATABASE_URL = "postgresql://nobody@127.0.0.1:1/none";
    process.env.WATCHWALL_AWS_MODE_RESOLVED = "simulator";
    delete process.env.WATCHWALL_SIMULATOR_URL;
    const { checkHealth } = await import("./health");
    const report = await checkHealth();
    expect(report.status).toBe("error");
    expect(report.database.status).toBe("error");
    expect(report.database.error).toMatch(/database unreachable/);
    expect(report.aws).toMatchObject({ mode: "simulator", status: "error" });
  });
});
