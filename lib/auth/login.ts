import { recordAudit } from "./audit";
import { dummyHash, verifyPassword } from "./password";
import { loginLimiter, type LoginRateLimiter } from "./rate-limit";
import { createUserSession, type RequestMeta } from "./sessions";
import { findUserByEmail, normalizeEmail } from "./users";

// Password login: rate-limited per account and per address (limits shared by every replica, see
// lib/auth/rate-limit.ts), the same answer (and about the same time) for an unknown email and a wrong
// password, every outcome in the audit log.

export type LoginResult =
  | { ok: true; token: string; userId: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfter: number };

export async function loginWithPassword(
  emailInput: string,
  password: string,
  meta: RequestMeta,
  limiter: LoginRateLimiter = loginLimiter(),
): Promise<LoginResult> {
  const email = normalizeEmail(emailInput);
  // The attempt is counted before the password is checked, so parallel guesses cannot overrun the limit.
  const wait = await limiter.reserve(email, meta.address);
  if (wait > 0) {
    await recordAudit({
      action: "login_failed",
      actor: email,
      detail: { reason: "rate_limited" },
      address: meta.address,
    });
    return { ok: false, reason: "rate_limited", retryAfter: wait };
  }
  const user = await findUserByEmail(email);
  const valid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : (await verifyPassword(await dummyHash(), password), false);
  if (!user || !valid || user.disabledAt) {
    await recordAudit({
      action: "login_failed",
      actor: email,
      detail: { reason: user?.disabledAt ? "disabled" : "bad_credentials" },
      address: meta.address,
    });
    return { ok: false, reason: "invalid" };
  }
  await limiter.succeeded(email, meta.address);
  const token = await createUserSession(user.id, meta);
  await recordAudit({
    action: "login",
    actor: user.email,
    targetType: "user",
    targetId: user.id,
    detail: { method: "password" },
    address: meta.address,
  });
  return { ok: true, token, userId: user.id };
}
