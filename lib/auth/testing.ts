import http from "node:http";
import type { AddressInfo } from "node:net";
import { createApiToken } from "./api-tokens";
import { authConfigFrom, setAuthConfigForTests, type AuthConfig } from "./config";
import { createGate } from "./gate";
import { CONTEXT_HEADER, decodeContext } from "./principal";
import type { Role, UserRole } from "./roles";
import { createDisplaySession, createUserSession, SESSION_COOKIE } from "./sessions";
import { createUser } from "./users";
import { parseEnv } from "@/lib/config/env";

// Test support: the real gate in a real HTTP server, in front of a stand-in for Next that answers 200 with
// the principal the gate passed on, so tests see exactly what reached the application.

export interface GateServer {
  url: string;
  config: AuthConfig;
  close(): Promise<void>;
}

export function testAuthConfig(env: Record<string, string> = {}): AuthConfig {
  return authConfigFrom(parseEnv({ WATCHWALL_PUBLIC_URL: "http://localhost:4400", ...env }), true);
}

export async function startGateServer(env: Record<string, string> = {}): Promise<GateServer> {
  const config = testAuthConfig(env);
  setAuthConfigForTests(config);
  const gate = createGate({ config });
  const server = http.createServer((req, res) => {
    void gate(req, res, (r, s) => {
      const context = decodeContext(r.headers[CONTEXT_HEADER] as string | undefined);
      s.setHeader("content-type", "application/json");
      s.end(
        JSON.stringify({
          reached: true,
          url: r.url,
          principal: context?.principal ?? null,
          address: context?.address,
          // What Next would read its script nonce from.
          csp: r.headers["content-security-policy"],
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    config,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

let counter = 0;

/** A real user with a real session; the cookie header to send. */
export async function sessionFor(role: UserRole): Promise<{ cookie: string; email: string; userId: string }> {
  counter += 1;
  const email = `${role}-${counter}-${Date.now()}@example.com`;
  const user = await createUser({ email, role, password: "correct horse battery staple" });
  const token = await createUserSession(user.id, { address: "127.0.0.1", userAgent: "test" });
  return { cookie: `${SESSION_COOKIE}=${token}`, email, userId: user.id };
}

export async function displayCookie(dashboards: string[], playlists: string[] = []): Promise<string> {
  const { token } = await createDisplaySession(
    "test screen",
    { dashboards, playlists },
    {
      address: "127.0.0.1",
      userAgent: "test",
    },
  );
  return `${SESSION_COOKIE}=${token}`;
}

export async function bearerFor(role: Role, scope?: { dashboards: string[] }): Promise<string> {
  const { token } = await createApiToken({
    name: `${role} token ${++counter}`,
    role,
    dashboards: scope?.dashboards,
  });
  return `Bearer ${token}`;
}
