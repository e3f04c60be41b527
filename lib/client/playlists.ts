"use client";

import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type {
  PlaylistInput,
  PlaylistJson,
  PlaylistListJson,
  PlaylistWithItemsJson,
} from "@/lib/contracts/playlists";
import { api } from "./api";

// Playlists in the browser: query keys and option factories per resource.

export const playlistKeys = {
  all: ["playlists"] as const,
  list: () => ["playlists", "list"] as const,
  one: (id: string) => ["playlists", "one", id] as const,
};

export const playlistListQuery = () =>
  queryOptions({
    queryKey: playlistKeys.list(),
    queryFn: ({ signal }) => api<PlaylistListJson>("/api/playlists", { signal }),
  });

export const playlistQuery = (id: string) =>
  queryOptions({
    queryKey: playlistKeys.one(id),
    queryFn: ({ signal }) =>
      api<PlaylistWithItemsJson>(`/api/playlists/${encodeURIComponent(id)}`, { signal }),
  });

export function useSavePlaylist() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: PlaylistInput }) =>
      id
        ? api<PlaylistJson>(`/api/playlists/${encodeURIComponent(id)}`, { method: "PUT", body: input })
        : api<PlaylistJson>("/api/playlists", { body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: playlistKeys.all }),
  });
}

export function useDeletePlaylist() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<undefined>(`/api/playlists/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: () => client.invalidateQueries({ queryKey: playlistKeys.all }),
  });
}
