"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Me } from "@/lib/contracts/auth";
import type { Role } from "@/lib/auth/roles";
import { api } from "./api";

// Who is signed in, and the Admin's users, tokens, screens and audit log, in the browser.

export const authKeys = {
  me: ["auth", "me"] as const,
  users: ["auth", "users"] as const,
  tokens: ["auth", "tokens"] as const,
  displays: ["auth", "displays"] as const,
  audit: (filter: Record<string, string>) => ["auth", "audit", filter] as const,
};

const RANK: Record<Role, number> = { display: 0, viewer: 1, editor: 2, admin: 3 };

/** Whether the signed-in caller may do what needs `minimum` (display principals never edit). */
export function can(me: Me | undefined, minimum: Exclude<Role, "display">): boolean {
  if (!me || me.kind === "display" || me.kind === "anonymous") return false;
  return RANK[me.role] >= RANK[minimum];
}

export function useMe() {
  return useQuery({ queryKey: authKeys.me, queryFn: () => api<Me>("/api/auth/me"), staleTime: 60_000 });
}

export interface UserJson {
  id: string;
  email: string;
  role: "viewer" | "editor" | "admin";
  source: string;
  disabled: boolean;
  hasPassword: boolean;
  createdAt: string;
}

export interface TokenJson {
  id: string;
  name: string;
  role: Role;
  dashboards: string[];
  playlists: string[];
  createdBy: string | null;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revoked: boolean;
}

export interface DisplayJson {
  id: string;
  name: string;
  dashboards: string[];
  playlists: string[];
  createdAt: string;
  lastSeenAt: string;
  revoked: boolean;
  address: string;
}

export interface AuditEventJson {
  id: string;
  at: string;
  actor: string;
  action: string;
  targetType: string;
  targetId: string;
  detail: unknown;
  address: string;
}

export function useUsers() {
  return useQuery({ queryKey: authKeys.users, queryFn: () => api<{ users: UserJson[] }>("/api/users") });
}

export function useTokens() {
  return useQuery({ queryKey: authKeys.tokens, queryFn: () => api<{ tokens: TokenJson[] }>("/api/tokens") });
}

export function useDisplays() {
  return useQuery({
    queryKey: authKeys.displays,
    queryFn: () => api<{ displays: DisplayJson[] }>("/api/displays"),
  });
}

export function useAudit(filter: Record<string, string>) {
  const params = new URLSearchParams(Object.entries(filter).filter(([, v]) => v));
  return useQuery({
    queryKey: authKeys.audit(filter),
    queryFn: () => api<{ events: AuditEventJson[] }>(`/api/audit?${params.toString()}`),
  });
}

/** A mutation that refreshes one auth list when it succeeds. */
export function useAuthMutation<Input, Output>(
  key: readonly unknown[],
  run: (input: Input) => Promise<Output>,
) {
  const client = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => client.invalidateQueries({ queryKey: key }) });
}
