import type { Server } from "node:http";
import Provider from "oidc-provider";

// A real OpenID Connect provider (the oidc-provider package) running inside the test process. Its built-in
// development login form accepts any login name; the account's groups claim is derived from the name:
// "…admin…" → wall-admins, "…editor…" → wall-editors, anything else → no group.

export interface TestOidcProvider {
  issuer: string;
  close(): Promise<void>;
}

export function groupsFor(login: string): string[] {
  if (login.includes("admin")) return ["wall-admins"];
  if (login.includes("editor")) return ["wall-editors"];
  return [];
}

export async function startOidcProvider(options: {
  port: number;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}): Promise<TestOidcProvider> {
  const issuer = `http://127.0.0.1:${options.port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    scopes: ["openid", "email", "profile", "groups"],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"], groups: ["groups"] },
    // Put the requested claims into the ID token, where openid-client reads them.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ["watchwall-e2e-oidc-cookie-key"] },
    findAccount: (_ctx, id) => ({
      accountId: id,
      claims: () => ({
        sub: id,
        email: `${id}@sso.watchwall.test`,
        email_verified: true,
        name: id,
        groups: groupsFor(id),
      }),
    }),
  });
  const server: Server = await new Promise((resolve) => {
    const s = provider.listen(options.port, "127.0.0.1", () => resolve(s));
  });
  return {
    issuer,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
