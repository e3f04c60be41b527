// `next start` on a Watchwall build would serve every page and API route with no authentication: the gate
// (lib/auth/gate.ts) lives in the launcher's HTTP server, not in Next. The launcher marks its own process
// before it prepares Next; instrumentation.ts (Next's register hook, run when a server prepares — never
// during `next build`) refuses to go on in a process without the mark. The mark is a global symbol rather
// than an environment variable, which a `next start` started from the launcher's environment would inherit.

const MARK = Symbol.for("watchwall.launcher");

export const NOT_LAUNCHED_MESSAGE =
  "[watchwall] Start Watchwall with `npm start`: `next start` would serve without authentication";

/** Called by the launcher (lib/server/main.ts) in its own process, before Next is prepared. */
export function markLauncher(): void {
  (globalThis as { [MARK]?: true })[MARK] = true;
}

export function startedByLauncher(): boolean {
  return (globalThis as { [MARK]?: true })[MARK] === true;
}

/** Next's register hook: stops the process unless the launcher started it. */
export function refuseUnlessLauncher(
  exit: (code: number) => void = (code) => process.exit(code),
  log: (line: string) => void = (line) => console.error(line),
): void {
  if (startedByLauncher()) return;
  log(NOT_LAUNCHED_MESSAGE);
  exit(1);
}
