import type http from "node:http";

// Graceful stop of the HTTP server: stop accepting, let the requests already running finish (within a bound),
// and only then let the caller close what those requests use (the database pool, the simulator).

/** [I] How long running requests may take to finish after SIGTERM; below the usual 30 s container grace period. */
export const DRAIN_TIMEOUT_MS = 10_000;

export interface Drainable {
  /** Requests whose response has not finished yet. */
  inFlight(): number;
  /** Resolves when every running request has finished, or after `timeoutMs` with the rest cut off. */
  drain(timeoutMs?: number): Promise<{ finished: number; cutOff: number }>;
}

export function drainable(server: http.Server): Drainable {
  let active = 0;
  let draining = false;
  const waiters = new Set<() => void>();
  server.on("request", (_req: http.IncomingMessage, res: http.ServerResponse) => {
    active++;
    // A request that arrives on a kept-alive socket while draining is served, but the socket closes after it.
    if (draining) res.shouldKeepAlive = false;
    res.on("close", () => {
      active--;
      if (draining) server.closeIdleConnections();
      if (active === 0) for (const wake of waiters) wake();
    });
  });
  return {
    inFlight: () => active,
    async drain(timeoutMs = DRAIN_TIMEOUT_MS) {
      draining = true;
      const running = active;
      server.close();
      server.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        if (active === 0) return resolve();
        waiters.add(resolve);
        timer = setTimeout(resolve, timeoutMs);
      });
      clearTimeout(timer);
      const cutOff = active;
      if (cutOff > 0) server.closeAllConnections();
      return { finished: running - cutOff, cutOff };
    },
  };
}
