// Next calls register() when a server prepares (`next start`, the launcher's `next()`), never in `next build`.
// A Watchwall server must be the launcher, whose gate authenticates every request: see
// lib/server/launcher-guard.ts.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { refuseUnlessLauncher } = await import("@/lib/server/launcher-guard");
  refuseUnlessLauncher();
}
