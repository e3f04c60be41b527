import crypto from "node:crypto";
import type { AuthConfig } from "./config";

// Headers on every response, set by the gate (lib/auth/gate.ts) — the one place; next.config sets none.
//
// Scripts: a fresh nonce per response plus 'strict-dynamic', never 'unsafe-inline'. The gate also puts the
// policy on the *request* before Next sees it: Next reads the nonce from the request's
// Content-Security-Policy header and puts it on its own inline bootstrap scripts and script tags, and
// 'strict-dynamic' lets the chunks those scripts load run. A nonce only works on HTML rendered for this
// request, so every page renders dynamically (app/layout.tsx). Production needs no eval; development's React
// refresh does, so only development gets 'unsafe-eval'.
//
// Styles keep 'unsafe-inline': React renders style="…" attributes (chart sizes, grid positions) and the
// query editor (CodeMirror) injects <style> elements at run time, neither of which can carry a nonce. An
// injected style cannot run script, so this is the weaker hole the CSP spec expects apps to leave.

/** 128 random bits, base64: what Next's nonce parser accepts ('nonce-[A-Za-z0-9+/_-]+={0,2}'). */
export function cspNonce(): string {
  return crypto.randomBytes(16).toString("base64");
}

export function contentSecurityPolicy(config: AuthConfig, nonce: string): string {
  const script = `'self' 'nonce-${nonce}' 'strict-dynamic'${config.production ? "" : " 'unsafe-eval'"}`;
  return [
    "default-src 'self'",
    `script-src ${script}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${config.production ? "" : " ws: wss:"}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${config.frameAncestors}`,
  ].join("; ");
}

/** The headers that are the same on every response (the CSP, which is not, comes from contentSecurityPolicy). */
export function securityHeaders(config: AuthConfig): Record<string, string> {
  return {
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "x-frame-options": config.frameAncestors.trim() === "'none'" ? "DENY" : "",
    "cross-origin-opener-policy": "same-origin",
    ...(config.secureCookies ? { "strict-transport-security": "max-age=31536000" } : {}),
  };
}
