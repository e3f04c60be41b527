import { z } from "zod";

// /api/playlists and /api/playlists/[id]: the wire contract, used by the route handlers and the browser.

export const MAX_PLAYLIST_DASHBOARDS = 100;
/** Playlist interval bounds, in seconds. */
export const MIN_PLAYLIST_INTERVAL_S = 5;
export const MAX_PLAYLIST_INTERVAL_S = 86_400;

export const playlistInput = z
  .strictObject({
    name: z.string().trim().min(1, "a playlist needs a name").max(255),
    source: z.enum(["dashboards", "tag"]),
    /** In play order; required (non-empty) when source is "dashboards". */
    dashboardIds: z.array(z.string().min(1).max(100)).max(MAX_PLAYLIST_DASHBOARDS).default([]),
    /** Required when source is "tag". */
    tag: z.string().trim().max(100).default(""),
    intervalSeconds: z.number().int().min(MIN_PLAYLIST_INTERVAL_S).max(MAX_PLAYLIST_INTERVAL_S),
    kiosk: z.boolean().default(true),
  })
  .superRefine((input, ctx) => {
    if (input.source === "dashboards" && input.dashboardIds.length === 0)
      ctx.addIssue({ code: "custom", path: ["dashboardIds"], message: "list at least one dashboard" });
    if (input.source === "tag" && !input.tag)
      ctx.addIssue({ code: "custom", path: ["tag"], message: "name the tag whose dashboards to show" });
  });

export type PlaylistInput = z.input<typeof playlistInput>;
export type PlaylistValues = z.output<typeof playlistInput>;

const playlistValuesResponse = z.object({
  name: z.string(),
  source: z.enum(["dashboards", "tag"]),
  dashboardIds: z.array(z.string()),
  tag: z.string(),
  intervalSeconds: z.number(),
  kiosk: z.boolean(),
});

export const playlistResponse = playlistValuesResponse.extend({
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PlaylistJson = z.infer<typeof playlistResponse>;

/** A dashboard the playlist shows, resolved when the playlist is read (a tag's dashboards change over time). */
export const playlistItemResponse = z.object({ id: z.string(), name: z.string() });
export type PlaylistItemJson = z.infer<typeof playlistItemResponse>;

export const playlistWithItemsResponse = playlistResponse.extend({ items: z.array(playlistItemResponse) });
export type PlaylistWithItemsJson = z.infer<typeof playlistWithItemsResponse>;

export const playlistListResponse = z.object({ playlists: z.array(playlistResponse) });
export type PlaylistListJson = z.infer<typeof playlistListResponse>;
