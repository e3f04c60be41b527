// The local AWS simulator: one HTTP endpoint that unmodified AWS SDK v3 clients (endpoint override) talk to.
// Services plug in through registerService(); this file only owns the socket, the lifecycle and dispatching
// between the AWS pipeline and the /_simulator/ control API.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { CONTROL_PREFIX, handleControlRequest } from "./core/control";
import { FaultInjector, type FaultRule } from "./core/faults";
import { handleAwsRequest } from "./core/handle-aws-request";
import { DEFAULT_MAX_BODY_BYTES, readRequestBody } from "./core/request-body";
import type { Wire } from "./core/service-protocols";
import { StatsCollector } from "./core/stats";
import type { ServiceDefinition, ServiceName } from "./core/types";

export const DEFAULT_SIMULATOR_HOST = "127.0.0.1";
export const DEFAULT_SIMULATOR_PORT = 4566;

export interface RequestLogEntry {
  method: string;
  path: string;
  /** `service.Operation`, when the request named one. */
  operation?: string;
  status: number;
  durationMs: number;
  accountId?: string;
  region?: string;
}

export interface SimulatorOptions {
  host?: string;
  /** 0 picks a free port (tests). */
  port?: number;
  services?: ServiceDefinition[];
  /** Initial fault rules (e.g. parsed from SIMULATOR_FAULTS). */
  faults?: FaultRule[];
  /** Seed for probabilistic faults. */
  faultSeed?: number;
  /** Clock handed to handlers as ctx.now and used for session expiry; tests pin or advance it. */
  now?: () => Date;
  /** [I] Refuse requests without SigV4 credentials (MissingAuthenticationToken), as AWS does. Default true. */
  requireAuth?: boolean;
  maxBodyBytes?: number;
  log?: (entry: RequestLogEntry) => void;
  /** Called with non-AWS exceptions thrown by handlers (answered as InternalFailure). Default: console.error. */
  onInternalError?: (error: unknown, operation: string) => void;
}

export interface Simulator {
  /** e.g. `http://127.0.0.1:4566`, ready to use as an SDK `endpoint`. */
  url: string;
  port: number;
  host: string;
  registerService(def: ServiceDefinition): void;
  faults: FaultInjector;
  stats: StatsCollector;
  close(): Promise<void>;
}

function urlHost(host: string): string {
  if (host === "0.0.0.0" || host === "::" || host === "") return "127.0.0.1";
  return host.includes(":") ? `[${host}]` : host;
}

function parseUrl(raw: string | undefined): URL {
  try {
    return new URL(raw ?? "/", "http://simulator.local");
  } catch {
    return new URL("/", "http://simulator.local");
  }
}

export async function createSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const host = options.host ?? DEFAULT_SIMULATOR_HOST;
  const now = options.now ?? (() => new Date());
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const services = new Map<ServiceName, ServiceDefinition>();
  for (const def of options.services ?? []) services.set(def.name, def);
  const faults = new FaultInjector(options.faults ?? [], options.faultSeed);
  const stats = new StatsCollector(now);
  const startedAt = new Date();
  const onInternalError =
    options.onInternalError ??
    ((error: unknown, operation: string) => console.error(`[simulator] ${operation} failed:`, error));

  // Injected latency must not keep a closing simulator (or a test run) alive.
  const sleepers = new Set<{ timer: NodeJS.Timeout; done: () => void }>();
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const entry = { timer: setTimeout(() => finish(), ms), done: () => finish() };
      function finish() {
        clearTimeout(entry.timer);
        sleepers.delete(entry);
        resolve();
      }
      sleepers.add(entry);
    });

  const pipelineDeps = {
    services,
    faults,
    stats,
    now,
    sleep,
    requireAuth: options.requireAuth ?? true,
    maxBodyBytes,
    onInternalError: (error: unknown, wire: Wire) =>
      onInternalError(error, `${wire.service.name}.${wire.operation}`),
  };
  const controlDeps = { faults, stats, services: () => [...services.keys()], startedAt };

  async function respond(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const started = performance.now();
    const url = parseUrl(req.url);
    const { body, tooLarge } = await readRequestBody(req, maxBodyBytes);
    const method = req.method ?? "GET";
    if (url.pathname.startsWith(CONTROL_PREFIX)) {
      const out = handleControlRequest(method, url.pathname, body, controlDeps);
      send(res, out.status, { "content-type": "application/json" }, JSON.stringify(out.body));
      return;
    }
    const result = await handleAwsRequest(
      { url, headers: req.headers, body, bodyTooLarge: tooLarge },
      pipelineDeps,
    );
    send(res, result.status, result.headers, result.body);
    options.log?.({
      method,
      path: url.pathname,
      operation: result.operation,
      status: result.status,
      durationMs: Math.round(performance.now() - started),
      accountId: result.accountId,
      region: result.region,
    });
  }

  const server = http.createServer((req, res) => {
    respond(req, res).catch((error: unknown) => {
      onInternalError(error, "(server)");
      send(
        res,
        500,
        { "content-type": "application/json" },
        '{"__type":"InternalFailure","message":"internal error"}',
      );
    });
  });
  // Longer than the SDK's idle sockets live, so a request never races an idle-timeout close.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.on("clientError", (_err, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? DEFAULT_SIMULATOR_PORT, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost(host)}:${port}`,
    port,
    host,
    registerService: (def) => void services.set(def.name, def),
    faults,
    stats,
    close() {
      closing ??= new Promise<void>((resolve) => {
        for (const service of services.values())
          void Promise.resolve(service.close?.()).catch(() => undefined);
        for (const s of [...sleepers]) s.done();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function send(
  res: http.ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: string | Uint8Array,
) {
  if (res.headersSent || res.destroyed) return;
  const payload = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  res.writeHead(status, { ...headers, "content-length": String(payload.byteLength) });
  res.end(payload);
}
