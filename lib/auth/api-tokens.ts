import { db } from "@/lib/db/client";
import type { Principal } from "./principal";
import type { Role } from "./roles";
import { hashToken, randomToken } from "./secrets";

// API tokens for automation and wall screens: `Authorization: Bearer wwt_…`. Shown once at creation, stored
// as a hash; a role, an optional expiry, the time of last use. Display tokens name their dashboards/playlists.

export const TOKEN_PREFIX = "wwt_";
const LAST_USED_INTERVAL_MS = 60_000;

export interface TokenView {
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

export async function createApiToken(input: {
  name: string;
  role: Role;
  expiresAt?: Date;
  dashboards?: string[];
  playlists?: string[];
  createdById?: string;
}): Promise<{ id: string; token: string }> {
  const token = randomToken(TOKEN_PREFIX);
  const created = await db().apiToken.create({
    data: {
      name: input.name,
      tokenHash: hashToken(token),
      role: input.role,
      dashboards: input.dashboards ?? [],
      playlists: input.playlists ?? [],
      expiresAt: input.expiresAt,
      createdById: input.createdById,
    },
  });
  return { id: created.id, token };
}

export async function listApiTokens(): Promise<TokenView[]> {
  const rows = await db().apiToken.findMany({ include: { createdBy: true }, orderBy: { createdAt: "desc" } });
  return rows.map((t) => ({
    id: t.id,
    name: t.name,
    role: t.role as Role,
    dashboards: t.dashboards,
    playlists: t.playlists,
    createdBy: t.createdBy?.email ?? null,
    createdAt: t.createdAt.toISOString(),
    expiresAt: t.expiresAt?.toISOString() ?? null,
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revoked: t.revokedAt !== null,
  }));
}

export async function revokeApiToken(id: string): Promise<{ name: string } | null> {
  const token = await db()
    .apiToken.findUnique({ where: { id } })
    .catch(() => null);
  if (!token || token.revokedAt) return null;
  await db().apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
  return { name: token.name };
}

/** The principal of a bearer token, or null when unknown, revoked, expired or its creator is disabled. */
export async function resolveApiToken(token: string): Promise<Principal | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const row = await db().apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { createdBy: true },
  });
  const now = Date.now();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt.getTime() <= now)) return null;
  if (row.createdBy?.disabledAt) return null;
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > LAST_USED_INTERVAL_MS)
    await db().apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } });
  const role = row.role as Role;
  return {
    kind: role === "display" ? "display" : "token",
    id: row.id,
    name: row.name,
    role,
    scope: role === "display" ? { dashboards: row.dashboards, playlists: row.playlists } : undefined,
  };
}

/** A display token exchanged for a display session (the link a wall screen opens): its scope and name. */
export async function findDisplayToken(token: string) {
  const principal = await resolveApiToken(token);
  return principal?.role === "display" ? principal : null;
}
