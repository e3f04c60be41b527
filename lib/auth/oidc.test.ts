import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/config/env";
import { authConfigFrom } from "./config";
import { roleForGroups } from "./oidc";

describe("OIDC groups → role", () => {
  const oidc = authConfigFrom(
    parseEnv({
      WATCHWALL_OIDC_ISSUER: "https://idp.example.com",
      WATCHWALL_OIDC_CLIENT_ID: "watchwall",
      WATCHWALL_OIDC_ROLE_MAP: "ops=editor, platform-admins=admin,readers=viewer",
      WATCHWALL_OIDC_DEFAULT_ROLE: "none",
    }),
  ).oidc;

  it("takes the strongest role any group maps to", () => {
    if (!oidc) throw new Error("OIDC not configured");
    expect(roleForGroups(["readers", "ops"], oidc)).toBe("editor");
    expect(roleForGroups(["platform-admins", "readers"], oidc)).toBe("admin");
  });

  it("falls back to the default role, or to no access when the default is none", () => {
    if (!oidc) throw new Error("OIDC not configured");
    expect(roleForGroups(["unrelated"], oidc)).toBeNull();
    expect(roleForGroups([], { ...oidc, defaultRole: "viewer" })).toBe("viewer");
  });

  it("refuses a malformed role map at start, naming the variable", () => {
    expect(() => parseEnv({ WATCHWALL_OIDC_ROLE_MAP: "ops=root" })).toThrow(/WATCHWALL_OIDC_ROLE_MAP/);
    expect(() => parseEnv({ WATCHWALL_ALLOWED_ACCOUNT_IDS: "12345" })).toThrow(
      /WATCHWALL_ALLOWED_ACCOUNT_IDS/,
    );
    expect(() => parseEnv({ WATCHWALL_PROXY_TRUSTED_ADDRESSES: "everywhere" })).toThrow(
      /WATCHWALL_PROXY_TRUSTED_ADDRESSES/,
    );
  });
});
