import { db } from "@/lib/db/client";
import type { Scope } from "./principal";
import { hashToken, normalizePairingCode, randomPairingCode } from "./secrets";

// Pairing codes: an Admin creates one for chosen dashboards/playlists; typed on a wall screen's /pair page
// (or opened as /pair?code=…) it turns that browser into a Display session. Single use, short-lived.

export const PAIRING_CODE_TTL_MS = 15 * 60_000;

export async function createPairingCode(input: {
  name: string;
  scope: Scope;
  createdById?: string;
}): Promise<{ code: string; expiresAt: Date }> {
  const code = randomPairingCode();
  const expiresAt = new Date(Date.now() + PAIRING_CODE_TTL_MS);
  await db().pairingCode.create({
    data: {
      codeHash: hashToken(code),
      name: input.name,
      dashboards: input.scope.dashboards,
      playlists: input.scope.playlists,
      createdById: input.createdById,
      expiresAt,
    },
  });
  return { code, expiresAt };
}

/** Uses a code up (atomically: two screens cannot both pair with one code). */
export async function redeemPairingCode(code: string): Promise<{ name: string; scope: Scope } | null> {
  const codeHash = hashToken(normalizePairingCode(code));
  const used = await db().pairingCode.updateMany({
    where: { codeHash, usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
  });
  if (used.count !== 1) return null;
  const row = await db().pairingCode.findUniqueOrThrow({ where: { codeHash } });
  return { name: row.name, scope: { dashboards: row.dashboards, playlists: row.playlists } };
}
