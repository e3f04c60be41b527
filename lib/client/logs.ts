"use client";

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { noContent } from "@/lib/contracts/common";
import {
  logFieldsResponseSchema,
  logGroupsResponseSchema,
  logsHistoryResponseSchema,
  savedQueriesResponseSchema,
  savedQuerySchema,
  startLogsQueryResponseSchema,
  type LogsStreamEvent,
  type SavedQueryInput,
  type StartLogsQuery,
  type StartLogsQueryResponse,
} from "@/lib/contracts/logs";
import { api, ApiError } from "./api";

// The browser's Logs Insights data access: log group search (cursor paging), discovered fields, history and
// saved queries as TanStack Query options, and runs: POST starts (or joins) a run, GET streams it as NDJSON,
// DELETE releases it — on Cancel, when the query is replaced and when the page is left.

export const logsKeys = {
  groups: (account: string, region: string, search: string) =>
    ["logs", "groups", account, region, search] as const,
  fields: (account: string, region: string, groups: readonly string[]) =>
    ["logs", "fields", account, region, [...groups].sort()] as const,
  history: ["logs", "history"] as const,
  saved: (account: string, region: string) => ["logs", "saved", account, region] as const,
};

export function useLogGroupSearch(account: string | undefined, region: string | undefined, search: string) {
  return useInfiniteQuery({
    queryKey: logsKeys.groups(account ?? "", region ?? "", search),
    enabled: Boolean(account && region),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ account: account ?? "", region: region ?? "" });
      if (search) params.set("search", search);
      if (pageParam) params.set("cursor", pageParam);
      return api(`/api/logs/groups?${params.toString()}`, logGroupsResponseSchema, { signal });
    },
    getNextPageParam: (last) => last.nextCursor,
    staleTime: 60_000,
  });
}

export function useLogFields(
  account: string | undefined,
  region: string | undefined,
  groups: readonly string[],
) {
  return useQuery({
    queryKey: logsKeys.fields(account ?? "", region ?? "", groups),
    enabled: Boolean(account && region && groups.length > 0),
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({
        account: account ?? "",
        region: region ?? "",
        groups: groups.join(","),
      });
      return api(`/api/logs/fields?${params.toString()}`, logFieldsResponseSchema, { signal });
    },
    staleTime: 5 * 60_000,
  });
}

export function useLogsHistory() {
  return useQuery({
    queryKey: logsKeys.history,
    queryFn: ({ signal }) => api("/api/logs/history", logsHistoryResponseSchema, { signal }),
  });
}

export function useSavedQueries(account: string | undefined, region: string | undefined) {
  return useQuery({
    queryKey: logsKeys.saved(account ?? "", region ?? ""),
    enabled: Boolean(account && region),
    queryFn: ({ signal }) =>
      api(
        `/api/logs/saved-queries?${new URLSearchParams({ account: account ?? "", region: region ?? "" }).toString()}`,
        savedQueriesResponseSchema,
        { signal },
      ),
  });
}

export function useSaveQuery() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: SavedQueryInput }) =>
      api(
        id ? `/api/logs/saved-queries/${encodeURIComponent(id)}` : "/api/logs/saved-queries",
        savedQuerySchema,
        { method: id ? "PUT" : "POST", body: input },
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ["logs", "saved"] }),
  });
}

export function useDeleteSavedQuery() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api(`/api/logs/saved-queries/${encodeURIComponent(id)}`, noContent, { method: "DELETE" }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["logs", "saved"] }),
  });
}

export type ProgressEvent = Extract<LogsStreamEvent, { type: "progress" }>;

export interface LogsRunState {
  ticket?: StartLogsQueryResponse;
  progress?: ProgressEvent;
  rows: Record<string, string>[];
  fields: string[];
  /** Set when the run could not start (e.g. the query was rejected) or the stream broke. */
  error?: ApiError | Error;
  /** Time from the request to the first rows / to the end, in ms (for the status line and benchmarks). */
  firstRowMs?: number;
  doneMs?: number;
}

function release(id: string): void {
  // keepalive lets the request outlive a page being closed.
  void fetch(`/api/logs/queries/${encodeURIComponent(id)}`, { method: "DELETE", keepalive: true }).catch(
    () => {},
  );
}

/** Reads an NDJSON stream, calling `onEvent` per line. */
export async function readRunStream(
  id: string,
  onEvent: (event: LogsStreamEvent) => void,
  signal: AbortSignal,
): Promise<void> {
  const response = await fetch(`/api/logs/queries/${encodeURIComponent(id)}`, { signal, cache: "no-store" });
  if (!response.ok || !response.body)
    throw new ApiError(response.status, "stream_failed", "The query stream failed");
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let newline = buffer.indexOf("\n");
    while (newline >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      if (line.trim()) onEvent(JSON.parse(line) as LogsStreamEvent);
      newline = buffer.indexOf("\n");
    }
  }
}

/**
 * One viewer's run. `run` replaces any previous run (releasing it, so AWS stops it if nobody else watches);
 * `cancel` releases it; unmounting or leaving the page releases it too.
 */
export function useLogsRun() {
  const [state, setState] = useState<LogsRunState>({ rows: [], fields: [] });
  const current = useRef<{ id?: string; controller: AbortController } | null>(null);

  const stop = useCallback(() => {
    const active = current.current;
    current.current = null;
    if (!active) return;
    active.controller.abort();
    if (active.id) release(active.id);
  }, []);

  useEffect(() => {
    const onHide = () => stop();
    window.addEventListener("pagehide", onHide);
    return () => {
      window.removeEventListener("pagehide", onHide);
      stop();
    };
  }, [stop]);

  const run = useCallback(
    async (body: StartLogsQuery) => {
      stop();
      const controller = new AbortController();
      const mine = { controller } as { id?: string; controller: AbortController };
      current.current = mine;
      const t0 = performance.now();
      setState({ rows: [], fields: [] });
      try {
        const ticket = await api("/api/logs/queries", startLogsQueryResponseSchema, {
          body,
          signal: controller.signal,
        });
        mine.id = ticket.id;
        if (controller.signal.aborted) {
          release(ticket.id);
          return;
        }
        setState((s) => ({ ...s, ticket }));
        await readRunStream(
          ticket.id,
          (event) => {
            if (current.current !== mine) return;
            setState((s) => {
              if (event.type === "progress") return { ...s, progress: event };
              if (event.type === "rows") {
                return {
                  ...s,
                  rows: event.rows,
                  fields: event.fields,
                  ...(s.firstRowMs === undefined && event.rows.length > 0
                    ? { firstRowMs: performance.now() - t0 }
                    : {}),
                };
              }
              return { ...s, doneMs: performance.now() - t0 };
            });
          },
          controller.signal,
        );
        if (current.current === mine) {
          // The run ended: the ticket is no longer needed.
          current.current = null;
          release(ticket.id);
        }
      } catch (error) {
        if (controller.signal.aborted) return;
        setState((s) => ({ ...s, error: error instanceof Error ? error : new Error(String(error)) }));
        if (current.current === mine) current.current = null;
        if (mine.id) release(mine.id);
      }
    },
    [stop],
  );

  const cancel = useCallback(() => {
    stop();
    setState((s) =>
      s.progress && (s.progress.status === "running" || s.progress.status === "queued")
        ? { ...s, progress: { ...s.progress, status: "cancelled" } }
        : s,
    );
  }, [stop]);

  return { state, run, cancel };
}

/**
 * A dashboard log widget's run: (re)started when what it asks for changes, and refreshed every `refreshMs`
 * counted from the end of the previous run — a refresh never starts while a run is in progress, so a widget
 * cannot pile up runs. Viewers asking for the same thing share one run on the server.
 */
export function useLogWidgetRun(body: StartLogsQuery | null, refreshMs: number) {
  const { state, run } = useLogsRun();
  const key = body ? JSON.stringify(body) : "";
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!key) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let alive = true;
    void run(JSON.parse(key) as StartLogsQuery).then(() => {
      if (alive && refreshMs > 0) timer = setTimeout(() => setTick((t) => t + 1), refreshMs);
    });
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [key, refreshMs, run, tick]);
  return state;
}
