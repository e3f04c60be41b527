import os from "node:os";
import { parseEnv, type Env } from "@/lib/config/env";
import type { UserRole } from "./roles";

// Authentication settings, read once from the validated environment (lib/config/env.ts).

export interface AuthConfig {
  publicUrl: URL | null;
  /** Host names (without port) that may appear in the Host header; IP literals are always accepted. */
  allowedHosts: Set<string>;
  secureCookies: boolean;
  sessionIdleMs: number;
  sessionMaxMs: number;
  oidc: {
    issuer: string;
    clientId: string;
    clientSecret?: string;
    groupsClaim: string;
    roleMap: Map<string, UserRole>;
    defaultRole: UserRole | null;
    scopes: string;
  } | null;
  proxy: {
    userHeader: string;
    roleHeader?: string;
    trusted: string[];
    defaultRole: UserRole;
  } | null;
  anonymousDashboards: string[] | null;
  frameAncestors: string;
  allowedAccountIds: string[] | null;
  production: boolean;
}

export function authConfigFrom(env: Env, production = process.env.NODE_ENV === "production"): AuthConfig {
  const publicUrl = env.WATCHWALL_PUBLIC_URL ? new URL(env.WATCHWALL_PUBLIC_URL) : null;
  const allowedHosts = new Set(["localhost", os.hostname().toLowerCase()]);
  if (publicUrl) allowedHosts.add(publicUrl.hostname.toLowerCase());
  for (const host of env.WATCHWALL_ALLOWED_HOSTS ?? []) allowedHosts.add(host.toLowerCase());
  const roleMap = new Map<string, UserRole>();
  for (const pair of env.WATCHWALL_OIDC_ROLE_MAP?.split(",") ?? []) {
    const [group, role] = pair.split("=").map((s) => s.trim());
    if (group && (role === "viewer" || role === "editor" || role === "admin")) roleMap.set(group, role);
  }
  return {
    publicUrl,
    allowedHosts,
    secureCookies: publicUrl?.protocol === "https:",
    sessionIdleMs: env.WATCHWALL_SESSION_IDLE_HOURS * 3_600_000,
    sessionMaxMs: env.WATCHWALL_SESSION_MAX_DAYS * 86_400_000,
    oidc:
      env.WATCHWALL_OIDC_ISSUER && env.WATCHWALL_OIDC_CLIENT_ID
        ? {
            issuer: env.WATCHWALL_OIDC_ISSUER,
            clientId: env.WATCHWALL_OIDC_CLIENT_ID,
            clientSecret: env.WATCHWALL_OIDC_CLIENT_SECRET,
            groupsClaim: env.WATCHWALL_OIDC_GROUPS_CLAIM,
            roleMap,
            defaultRole: env.WATCHWALL_OIDC_DEFAULT_ROLE === "none" ? null : env.WATCHWALL_OIDC_DEFAULT_ROLE,
            scopes: env.WATCHWALL_OIDC_SCOPES,
          }
        : null,
    proxy:
      env.WATCHWALL_PROXY_USER_HEADER && env.WATCHWALL_PROXY_TRUSTED_ADDRESSES
        ? {
            userHeader: env.WATCHWALL_PROXY_USER_HEADER.toLowerCase(),
            roleHeader: env.WATCHWALL_PROXY_ROLE_HEADER?.toLowerCase(),
            trusted: env.WATCHWALL_PROXY_TRUSTED_ADDRESSES,
            defaultRole: env.WATCHWALL_PROXY_DEFAULT_ROLE,
          }
        : null,
    anonymousDashboards: env.WATCHWALL_ANONYMOUS_DASHBOARDS?.length
      ? env.WATCHWALL_ANONYMOUS_DASHBOARDS
      : null,
    frameAncestors: env.WATCHWALL_FRAME_ANCESTORS,
    allowedAccountIds: env.WATCHWALL_ALLOWED_ACCOUNT_IDS ?? null,
    production,
  };
}

const KEY = Symbol.for("watchwall.auth.config");

/** The process's auth configuration (shared by the launcher and Next's bundles through globalThis). */
export function authConfig(): AuthConfig {
  const holder = globalThis as { [KEY]?: AuthConfig };
  holder[KEY] ??= authConfigFrom(parseEnv());
  return holder[KEY];
}

export function setAuthConfigForTests(config: AuthConfig | undefined): void {
  (globalThis as { [KEY]?: AuthConfig })[KEY] = config;
}
