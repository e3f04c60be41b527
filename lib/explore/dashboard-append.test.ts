import { describe, expect, it } from "vitest";
import { createEmptyDocument, type DashboardDocument } from "@/lib/dashboards/model";
import {
  AppendConflictError,
  editDashboardWithRetry,
  EmptyEditError,
  saveBodyFor,
  type DashboardStore,
  type SaveDashboardBody,
  type AppendableDashboard,
} from "./dashboard-append";

class Conflict extends Error {}

/** An in-memory dashboard whose version moves on by `interference` saves of someone else before each of ours. */
function fakeStore(interference: number[]) {
  let saved: AppendableDashboard = {
    id: "d1",
    name: "Ops",
    description: "",
    tags: ["prod"],
    folder: "",
    version: 3,
    document: createEmptyDocument("Ops"),
  };
  const puts: SaveDashboardBody[] = [];
  let loads = 0;
  const store: DashboardStore = {
    async load() {
      loads += 1;
      return saved;
    },
    async save(_id, body) {
      puts.push(body);
      const others = interference.shift() ?? 0;
      if (others > 0) {
        saved = { ...saved, version: saved.version + others };
      }
      if (body.baseVersion !== saved.version) throw new Conflict("409");
      saved = { ...saved, version: saved.version + 1, document: body.document };
      return saved;
    },
  };
  return { store, puts, loads: () => loads, current: () => saved };
}

function addTextWidget(document: DashboardDocument): DashboardDocument {
  const id = `t${document.widgets.length + 1}`;
  return {
    ...document,
    widgets: [...document.widgets, { type: "text", id, markdown: "", position: { x: 0, y: 0, w: 1, h: 1 } }],
  };
}

const options = { isConflict: (e: unknown) => e instanceof Conflict, message: "Added from explorer" };

describe("editDashboardWithRetry", () => {
  it("saves on top of the version it read", async () => {
    const fake = fakeStore([]);
    const result = await editDashboardWithRetry(fake.store, "d1", addTextWidget, options);
    expect(result.version).toBe(4);
    expect(fake.puts).toHaveLength(1);
    expect(fake.puts[0]).toMatchObject({
      baseVersion: 3,
      name: "Ops",
      tags: ["prod"],
      message: "Added from explorer",
    });
    expect(fake.puts[0]?.folder).toBeUndefined();
  });

  it("re-reads and re-applies the edit once after a conflict", async () => {
    const fake = fakeStore([1]);
    const result = await editDashboardWithRetry(fake.store, "d1", addTextWidget, options);
    expect(fake.loads()).toBe(2);
    expect(fake.puts.map((p) => p.baseVersion)).toEqual([3, 4]);
    expect(result.version).toBe(5);
    expect(result.document.widgets).toHaveLength(1);
  });

  it("gives up with a conflict error after the second conflict", async () => {
    const fake = fakeStore([1, 1]);
    const failure = editDashboardWithRetry(fake.store, "d1", addTextWidget, options);
    await expect(failure).rejects.toBeInstanceOf(AppendConflictError);
    await expect(failure).rejects.toThrow(/"Ops" kept changing/);
    expect(fake.puts).toHaveLength(2);
  });

  it("passes other errors through without retrying", async () => {
    const fake = fakeStore([]);
    const store: DashboardStore = {
      load: fake.store.load,
      save: async () => {
        throw new Error("invalid_dashboard");
      },
    };
    await expect(editDashboardWithRetry(store, "d1", addTextWidget, options)).rejects.toThrow(
      "invalid_dashboard",
    );
    expect(fake.loads()).toBe(1);
  });

  it("refuses an edit that produces nothing", async () => {
    const fake = fakeStore([]);
    await expect(editDashboardWithRetry(fake.store, "d1", () => null, options)).rejects.toBeInstanceOf(
      EmptyEditError,
    );
    expect(fake.puts).toHaveLength(0);
  });
});

describe("saveBodyFor", () => {
  it("keeps metadata and only sends a folder and description that are set", () => {
    const saved: AppendableDashboard = {
      id: "d",
      name: "N",
      description: "about",
      tags: [],
      folder: "team/prod",
      version: 7,
      document: createEmptyDocument(),
    };
    const body = saveBodyFor(saved, saved.document, "m");
    expect(body).toMatchObject({
      baseVersion: 7,
      name: "N",
      description: "about",
      folder: "team/prod",
      tags: [],
    });
  });
});
