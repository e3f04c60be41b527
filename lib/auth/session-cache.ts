import type { PushBus } from "@/lib/push/bus";
import { pushBus } from "@/lib/push/shared";
import type { Principal } from "./principal";

// Every request of a browser or wall screen resolves its session cookie; fifty screens refreshing one dashboard
// together would be fifty PostgreSQL round trips for the same answer, ahead of the metrics fetch in the pool.
// A valid session's principal is therefore kept briefly in this process, and lookups of one token in flight
// at once are made once. Whatever ends or changes sessions (sign-out, revoking a screen, a user's role,
// password, disabling or deletion) clears the whole cache of this replica at once and tells the other replicas
// through the push bus (PostgreSQL NOTIFY) to clear theirs; should that message be lost, a session revoked
// elsewhere is still accepted here for at most SESSION_CACHE_MS. Kept on globalThis: the gate runs in the
// launcher and the revoking routes in the Next.js bundle, two copies of this module that must share one cache.

/** [I] The longest a session revoked on another replica may still be used here (the push bus is faster). */
export const SESSION_CACHE_MS = 2_000;
const MAX_SESSIONS = 10_000;

export type SessionLookup =
  { status: "valid"; principal: Principal } | { status: "revoked_display" } | { status: "invalid" };

interface Entry {
  lookup: Promise<SessionLookup>;
  /** Epoch ms after which the entry is not used; Infinity while its lookup is in flight. */
  expiresAt: number;
}

interface State {
  entries: Map<string, Entry>;
  generation: number;
}

const KEY = Symbol.for("watchwall.auth.sessionCache");

function state(): State {
  const holder = globalThis as { [KEY]?: State };
  holder[KEY] ??= { entries: new Map(), generation: 0 };
  return holder[KEY];
}

export interface FoundSession {
  lookup: SessionLookup;
  /** Epoch ms when a valid session expires by itself (idle or absolute limit); undefined when it does not. */
  expiresAt?: number;
}

/**
 * The session with this token hash: kept, being looked up for another request, or looked up now. Only valid
 * sessions are kept once looked up.
 */
export function cachedSession(
  tokenHash: string,
  find: () => Promise<FoundSession>,
  now: () => number = Date.now,
): Promise<SessionLookup> {
  const { entries } = state();
  const known = entries.get(tokenHash);
  if (known && known.expiresAt > now()) return known.lookup;
  if (known) entries.delete(tokenHash);
  const generation = state().generation;
  const found = find();
  const entry: Entry = { lookup: found.then((f) => f.lookup), expiresAt: Infinity };
  if (entries.size >= MAX_SESSIONS) entries.clear();
  entries.set(tokenHash, entry);
  found.then(
    (result) => {
      const current = state();
      if (current.entries.get(tokenHash) !== entry) return;
      // Revoked while the lookup ran: the answer may predate the revocation, so it is not kept.
      if (result.lookup.status !== "valid" || current.generation !== generation) {
        current.entries.delete(tokenHash);
        return;
      }
      entry.expiresAt = Math.min(now() + SESSION_CACHE_MS, result.expiresAt ?? Infinity);
    },
    () => {
      if (state().entries.get(tokenHash) === entry) state().entries.delete(tokenHash);
    },
  );
  return entry.lookup;
}

/** Forgets every kept session: called whenever sessions are revoked or their user changes. */
export function forgetSessions(): void {
  const current = state();
  current.generation++;
  current.entries.clear();
}

/** Push-bus channel on which a replica that ended or changed sessions tells the others to forget theirs. */
export const SESSIONS_CHANGED_CHANNEL = "auth.sessions-changed";

/** Sessions were ended or changed: forgotten here at once and, through the push bus, on the other replicas. */
export function sessionsChanged(bus: PushBus = pushBus()): void {
  forgetSessions();
  void bus.publish(SESSIONS_CHANGED_CHANNEL, "").catch(() => undefined);
}

/** Forget kept sessions whenever a replica says sessions changed (the launcher subscribes once). */
export function forgetSessionsOnChange(bus: PushBus = pushBus()): () => void {
  return bus.subscribe(SESSIONS_CHANGED_CHANNEL, () => forgetSessions());
}
