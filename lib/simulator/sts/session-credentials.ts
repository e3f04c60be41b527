// Format of the temporary credentials minted by the simulated AssumeRole. Everything the protocol layer needs
// later (target account, role, session name, expiry) travels inside the key and the session token, so
// credentials keep working across simulator restarts and no session table is needed.
import { createHash } from "node:crypto";
import { z } from "zod";

/** `ASIA` + the 12-digit target account + 4 base-36 serial characters = the usual 20 characters. */
export const SESSION_KEY_PATTERN = /^ASIA(\d{12})[0-9A-Z]{4}$/;

/** Marks tokens minted here; real tokens look different anyway, so nobody can mistake one for the other. */
export const SESSION_TOKEN_PREFIX = "WWSIM1.";

const SERIAL_SPACE = 36 ** 4;

const payloadSchema = z.object({
  accessKeyId: z.string(),
  accountId: z.string().regex(/^\d{12}$/),
  roleArn: z.string(),
  roleName: z.string(),
  roleId: z.string(),
  sessionName: z.string(),
  /** Epoch seconds. */
  expiration: z.number(),
});

export type SessionTokenPayload = z.infer<typeof payloadSchema>;

export function sessionAccessKeyId(accountId: string, serial: number): string {
  const suffix = (((serial % SERIAL_SPACE) + SERIAL_SPACE) % SERIAL_SPACE)
    .toString(36)
    .toUpperCase()
    .padStart(4, "0");
  return `ASIA${accountId}${suffix}`;
}

export function sessionAccountId(accessKeyId: string): string | undefined {
  return SESSION_KEY_PATTERN.exec(accessKeyId)?.[1];
}

/** Deterministic 40-character secret; the simulator never verifies signatures, so it only has to look right. */
export function sessionSecretAccessKey(accessKeyId: string, expiration: number): string {
  return createHash("sha256")
    .update(`${accessKeyId}:${expiration}`)
    .digest("base64")
    .replace(/[+/=]/g, "x")
    .slice(0, 40);
}

export function encodeSessionToken(payload: SessionTokenPayload): string {
  return SESSION_TOKEN_PREFIX + Buffer.from(JSON.stringify(payload), "utf8").toString("base64url");
}

export function decodeSessionToken(token: string): SessionTokenPayload | undefined {
  if (!token.startsWith(SESSION_TOKEN_PREFIX) || token.length > 8192) return undefined;
  try {
    const json: unknown = JSON.parse(
      Buffer.from(token.slice(SESSION_TOKEN_PREFIX.length), "base64url").toString("utf8"),
    );
    const parsed = payloadSchema.safeParse(json);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
