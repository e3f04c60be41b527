"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  auditResponse,
  displaysResponse,
  meResponse,
  tokensResponse,
  usersResponse,
  type AuditEventJson,
  type DisplayJson,
  type Me,
  type TokenJson,
  type UserJson,
} from "@/lib/contracts/auth";
import type { Role } from "@/lib/auth/roles";
import { api } from "./api";

export type { AuditEventJson, DisplayJson, TokenJson, UserJson };

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
  return useQuery({
    queryKey: authKeys.me,
    queryFn: () => api("/api/auth/me", meResponse),
    staleTime: 60_000,
  });
}

export function useUsers() {
  return useQuery({ queryKey: authKeys.users, queryFn: () => api("/api/users", usersResponse) });
}

export function useTokens() {
  return useQuery({ queryKey: authKeys.tokens, queryFn: () => api("/api/tokens", tokensResponse) });
}

export function useDisplays() {
  return useQuery({
    queryKey: authKeys.displays,
    queryFn: () => api("/api/displays", displaysResponse),
  });
}

export function useAudit(filter: Record<string, string>) {
  const params = new URLSearchParams(Object.entries(filter).filter(([, v]) => v));
  return useQuery({
    queryKey: authKeys.audit(filter),
    queryFn: () => api(`/api/audit?${params.toString()}`, auditResponse),
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
