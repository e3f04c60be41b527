import crypto from "node:crypto";

// Opaque random secrets (session cookies, API tokens, setup links, pairing codes) and their stored form.
// The tokens carry 256 bits of randomness, so a fast hash is enough: the database never holds a usable one.

const TOKEN_BYTES = 32;
/** Pairing codes are typed on a TV remote: no 0/O or 1/I/L. */
const PAIRING_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const PAIRING_LENGTH = 8;

export function randomToken(prefix = ""): string {
  return `${prefix}${crypto.randomBytes(TOKEN_BYTES).toString("base64url")}`;
}

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

export function randomPairingCode(): string {
  const bytes = crypto.randomBytes(PAIRING_LENGTH);
  let code = "";
  for (const byte of bytes) code += PAIRING_ALPHABET[byte % PAIRING_ALPHABET.length];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Users type codes loosely: case and separators do not matter. */
export function normalizePairingCode(code: string): string {
  const letters = code.toUpperCase().replace(/[^A-Z0-9]/g, "");
  return `${letters.slice(0, 4)}-${letters.slice(4)}`;
}
