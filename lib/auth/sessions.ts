import { db } from "@/lib/db/client";
import { authConfig } from "./config";
import type { Scope } from "./principal";
import type { Role } from "./roles";
import { hashToken, randomToken } from "./secrets";
import { cachedSession, sessionsChanged, type FoundSession, type SessionLookup } from "./session-cache";

// Browser sessions: an opaque random token in an HttpOnly cookie, only its hash in PostgreSQL. User sessions
// slide (idle expiry) within an absolute limit; display sessions (wall screens) have neither and last until
// an Admin revokes them.

export const SESSION_COOKIE = "watchwall_session";
/** Sliding expiry is written at most this often, not on every request. */
const TOUCH_INTERVAL_MS = 60_000;

export interface RequestMeta {
  address: string;
  userAgent: string;
}

export async function createUserSession(userId: string, meta: RequestMeta): Promise<string> {
  const token = randomToken();
  const now = Date.now();
  const config = authConfig();
  await db().session.create({
    data: {
      tokenHash: hashToken(token),
      kind: "user",
      userId,
      idleExpiresAt: new Date(now + config.sessionIdleMs),
      absoluteExpiresAt: new Date(now + config.sessionMaxMs),
      address: meta.address,
      userAgent: meta.userAgent.slice(0, 300),
    },
  });
  return token;
}

export async function createDisplaySession(
  name: string,
  scope: Scope,
  meta: RequestMeta,
): Promise<{ token: string; id: string }> {
  const token = randomToken();
  const created = await db().session.create({
    data: {
      tokenHash: hashToken(token),
      kind: "display",
      name,
      dashboards: scope.dashboards,
      playlists: scope.playlists,
      address: meta.address,
      userAgent: meta.userAgent.slice(0, 300),
    },
  });
  return { token, id: created.id };
}

export type { SessionLookup };

/** The session of a cookie's token; a valid one is kept briefly in this process (session-cache.ts). */
export async function resolveSession(token: string): Promise<SessionLookup> {
  if (!token || token.length > 200) return { status: "invalid" };
  const tokenHash = hashToken(token);
  return cachedSession(tokenHash, () => findSession(tokenHash));
}

async function findSession(tokenHash: string): Promise<FoundSession> {
  const invalid = { lookup: { status: "invalid" } } as const;
  const session = await db().session.findUnique({ where: { tokenHash }, include: { user: true } });
  if (!session) return invalid;
  const now = Date.now();
  if (session.kind === "display") {
    if (session.revokedAt) return { lookup: { status: "revoked_display" } };
    if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS)
      await db().session.update({ where: { id: session.id }, data: { lastSeenAt: new Date(now) } });
    return {
      lookup: {
        status: "valid",
        principal: {
          kind: "display",
          id: session.id,
          name: session.name,
          role: "display",
          scope: { dashboards: session.dashboards, playlists: session.playlists },
          sessionId: session.id,
        },
      },
    };
  }
  const user = session.user;
  if (
    session.revokedAt ||
    !user ||
    user.disabledAt ||
    (session.idleExpiresAt && session.idleExpiresAt.getTime() <= now) ||
    (session.absoluteExpiresAt && session.absoluteExpiresAt.getTime() <= now)
  )
    return invalid;
  let idleExpiresAt = session.idleExpiresAt?.getTime();
  if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    idleExpiresAt = now + authConfig().sessionIdleMs;
    await db().session.update({
      where: { id: session.id },
      data: { lastSeenAt: new Date(now), idleExpiresAt: new Date(idleExpiresAt) },
    });
  }
  return {
    lookup: {
      status: "valid",
      principal: {
        kind: "user",
        id: user.id,
        userId: user.id,
        name: user.email,
        role: user.role as Role,
        sessionId: session.id,
      },
    },
    expiresAt: Math.min(idleExpiresAt ?? Infinity, session.absoluteExpiresAt?.getTime() ?? Infinity),
  };
}

export async function revokeSession(sessionId: string): Promise<void> {
  try {
    await db().session.updateMany({
      where: { id: sessionId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
  } finally {
    sessionsChanged();
  }
}

export async function revokeUserSessions(userId: string): Promise<number> {
  try {
    const result = await db().session.updateMany({
      where: { userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    return result.count;
  } finally {
    sessionsChanged();
  }
}

export interface DisplayView {
  id: string;
  name: string;
  dashboards: string[];
  playlists: string[];
  createdAt: string;
  lastSeenAt: string;
  revoked: boolean;
  address: string;
}

export async function listDisplays(): Promise<DisplayView[]> {
  const rows = await db().session.findMany({ where: { kind: "display" }, orderBy: { createdAt: "desc" } });
  return rows.map((s) => ({
    id: s.id,
    name: s.name,
    dashboards: s.dashboards,
    playlists: s.playlists,
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.lastSeenAt.toISOString(),
    revoked: s.revokedAt !== null,
    address: s.address,
  }));
}

export async function revokeDisplay(id: string): Promise<boolean> {
  const result = await db()
    .session.updateMany({ where: { id, kind: "display", revokedAt: null }, data: { revokedAt: new Date() } })
    .catch(() => ({ count: 0 }));
  sessionsChanged();
  return result.count > 0;
}
