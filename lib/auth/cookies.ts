import { authConfig } from "./config";
import { SESSION_COOKIE } from "./sessions";

// The session cookie: HttpOnly, SameSite=Lax, Secure when Watchwall is served over HTTPS.

/** Browsers cap cookie lifetime at 400 days; display sessions last until revoked. */
const DISPLAY_COOKIE_SECONDS = 400 * 86_400;

export function sessionCookie(token: string, kind: "user" | "display"): string {
  const config = authConfig();
  const maxAge = kind === "display" ? DISPLAY_COOKIE_SECONDS : Math.floor(config.sessionMaxMs / 1000);
  return [
    `${SESSION_COOKIE}=${token}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${maxAge}`,
    ...(config.secureCookies ? ["Secure"] : []),
  ].join("; ");
}

export function clearedSessionCookie(): string {
  return [
    `${SESSION_COOKIE}=`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    "Max-Age=0",
    ...(authConfig().secureCookies ? ["Secure"] : []),
  ].join("; ");
}

export function sessionTokenFrom(request: Request): string | undefined {
  const header = request.headers.get("cookie") ?? "";
  for (const part of header.split(";")) {
    const index = part.indexOf("=");
    if (index > 0 && part.slice(0, index).trim() === SESSION_COOKIE) return part.slice(index + 1).trim();
  }
  return undefined;
}
