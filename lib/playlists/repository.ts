import type { PlaylistItemJson, PlaylistValues } from "@/lib/contracts/playlists";
import { db } from "@/lib/db/client";

// Saved playlists. What a playlist shows is resolved when it is read: the listed dashboards that still exist,
// in the listed order, or every dashboard with the tag, by name.

export interface Playlist extends PlaylistValues {
  id: string;
  createdAt: Date;
  updatedAt: Date;
}

export class PlaylistNotFoundError extends Error {
  override name = "PlaylistNotFoundError";
}

interface PlaylistRow {
  id: string;
  name: string;
  source: string;
  dashboardIds: string[];
  tag: string;
  intervalSeconds: number;
  kiosk: boolean;
  createdAt: Date;
  updatedAt: Date;
}

function toPlaylist(row: PlaylistRow): Playlist {
  return { ...row, source: row.source === "tag" ? "tag" : "dashboards" };
}

function columns(values: PlaylistValues) {
  return {
    name: values.name,
    source: values.source,
    dashboardIds: values.source === "dashboards" ? values.dashboardIds : [],
    tag: values.source === "tag" ? values.tag : "",
    intervalSeconds: values.intervalSeconds,
    kiosk: values.kiosk,
  };
}

export async function listPlaylists(): Promise<Playlist[]> {
  const rows = await db().playlist.findMany({ orderBy: [{ name: "asc" }, { createdAt: "asc" }] });
  return rows.map(toPlaylist);
}

export async function getPlaylist(id: string): Promise<Playlist> {
  const row = await db().playlist.findUnique({ where: { id } });
  if (!row) throw new PlaylistNotFoundError(`playlist ${id} does not exist`);
  return toPlaylist(row);
}

export async function createPlaylist(values: PlaylistValues): Promise<Playlist> {
  return toPlaylist(await db().playlist.create({ data: columns(values) }));
}

export async function updatePlaylist(id: string, values: PlaylistValues): Promise<Playlist> {
  const existing = await db().playlist.findUnique({ where: { id }, select: { id: true } });
  if (!existing) throw new PlaylistNotFoundError(`playlist ${id} does not exist`);
  return toPlaylist(await db().playlist.update({ where: { id }, data: columns(values) }));
}

export async function deletePlaylist(id: string): Promise<void> {
  const { count } = await db().playlist.deleteMany({ where: { id } });
  if (count === 0) throw new PlaylistNotFoundError(`playlist ${id} does not exist`);
}

/** The dashboards the playlist shows now, in play order; deleted ones are skipped. */
export async function playlistItems(playlist: Playlist): Promise<PlaylistItemJson[]> {
  if (playlist.source === "tag") {
    return db().dashboard.findMany({
      where: { deletedAt: null, tags: { has: playlist.tag } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true },
    });
  }
  const rows = await db().dashboard.findMany({
    where: { deletedAt: null, id: { in: playlist.dashboardIds } },
    select: { id: true, name: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return playlist.dashboardIds.flatMap((id) => {
    const row = byId.get(id);
    return row ? [row] : [];
  });
}

/** Whether one of these playlists shows the dashboard now: what a wall screen scoped to playlists may open. */
export async function playlistsShowDashboard(playlistIds: string[], dashboardId: string): Promise<boolean> {
  const playlists = await db().playlist.findMany({ where: { id: { in: playlistIds } } });
  for (const playlist of playlists.map(toPlaylist)) {
    if ((await playlistItems(playlist)).some((item) => item.id === dashboardId)) return true;
  }
  return false;
}
