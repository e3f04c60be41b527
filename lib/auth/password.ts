import { hash, verify } from "@node-rs/argon2";

// Argon2id at OWASP's minimum recommended parameters (Password Storage Cheat Sheet): 19 MiB, 2 iterations,
// parallelism 1.
export const ARGON2_OPTIONS = {
  // Algorithm.Argon2id (a const enum, unusable with isolatedModules)
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-rules";

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** Verifying against this when the account does not exist keeps the response time the same. */
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword("not-a-real-password-only-for-timing");
  return dummy;
}
