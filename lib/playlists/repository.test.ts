import { describe, expect, it } from "vitest";
import { playlistInput } from "@/lib/contracts/playlists";
import { createDashboard, deleteDashboard } from "@/lib/dashboards/repository";
import { createEmptyDocument } from "@/lib/dashboards/model";
import { withMigratedDatabase } from "@/lib/testing/database";
import {
  createPlaylist,
  deletePlaylist,
  getPlaylist,
  listPlaylists,
  playlistItems,
  PlaylistNotFoundError,
  updatePlaylist,
} from "./repository";

withMigratedDatabase();

async function dashboard(name: string, tags: string[]) {
  return createDashboard({ name, tags }, createEmptyDocument(name));
}

describe("playlists", () => {
  it("plays listed dashboards in their order and skips deleted ones", async () => {
    const a = await dashboard("A", []);
    const b = await dashboard("B", []);
    const c = await dashboard("C", []);
    const playlist = await createPlaylist(
      playlistInput.parse({
        name: "Ops wall",
        source: "dashboards",
        dashboardIds: [c.id, a.id, b.id],
        intervalSeconds: 30,
      }),
    );
    expect(playlist.kiosk).toBe(true);
    expect((await playlistItems(playlist)).map((i) => i.name)).toEqual(["C", "A", "B"]);
    await deleteDashboard(a.id);
    expect((await playlistItems(await getPlaylist(playlist.id))).map((i) => i.name)).toEqual(["C", "B"]);
  });

  it("plays every dashboard with a tag, by name, as tags change", async () => {
    await dashboard("Zeta", ["wall"]);
    await dashboard("Alpha", ["wall", "other"]);
    await dashboard("Unrelated", ["other"]);
    const playlist = await createPlaylist(
      playlistInput.parse({ name: "Tagged", source: "tag", tag: "wall", intervalSeconds: 10, kiosk: false }),
    );
    expect((await playlistItems(playlist)).map((i) => i.name)).toEqual(["Alpha", "Zeta"]);
    await dashboard("Middle", ["wall"]);
    expect((await playlistItems(playlist)).map((i) => i.name)).toEqual(["Alpha", "Middle", "Zeta"]);
  });

  it("updates, lists and deletes; unknown ids are not found", async () => {
    const created = await createPlaylist(
      playlistInput.parse({ name: "Temp", source: "tag", tag: "x", intervalSeconds: 10 }),
    );
    const updated = await updatePlaylist(
      created.id,
      playlistInput.parse({ name: "Renamed", source: "tag", tag: "y", intervalSeconds: 60 }),
    );
    expect(updated).toMatchObject({ name: "Renamed", tag: "y", intervalSeconds: 60 });
    expect((await listPlaylists()).some((p) => p.name === "Renamed")).toBe(true);
    await deletePlaylist(created.id);
    await expect(getPlaylist(created.id)).rejects.toBeInstanceOf(PlaylistNotFoundError);
    await expect(deletePlaylist(created.id)).rejects.toBeInstanceOf(PlaylistNotFoundError);
  });

  it("rejects input that names no dashboards, no tag or a too-short interval, naming the field", () => {
    const paths = (input: unknown) =>
      playlistInput.safeParse(input).error?.issues.map((i) => i.path.join(".")) ?? [];
    expect(paths({ name: "x", source: "dashboards", intervalSeconds: 10 })).toEqual(["dashboardIds"]);
    expect(paths({ name: "x", source: "tag", intervalSeconds: 10 })).toEqual(["tag"]);
    expect(paths({ name: "x", source: "tag", tag: "t", intervalSeconds: 1 })).toEqual(["intervalSeconds"]);
    expect(paths({ name: " ", source: "tag", tag: "t", intervalSeconds: 10 })).toEqual(["name"]);
  });
});
