import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, cspNonce } from "./security-headers";
import { testAuthConfig } from "./testing";
import { authConfigFrom } from "./config";
import { parseEnv } from "@/lib/config/env";

// The Content-Security-Policy builder: a nonce-based script policy with no 'unsafe-inline', and eval only in
// development.

function directive(csp: string, name: string): string {
  return csp.split("; ").find((d) => d.startsWith(`${name} `)) ?? "";
}

describe("Content-Security-Policy", () => {
  it("allows scripts by nonce and 'strict-dynamic' only, without 'unsafe-inline' or eval, in production", () => {
    const nonce = cspNonce();
    const csp = contentSecurityPolicy(testAuthConfig(), nonce);
    expect(directive(csp, "script-src")).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp).not.toContain("unsafe-eval");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
    expect(directive(csp, "base-uri")).toBe("base-uri 'self'");
  });

  it("adds 'unsafe-eval' for development's React refresh only", () => {
    const development = authConfigFrom(parseEnv({}), false);
    const script = directive(contentSecurityPolicy(development, "abc="), "script-src");
    expect(script).toContain("'unsafe-eval'");
    expect(script).not.toContain("unsafe-inline");
  });

  it("makes a fresh nonce each time, in the form Next reads back from the request header", () => {
    const nonces = new Set(Array.from({ length: 1000 }, cspNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
