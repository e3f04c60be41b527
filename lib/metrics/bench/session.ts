// The benchmark signs in like a browser: every Watchwall request needs a session (lib/auth/gate.ts refuses
// anonymous callers) and state-changing ones an Origin naming the server. The throwaway instance is started
// with this admin; a running instance (--url) must have the same one.

export const BENCH_ADMIN = { email: "admin@bench.watchwall.test", password: "bench-admin-password-01" };

export interface BenchSession {
  cookie: { name: string; value: string };
  /** Headers for fetch(): the session cookie and this server's Origin. */
  headers: Record<string, string>;
}

let current: BenchSession | undefined;

export async function signIn(url: string): Promise<BenchSession> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { origin: url, "content-type": "application/json" },
    body: JSON.stringify(BENCH_ADMIN),
    signal: AbortSignal.timeout(30_000),
  });
  if (response.status !== 204) {
    throw new Error(
      `signing in as ${BENCH_ADMIN.email} answered ${response.status}: ${await response.text()}`,
    );
  }
  const [name = "", value = ""] = (response.headers.get("set-cookie") ?? "").split(";")[0]?.split("=") ?? [];
  current = { cookie: { name, value }, headers: { cookie: `${name}=${value}`, origin: url } };
  return current;
}

/** The signed-in session's headers (none before signIn). */
export function sessionHeaders(): Record<string, string> {
  return current?.headers ?? {};
}

export function sessionCookie(url: string): Array<{ name: string; value: string; url: string }> {
  return current ? [{ ...current.cookie, url }] : [];
}
