import crypto from "node:crypto";
import { countUsers } from "./users";
import { hashToken, randomToken } from "./secrets";

// First start: with no user yet, the launcher prints a one-time link /setup?token=… that creates the first
// Admin. The token lives only in this process's memory and is gone once used or once any user exists.

const KEY = Symbol.for("watchwall.auth.setup-token");

function holder() {
  return globalThis as { [KEY]?: string };
}

/** A new setup token when no user exists (printed by the launcher), else null. */
export async function issueSetupToken(): Promise<string | null> {
  if ((await countUsers()) > 0) return null;
  const token = randomToken();
  holder()[KEY] = hashToken(token);
  return token;
}

export function checkSetupToken(token: string): boolean {
  const stored = holder()[KEY];
  if (!stored) return false;
  const given = Buffer.from(hashToken(token));
  const expected = Buffer.from(stored);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

export function consumeSetupToken(): void {
  holder()[KEY] = undefined;
}
