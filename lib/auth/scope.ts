// A wall screen scoped to playlists may show the dashboards those playlists contain. Playlists live in
// another module: it registers here how to answer "does one of these playlists contain this dashboard?".
// Until one registers, a playlist scope grants no dashboard.

type PlaylistLookup = (playlistIds: string[], dashboardId: string) => Promise<boolean>;

const KEY = Symbol.for("watchwall.auth.playlist-lookup");

export function registerPlaylistLookup(lookup: PlaylistLookup): void {
  (globalThis as { [KEY]?: PlaylistLookup })[KEY] = lookup;
}

export async function playlistsContain(playlistIds: string[], dashboardId: string): Promise<boolean> {
  const lookup = (globalThis as { [KEY]?: PlaylistLookup })[KEY];
  if (!lookup || playlistIds.length === 0) return false;
  return lookup(playlistIds, dashboardId);
}
