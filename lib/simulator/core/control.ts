// The simulator's own HTTP API under /_simulator/: readiness, fault rules and call statistics. Plain JSON,
// no AWS authentication, meant for tests, benchmarks and the developer poking at a running simulator.
import { type FaultInjector, parseFaultRules } from "./faults";
import type { StatsCollector } from "./stats";
import type { ServiceName } from "./types";

export const CONTROL_PREFIX = "/_simulator/";

export interface ControlDeps {
  faults: FaultInjector;
  stats: StatsCollector;
  services: () => ServiceName[];
  startedAt: Date;
}

export interface ControlResponse {
  status: number;
  body: unknown;
}

function parseJson(body: Buffer): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: body.length === 0 ? [] : JSON.parse(body.toString("utf8")) };
  } catch {
    return { ok: false, message: "body is not valid JSON" };
  }
}

function handleFaults(method: string, body: Buffer, deps: ControlDeps): ControlResponse {
  if (method === "GET") return { status: 200, body: { rules: deps.faults.list() } };
  if (method === "DELETE") {
    deps.faults.clear();
    return { status: 200, body: { rules: [] } };
  }
  if (method === "POST" || method === "PUT") {
    const parsed = parseJson(body);
    if (!parsed.ok) return { status: 400, body: { error: parsed.message } };
    try {
      deps.faults.set(parseFaultRules(parsed.value));
    } catch (e) {
      return { status: 400, body: { error: e instanceof Error ? e.message : String(e) } };
    }
    return { status: 200, body: { rules: deps.faults.list() } };
  }
  return { status: 405, body: { error: `method ${method} not allowed` } };
}

export function handleControlRequest(
  method: string,
  path: string,
  body: Buffer,
  deps: ControlDeps,
): ControlResponse {
  const route = path.slice(CONTROL_PREFIX.length).replace(/\/+$/, "");
  switch (route) {
    case "health":
      return {
        status: 200,
        body: { status: "ok", startedAt: deps.startedAt.toISOString(), services: deps.services() },
      };
    case "faults":
      return handleFaults(method, body, deps);
    case "stats":
      return method === "GET"
        ? { status: 200, body: deps.stats.snapshot() }
        : { status: 405, body: { error: `method ${method} not allowed` } };
    case "stats/reset":
      if (method !== "POST") return { status: 405, body: { error: `method ${method} not allowed` } };
      deps.stats.reset();
      return { status: 200, body: deps.stats.snapshot() };
    default:
      return { status: 404, body: { error: `unknown simulator endpoint ${path}` } };
  }
}
