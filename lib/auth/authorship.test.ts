import { describe, expect, it } from "vitest";
import { GET as listVersions } from "@/app/api/dashboards/[id]/versions/route";
import { PUT as saveDashboard } from "@/app/api/dashboards/[id]/route";
import { POST as createDashboard } from "@/app/api/dashboards/route";
import { withMigratedDatabase } from "@/lib/testing/database";
import { listAudit } from "./audit";
import { gatedRequest } from "./handlers.testing";
import type { Principal } from "./principal";

// Version history names each version's author, and saves land in the audit log.

withMigratedDatabase();

const editor: Principal = {
  kind: "user",
  id: "u1",
  userId: "u1",
  name: "editor@example.com",
  role: "editor",
};
const robot: Principal = { kind: "token", id: "t1", name: "deploy-bot", role: "editor" };

describe("authorship", () => {
  it("records who created and who saved each version, people and tokens alike", async () => {
    const created = await createDashboard(
      gatedRequest("/api/dashboards", { body: { name: "Owned", tags: [] }, principal: editor }),
    );
    expect(created.status).toBe(201);
    const dashboard = (await created.json()) as { id: string; version: number; document: unknown };
    const saved = await saveDashboard(
      gatedRequest(`/api/dashboards/${dashboard.id}`, {
        method: "PUT",
        body: { baseVersion: 1, name: "Owned", tags: [], document: dashboard.document, message: "tweak" },
        principal: robot,
      }),
      { params: Promise.resolve({ id: dashboard.id }) },
    );
    expect(saved.status).toBe(200);
    const versions = (await (
      await listVersions(gatedRequest(`/api/dashboards/${dashboard.id}/versions`, { principal: editor }), {
        params: Promise.resolve({ id: dashboard.id }),
      })
    ).json()) as { versions: Array<{ version: number; author: string }> };
    expect(versions.versions).toEqual([
      expect.objectContaining({ version: 2, author: "token:deploy-bot" }),
      expect.objectContaining({ version: 1, author: "editor@example.com" }),
    ]);
    const audit = await listAudit({ targetType: "dashboard" });
    expect(audit.map((e) => [e.action, e.actor])).toEqual(
      expect.arrayContaining([
        ["dashboard_created", "editor@example.com"],
        ["dashboard_saved", "token:deploy-bot"],
      ]),
    );
  });
});
