import { createApiToken, resolveApiToken } from "./api-tokens";
import { CONTEXT_HEADER, encodeContext, type Principal } from "./principal";

// Route handlers are called directly in tests with the context the gate would have signed in.

export function gatedRequest(
  path: string,
  init: {
    method?: string;
    body?: unknown;
    rawBody?: string;
    principal?: Principal | null;
    address?: string;
  } = {},
): Request {
  const headers = new Headers({
    [CONTEXT_HEADER]: encodeContext({
      principal: init.principal ?? null,
      address: init.address ?? "127.0.0.1",
    }),
    "content-type": "application/json",
    "user-agent": "vitest",
  });
  return new Request(`http://localhost:4400${path}`, {
    method: init.method ?? (init.body === undefined && init.rawBody === undefined ? "GET" : "POST"),
    headers,
    body: init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
}

export function adminPrincipal(userId: string, email = "admin@example.com"): Principal {
  return { kind: "user", id: userId, userId, name: email, role: "admin" };
}

export const VIEWER_PRINCIPAL: Principal = {
  kind: "user",
  id: "u-viewer",
  userId: "u-viewer",
  name: "v@example.com",
  role: "viewer",
};

/** A wall screen as its display token resolves: limited to `scope`'s dashboards and playlists. */
export async function displayTokenPrincipal(scope: {
  dashboards?: string[];
  playlists?: string[];
}): Promise<Principal> {
  const { token } = await createApiToken({ name: `wall ${Math.random()}`, role: "display", ...scope });
  const principal = await resolveApiToken(token);
  if (!principal?.scope) throw new Error("a display token resolves to a scoped principal");
  return principal;
}

/** An anonymous viewer as the gate builds it when WATCHWALL_ANONYMOUS_DASHBOARDS is set. */
export function anonymousPrincipal(dashboards: string[]): Principal {
  return {
    kind: "anonymous",
    id: null,
    name: "anonymous",
    role: "viewer",
    scope: { dashboards, playlists: [] },
  };
}
