import { describe, expect, it } from "vitest";
import { adminPrincipal, gatedRequest } from "@/lib/auth/handlers.testing";
import { healthResponse } from "@/lib/contracts/health";
import { withMigratedDatabase } from "@/lib/testing/database";
import { callRoute } from "@/lib/testing/route-call";
import { withSimulator } from "@/lib/testing/simulator";
import * as healthRoute from "./route";

// GET /api/health against a real database and the simulator: healthy, then the simulator's absence reported.

withMigratedDatabase();
const handle = withSimulator();

describe("/api/health", () => {
  it("is ok with the database and the simulator up", async () => {
    const answer = await callRoute(healthRoute.GET);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(healthResponse.parse(answer.json)).toMatchObject({
      status: "ok",
      database: { status: "ok" },
      aws: { mode: "simulator", status: "ok" },
    });
  });

  it("answers 503 naming the part that fails", async () => {
    const url = handle.simulator.url;
    // A port nothing listens on: the simulator as seen by the server is gone.
    process.env.WATCHWALL_SIMULATOR_URL = "http://127.0.0.1:9";
    try {
      const answer = await callRoute(healthRoute.GET);
      expect(answer.status).toBe(503);
      const report = healthResponse.parse(answer.json);
      expect(report.aws.status).toBe("error");
      // The error texts (hosts, ports, paths) are for Admins only.
      expect(report.aws.error).toBeUndefined();
      const admin = await healthRoute.GET(gatedRequest("/api/health", { principal: adminPrincipal("a") }));
      expect(admin.status).toBe(503);
      expect(healthResponse.parse(await admin.json()).aws.error).toMatch(/simulator unreachable/);
    } finally {
      process.env.WATCHWALL_SIMULATOR_URL = url;
    }
  });
});
