import { describe, expect, it } from "vitest";
import { withMigratedDatabase } from "@/lib/testing/database";
import { createEmptyDocument } from "./model";
import {
  createDashboard,
  DashboardConflictError,
  DashboardNotFoundError,
  deleteDashboard,
  duplicateDashboard,
  getDashboard,
  InvalidDashboardError,
  listDashboards,
  listVersions,
  restoreVersion,
  saveDashboard,
  undeleteDashboard,
} from "./repository";

withMigratedDatabase();

describe("dashboard repository (real PostgreSQL)", () => {
  it("creates, lists with search and tags, and reads back the same document", async () => {
    const document = createEmptyDocument("Fleet");
    const created = await createDashboard(
      { name: "Fleet overview", tags: ["ec2", "prod"], description: "All hosts" },
      document,
    );
    await createDashboard({ name: "Payments", tags: ["prod"] }, createEmptyDocument());
    expect(created.version).toBe(1);
    expect((await getDashboard(created.id)).document).toEqual(document);
    expect((await listDashboards({ search: "fleet" })).map((d) => d.name)).toEqual(["Fleet overview"]);
    expect((await listDashboards({ tag: "prod" })).map((d) => d.name)).toEqual([
      "Fleet overview",
      "Payments",
    ]);
    expect((await listDashboards({ search: "hosts" })).map((d) => d.name)).toEqual(["Fleet overview"]);
  });

  it("refuses a save based on a stale version and keeps the winner's content", async () => {
    const created = await createDashboard({ name: "Shared", tags: [] }, createEmptyDocument());
    const alice = await saveDashboard(
      created.id,
      1,
      { name: "Shared (Alice)", tags: [] },
      createEmptyDocument("A"),
    );
    expect(alice.version).toBe(2);
    const bob = saveDashboard(created.id, 1, { name: "Shared (Bob)", tags: [] }, createEmptyDocument("B"));
    await expect(bob).rejects.toBeInstanceOf(DashboardConflictError);
    await bob.catch((error: unknown) => {
      expect(error instanceof DashboardConflictError && error.current.version).toBe(2);
    });
    const current = await getDashboard(created.id);
    expect(current.name).toBe("Shared (Alice)");
    expect(current.document.title).toBe("A");
  });

  it("keeps every version and restores an old one as a new version", async () => {
    const created = await createDashboard({ name: "History", tags: [] }, createEmptyDocument("v1"));
    await saveDashboard(created.id, 1, { name: "History", tags: [] }, createEmptyDocument("v2"), "second");
    const restored = await restoreVersion(created.id, 1, 2);
    expect(restored.version).toBe(3);
    expect(restored.document.title).toBe("v1");
    expect((await listVersions(created.id)).map((v) => [v.version, v.message])).toEqual([
      [3, "Restored version 1"],
      [2, "second"],
      [1, "Created"],
    ]);
  });

  it("rejects invalid documents without saving anything", async () => {
    const before = (await listDashboards()).length;
    await expect(
      createDashboard({ name: "Bad", tags: [] }, { schemaVersion: 1, widgets: "nope" }),
    ).rejects.toBeInstanceOf(InvalidDashboardError);
    await expect(createDashboard({ name: "", tags: [] }, createEmptyDocument())).rejects.toThrow(/name/);
    expect((await listDashboards()).length).toBe(before);
  });

  it("duplicates, deletes softly and undoes the deletion", async () => {
    const created = await createDashboard({ name: "Temp", tags: ["x"] }, createEmptyDocument());
    const copy = await duplicateDashboard(created.id);
    expect(copy.name).toBe("Temp (copy)");
    await deleteDashboard(created.id);
    await expect(getDashboard(created.id)).rejects.toBeInstanceOf(DashboardNotFoundError);
    expect((await listDashboards({ tag: "x" })).map((d) => d.name)).toEqual(["Temp (copy)"]);
    expect((await undeleteDashboard(created.id)).name).toBe("Temp");
  });
});

describe("dashboard list (issue 9 item 11)", () => {
  it("never reads documents: a stored document that no longer validates does not break the list", async () => {
    const created = await createDashboard({ name: "Broken doc", tags: ["list-test"] }, createEmptyDocument());
    const { db } = await import("@/lib/db/client");
    await db()
      .$executeRaw`UPDATE "Dashboard" SET "document" = '{"schemaVersion": 999, "widgets": [1, 2, 3]}'::jsonb WHERE "id" = ${created.id}`;
    const listed = await listDashboards({ tag: "list-test" });
    expect(listed).toEqual([expect.objectContaining({ id: created.id, name: "Broken doc", widgetCount: 3 })]);
    expect(listed[0]).not.toHaveProperty("document");
  });

  it("pages in a stable order and searches in the database (LIKE characters are literal)", async () => {
    for (const name of ["Page c", "Page a", "Page b", "Page 100%"]) {
      await createDashboard({ name, tags: ["paging"] }, createEmptyDocument());
    }
    const first = await listDashboards({ tag: "paging", limit: 2 });
    const second = await listDashboards({ tag: "paging", limit: 2, offset: 2 });
    expect([...first, ...second].map((d) => d.name)).toEqual(["Page 100%", "Page a", "Page b", "Page c"]);
    expect((await listDashboards({ search: "0%" })).map((d) => d.name)).toEqual(["Page 100%"]);
    expect(await listDashboards({ search: "_" })).toEqual([]);
  });
});

describe("dashboards record their account (issue 9 item 1)", () => {
  it("upgrades a stored version-1 document once, with the account it read then, and keeps it when accounts change", async () => {
    const { createAccount, deleteAccount } = await import("@/lib/accounts/repository");
    const production = await createAccount({
      name: "Production",
      accountId: "111111111111",
      credentialType: "default",
      regions: ["us-east-1"],
    });
    const created = await createDashboard({ name: "Legacy", tags: [] }, createEmptyDocument());
    const v1 = {
      schemaVersion: 1,
      defaultRange: { type: "relative", duration: "PT3H" },
      defaultRefresh: "off",
      variables: [],
      widgets: [],
    };
    const { db } = await import("@/lib/db/client");
    await db()
      .$executeRaw`UPDATE "Dashboard" SET "document" = ${JSON.stringify(v1)}::jsonb WHERE "id" = ${created.id}`;

    expect((await getDashboard(created.id)).document.defaultAccountId).toBe("111111111111");
    // "Archive" sorts first and holds another account: on main every account-less widget switched to it.
    const archive = await createAccount({
      name: "Archive",
      accountId: "222222222222",
      credentialType: "default",
      regions: ["us-east-1"],
    });
    expect((await getDashboard(created.id)).document.defaultAccountId).toBe("111111111111");
    const stored = await db().dashboard.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.document).toMatchObject({ schemaVersion: 2, defaultAccountId: "111111111111" });
    // New dashboards record an account explicitly too.
    const fresh = await createDashboard({ name: "Fresh", tags: [] }, createEmptyDocument());
    expect(fresh.document.defaultAccountId).toBe("222222222222");
    await deleteAccount(archive.id);
    await deleteAccount(production.id);
  });
});
