import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listAccounts } from "@/lib/accounts/repository";
import { cloudWatchDashboardListResponse, importResponse } from "@/lib/contracts/cloudwatch-dashboards";
import {
  dashboardListResponse,
  savedDashboardSchema,
  versionListResponse,
  type SavedDashboardJson,
} from "@/lib/contracts/dashboards";
import { PRODUCTION_ACCOUNT_ID } from "@/lib/simulator/accounts";
import { withMigratedDatabase } from "@/lib/testing/database";
import { callRoute, errorOf } from "@/lib/testing/route-call";
import { withSimulator } from "@/lib/testing/simulator";
import * as exportRoute from "./[id]/export/route";
import * as duplicateRoute from "./[id]/duplicate/route";
import * as oneRoute from "./[id]/route";
import * as undeleteRoute from "./[id]/undelete/route";
import * as restoreRoute from "./[id]/versions/[version]/restore/route";
import * as versionsRoute from "./[id]/versions/route";
import * as importFromCloudWatchRoute from "./import-from-cloudwatch/route";
import * as importRoute from "./import/route";
import * as listRoute from "./route";
import * as cloudWatchDashboardsRoute from "../accounts/[id]/cloudwatch-dashboards/route";

// Every /api/dashboards route handler against the real repository, a real PostgreSQL and (for imports from
// an account) the simulator through the real SDK; each answer is checked against its wire contract.

withMigratedDatabase();
withSimulator({ registerAccounts: true });

const FIXTURES = path.join(process.cwd(), "lib", "dashboards", "cloudwatch", "fixtures");

async function create(name: string): Promise<SavedDashboardJson> {
  const answer = await callRoute(listRoute.POST, { path: "/api/dashboards", body: { name, tags: ["team"] } });
  expect(answer.status).toBe(201);
  return savedDashboardSchema.parse(answer.json);
}

describe("/api/dashboards", () => {
  it("creates, lists and filters dashboards", async () => {
    const created = await create("Payments overview");
    expect(created).toMatchObject({ name: "Payments overview", version: 1, tags: ["team"] });
    const listed = dashboardListResponse.parse(
      (await callRoute(listRoute.GET, { path: "/api/dashboards?search=payments" })).json,
    );
    expect(listed.dashboards.map((d) => d.id)).toContain(created.id);
    const none = dashboardListResponse.parse(
      (await callRoute(listRoute.GET, { path: "/api/dashboards?search=nothing-like-this" })).json,
    );
    expect(none.dashboards).toEqual([]);
  });

  it("rejects a bad body naming the field, and a body that is not JSON", async () => {
    const missing = await callRoute(listRoute.POST, { path: "/api/dashboards", body: { tags: [] } });
    expect(missing.status).toBe(400);
    expect(errorOf(missing).code).toBe("invalid_request");
    expect(errorOf(missing).issues?.map((i) => i.path)).toContain("name");
    const broken = await callRoute(listRoute.POST, { path: "/api/dashboards", rawBody: "{not json" });
    expect(broken.status).toBe(400);
    expect(errorOf(broken).code).toBe("invalid_json");
    const longQuery = await callRoute(listRoute.GET, { path: `/api/dashboards?search=${"x".repeat(201)}` });
    expect(longQuery.status).toBe(400);
    expect(errorOf(longQuery).issues?.[0]?.path).toBe("search");
  });
});

describe("/api/dashboards/:id", () => {
  it("reads, saves with optimistic locking, deletes and undeletes", async () => {
    const created = await create("Locking");
    const params = { id: created.id };
    const read = savedDashboardSchema.parse((await callRoute(oneRoute.GET, { params })).json);
    expect(read.document.title).toBe("Locking");

    const save = (baseVersion: number, document: unknown = read.document) =>
      callRoute(oneRoute.PUT, {
        method: "PUT",
        params,
        body: { name: "Locking", tags: [], baseVersion, document, message: "edit" },
      });
    const saved = await save(1);
    expect(saved.status).toBe(200);
    expect(savedDashboardSchema.parse(saved.json).version).toBe(2);

    const stale = await save(1);
    expect(stale.status).toBe(409);
    expect(errorOf(stale).code).toBe("conflict");
    expect((stale.json as { error: { current: { version: number } } }).error.current.version).toBe(2);

    const invalid = await save(2, { ...read.document, widgets: [{ type: "line" }] });
    expect(invalid.status).toBe(400);
    expect(errorOf(invalid).code).toBe("invalid_dashboard");

    expect((await callRoute(oneRoute.DELETE, { method: "DELETE", params })).status).toBe(204);
    expect((await callRoute(oneRoute.GET, { params })).status).toBe(404);
    const back = await callRoute(undeleteRoute.POST, { method: "POST", params });
    expect(back.status).toBe(200);
    expect(savedDashboardSchema.parse(back.json).id).toBe(created.id);
  });

  it("answers 404 for an unknown id and 400 for a malformed one", async () => {
    const unknown = await callRoute(oneRoute.GET, { params: { id: "no-such-dashboard" } });
    expect(unknown.status).toBe(404);
    expect(errorOf(unknown).code).toBe("not_found");
    const malformed = await callRoute(oneRoute.GET, { params: { id: "x".repeat(101) } });
    expect(malformed.status).toBe(400);
    expect(errorOf(malformed).issues?.[0]?.path).toBe("id");
    expect((await callRoute(duplicateRoute.POST, { method: "POST", params: { id: "nope" } })).status).toBe(
      404,
    );
    expect((await callRoute(exportRoute.GET, { params: { id: "nope" } })).status).toBe(404);
    expect((await callRoute(versionsRoute.GET, { params: { id: "x".repeat(101) } })).status).toBe(400);
  });

  it("duplicates and exports as a CloudWatch body", async () => {
    const created = await create("Original");
    const copy = await callRoute(duplicateRoute.POST, { method: "POST", params: { id: created.id } });
    expect(copy.status).toBe(201);
    expect(savedDashboardSchema.parse(copy.json).id).not.toBe(created.id);
    const exported = await callRoute(exportRoute.GET, { params: { id: created.id } });
    expect(exported.status).toBe(200);
    expect(exported.json).toHaveProperty("widgets");
  });
});

describe("/api/dashboards/:id/versions", () => {
  it("lists versions and restores one as the newest", async () => {
    const created = await create("History");
    const params = { id: created.id };
    await callRoute(oneRoute.PUT, {
      method: "PUT",
      params,
      body: { name: "History renamed", tags: [], baseVersion: 1, document: created.document },
    });
    const versions = versionListResponse.parse((await callRoute(versionsRoute.GET, { params })).json);
    expect(versions.versions.map((v) => v.version)).toEqual([2, 1]);

    const restored = await callRoute(restoreRoute.POST, {
      params: { id: created.id, version: "1" },
      body: { baseVersion: 2 },
    });
    expect(restored.status).toBe(200);
    expect(savedDashboardSchema.parse(restored.json)).toMatchObject({ name: "History", version: 3 });

    const badVersion = await callRoute(restoreRoute.POST, {
      params: { id: created.id, version: "first" },
      body: { baseVersion: 3 },
    });
    expect(badVersion.status).toBe(400);
    expect(errorOf(badVersion).issues?.[0]?.path).toBe("version");
    const badBody = await callRoute(restoreRoute.POST, {
      params: { id: created.id, version: "1" },
      body: {},
    });
    expect(badBody.status).toBe(400);
    expect(errorOf(badBody).issues?.[0]?.path).toBe("baseVersion");
  });
});

describe("/api/dashboards/import", () => {
  it("imports a CloudWatch fixture and rejects an invalid body with the widget path", async () => {
    const file = fs.readdirSync(FIXTURES).find((f) => f.endsWith(".json"));
    if (!file) throw new Error("no CloudWatch fixtures");
    const body = fs.readFileSync(path.join(FIXTURES, file), "utf8");
    const imported = await callRoute(importRoute.POST, { body: { body, name: "Imported fixture" } });
    expect(imported.status).toBe(201);
    expect(importResponse.parse(imported.json).dashboard.name).toBe("Imported fixture");

    const invalid = await callRoute(importRoute.POST, {
      body: {
        body: JSON.stringify({
          widgets: [
            { type: "metric", x: 0, y: 0, width: 6, height: 6, properties: { metrics: [["AWS/EC2"]] } },
          ],
        }),
        name: "Broken",
      },
    });
    expect(invalid.status).toBe(400);
    expect(errorOf(invalid).code).toBe("invalid_cloudwatch_dashboard");
    expect(errorOf(invalid).issues?.[0]?.path).toMatch(/^\/widgets\/0/);
  });
});

describe("/api/accounts/:id/cloudwatch-dashboards and /api/dashboards/import-from-cloudwatch", () => {
  it("lists an account's CloudWatch dashboards in the simulator and imports one", async () => {
    const production = (await listAccounts()).find((a) => a.accountId === PRODUCTION_ACCOUNT_ID);
    if (!production) throw new Error("the simulator's production account is not registered");
    const listed = cloudWatchDashboardListResponse.parse(
      (await callRoute(cloudWatchDashboardsRoute.GET, { params: { id: production.id } })).json,
    );
    const first = listed.dashboards[0];
    if (!first) throw new Error("the simulator's production account has no CloudWatch dashboards");

    const imported = await callRoute(importFromCloudWatchRoute.POST, {
      body: { account: production.id, dashboardName: first.name },
    });
    expect(imported.status).toBe(201);
    const result = importResponse.parse(imported.json);
    expect(result.dashboard.name).toBe(`${first.name} (${production.name})`);
    expect(result.dashboard.tags).toEqual(["imported"]);

    const unknownAccount = await callRoute(importFromCloudWatchRoute.POST, {
      body: { account: "no-such-account", dashboardName: first.name },
    });
    expect(unknownAccount.status).toBe(404);
    const missingName = await callRoute(importFromCloudWatchRoute.POST, { body: { account: production.id } });
    expect(missingName.status).toBe(400);
    expect(errorOf(missingName).issues?.[0]?.path).toBe("dashboardName");
    const unknownList = await callRoute(cloudWatchDashboardsRoute.GET, { params: { id: "no-such-account" } });
    expect(unknownList.status).toBe(404);
  });
});
