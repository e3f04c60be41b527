"use client";

import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { noContent } from "@/lib/contracts/common";
import {
  playlistListResponse,
  playlistResponse,
  playlistWithItemsResponse,
  type PlaylistInput,
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
    queryFn: ({ signal }) => api("/api/playlists", playlistListResponse, { signal }),
  });

export const playlistQuery = (id: string) =>
  queryOptions({
    queryKey: playlistKeys.one(id),
    queryFn: ({ signal }) =>
      api(`/api/playlists/${encodeURIComponent(id)}`, playlistWithItemsResponse, { signal }),
  });

export function useSavePlaylist() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: PlaylistInput }) =>
      id
        ? api(`/api/playlists/${encodeURIComponent(id)}`, playlistResponse, { method: "PUT", body: input })
        : api("/api/playlists", playlistResponse, { body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: playlistKeys.all }),
  });
}

export function useDeletePlaylist() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api(`/api/playlists/${encodeURIComponent(id)}`, noContent, { method: "DELETE" }),
    onSuccess: () => client.invalidateQueries({ queryKey: playlistKeys.all }),
  });
}
