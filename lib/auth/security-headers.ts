import type { AuthConfig } from "./config";

// Headers on every response. Next's production bundle needs no eval; its inline bootstrap scripts need
// 'unsafe-inline' (nonces would force every page to render dynamically). Development (React refresh) needs eval.

export function securityHeaders(config: AuthConfig): Record<string, string> {
  const script = config.production ? "'self' 'unsafe-inline'" : "'self' 'unsafe-inline' 'unsafe-eval'";
  const csp = [
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
  return {
    "content-security-policy": csp,
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "x-frame-options": config.frameAncestors.trim() === "'none'" ? "DENY" : "",
    "cross-origin-opener-policy": "same-origin",
    ...(config.secureCookies ? { "strict-transport-security": "max-age=31536000" } : {}),
  };
}
