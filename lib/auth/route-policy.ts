import type { Role } from "./roles";

// THE policy table: every page and API route, per method, with the weakest role allowed to call it. The gate
// (lib/auth/gate.ts) consults it for every request; a path or method that is not listed is refused
// (default-deny), and lib/auth/route-policy.test.ts fails when a route file under app/ has no entry.
//
// Adding a route: add a line here. Patterns use the app/ folder names: [id] matches one segment,
// [...rest] one or more. HEAD follows GET.

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface Rule {
  /** "public": anyone, signed in or not. Otherwise the weakest role allowed. */
  min: Role | "public";
  /** Display principals (wall screens, anonymous viewers) may call it: true, or only for the dashboard or
   *  playlist named by the path's [id]. */
  display?: true | "dashboard" | "playlist";
  /** Only with an API token (Authorization: Bearer), never with a browser session: /metrics. */
  bearerOnly?: true;
}

export interface PolicyEntry {
  path: string;
  kind: "page" | "api" | "asset";
  methods: Partial<Record<Method, Rule>>;
}

const PUBLIC: Rule = { min: "public" };
const VIEWER: Rule = { min: "viewer" };
const VIEWER_AND_DISPLAY: Rule = { min: "viewer", display: true };
const EDITOR: Rule = { min: "editor" };
const ADMIN: Rule = { min: "admin" };

const page = (path: string, rule: Rule): PolicyEntry => ({ path, kind: "page", methods: { GET: rule } });
const api = (path: string, methods: PolicyEntry["methods"]): PolicyEntry => ({ path, kind: "api", methods });

export const routePolicy: readonly PolicyEntry[] = [
  // Static files and the ways in.
  { path: "/_next/static/[...file]", kind: "asset", methods: { GET: PUBLIC } },
  { path: "/icon.svg", kind: "asset", methods: { GET: PUBLIC } },
  { path: "/favicon.ico", kind: "asset", methods: { GET: PUBLIC } },
  page("/login", PUBLIC),
  page("/setup", PUBLIC),
  page("/pair", PUBLIC),
  api("/api/health", { GET: PUBLIC }),
  api("/api/auth/login", { POST: PUBLIC }),
  api("/api/auth/logout", { POST: PUBLIC }),
  api("/api/auth/me", { GET: PUBLIC }),
  api("/api/auth/setup", { POST: PUBLIC }),
  api("/api/auth/pair", { POST: PUBLIC }),
  api("/api/auth/oidc/start", { GET: PUBLIC }),
  api("/api/auth/oidc/callback", { GET: PUBLIC }),
  api("/api/auth/password", { POST: VIEWER }),
  api("/api/auth/logout-everywhere", { POST: VIEWER }),

  // Pages.
  page("/", VIEWER),
  page("/dashboards", VIEWER),
  page("/dashboards/[id]", { min: "viewer", display: "dashboard" }),
  page("/explore", VIEWER),
  page("/health", VIEWER),
  page("/logs", VIEWER),
  page("/alarms", VIEWER),
  page("/alarms/detail", VIEWER),
  page("/playlists", VIEWER),
  page("/playlists/[id]", { min: "viewer", display: "playlist" }),
  page("/account", VIEWER),
  page("/settings", ADMIN),
  page("/admin", ADMIN),
  page("/admin/audit", ADMIN),

  // Authentication administration.
  api("/api/users", { GET: ADMIN, POST: ADMIN }),
  api("/api/users/[id]", { GET: ADMIN, PATCH: ADMIN, DELETE: ADMIN }),
  api("/api/tokens", { GET: ADMIN, POST: ADMIN }),
  api("/api/tokens/[id]", { DELETE: ADMIN }),
  api("/api/displays", { GET: ADMIN }),
  api("/api/displays/[id]", { DELETE: ADMIN }),
  api("/api/displays/pairing-codes", { POST: ADMIN }),
  api("/api/audit", { GET: ADMIN }),

  // AWS accounts: anyone may see the (credential-free) list to pick an account; only Admins change them.
  api("/api/accounts", { GET: VIEWER, POST: ADMIN }),
  api("/api/accounts/[id]", { PUT: ADMIN, DELETE: ADMIN }),
  api("/api/accounts/[id]/test", { POST: ADMIN }),
  api("/api/accounts/[id]/cloudwatch-dashboards", { GET: EDITOR }),

  // Dashboards.
  api("/api/dashboards", { GET: VIEWER, POST: EDITOR }),
  api("/api/dashboards/import", { POST: EDITOR }),
  api("/api/dashboards/import-from-cloudwatch", { POST: EDITOR }),
  api("/api/dashboards/[id]", {
    GET: { min: "viewer", display: "dashboard" },
    PUT: EDITOR,
    PATCH: EDITOR,
    DELETE: EDITOR,
  }),
  api("/api/dashboards/[id]/duplicate", { POST: EDITOR }),
  api("/api/dashboards/[id]/export", { GET: VIEWER }),
  api("/api/dashboards/[id]/undelete", { POST: EDITOR }),
  api("/api/dashboards/[id]/versions", { GET: VIEWER }),
  api("/api/dashboards/[id]/versions/[version]/restore", { POST: EDITOR }),
  api("/api/dashboards/[id]/cost", { GET: VIEWER, POST: EDITOR }),

  // Data behind widgets: wall screens need these to draw their dashboards.
  api("/api/metrics/catalog", { GET: VIEWER }),
  api("/api/metrics/query", { POST: VIEWER_AND_DISPLAY }),
  api("/api/metrics/variable-values", { GET: VIEWER_AND_DISPLAY }),
  api("/api/logs/groups", { GET: VIEWER }),
  api("/api/logs/fields", { GET: VIEWER }),
  api("/api/logs/queries", { POST: VIEWER_AND_DISPLAY }),
  api("/api/logs/queries/[id]", { GET: VIEWER_AND_DISPLAY, DELETE: VIEWER_AND_DISPLAY }),
  api("/api/logs/history", { GET: VIEWER }),
  api("/api/logs/saved-queries", { GET: VIEWER, POST: EDITOR }),
  api("/api/logs/saved-queries/[id]", { GET: VIEWER, PUT: EDITOR, PATCH: EDITOR, DELETE: EDITOR }),
  api("/api/alarms", { GET: VIEWER_AND_DISPLAY }),
  // Wall screens: only alarms their dashboard's metric widgets annotate (lib/scoped-access/widgets.ts).
  api("/api/alarms/detail", { GET: VIEWER_AND_DISPLAY }),
  // Counts across every account: not for wall screens or anonymous viewers (their dashboards are their scope).
  api("/api/alarms/summary", { GET: VIEWER }),
  api("/api/aws-health/events", { GET: VIEWER_AND_DISPLAY }),
  api("/api/aws-health/events/detail", { GET: VIEWER }),
  api("/api/playlists", { GET: VIEWER, POST: EDITOR }),
  api("/api/playlists/[id]", {
    GET: { min: "viewer", display: "playlist" },
    PUT: EDITOR,
    PATCH: EDITOR,
    DELETE: EDITOR,
  }),
  api("/api/events", { GET: VIEWER_AND_DISPLAY }),
  api("/api/events/stats", { GET: ADMIN }),
  api("/api/build", { GET: VIEWER_AND_DISPLAY }),
  { path: "/metrics", kind: "api", methods: { GET: { min: "viewer", bearerOnly: true } } },
];

export interface Match {
  entry: PolicyEntry;
  params: Record<string, string>;
}

type Segment = { kind: "static"; value: string } | { kind: "param" | "rest"; name: string };

function parsePattern(path: string): Segment[] {
  return path
    .split("/")
    .filter(Boolean)
    .map((part) => {
      const rest = /^\[\.\.\.(\w+)\]$/.exec(part);
      if (rest?.[1]) return { kind: "rest", name: rest[1] };
      const param = /^\[(\w+)\]$/.exec(part);
      if (param?.[1]) return { kind: "param", name: param[1] };
      return { kind: "static", value: part };
    });
}

const compiled = routePolicy.map((entry) => ({ entry, segments: parsePattern(entry.path) }));

function matchSegments(segments: Segment[], parts: string[]): Record<string, string> | null {
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (!segment) return null;
    if (segment.kind === "rest") {
      if (i >= parts.length) return null;
      params[segment.name] = parts.slice(i).join("/");
      return params;
    }
    const part = parts[i];
    if (part === undefined) return null;
    if (segment.kind === "static") {
      if (segment.value !== part) return null;
    } else params[segment.name] = part;
  }
  return segments.length === parts.length ? params : null;
}

/** Static segments beat [param] beat [...rest], position by position, as in Next's router. */
function specificity(segments: Segment[]): number[] {
  return segments.map((s) => (s.kind === "static" ? 3 : s.kind === "param" ? 2 : 1));
}

function moreSpecific(a: number[], b: number[]): boolean {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return false;
}

/** The policy entry for a decoded path split into segments, or null when none (refused). */
export function matchRoute(parts: string[]): Match | null {
  let best: { match: Match; rank: number[] } | null = null;
  for (const { entry, segments } of compiled) {
    const params = matchSegments(segments, parts);
    if (!params) continue;
    const rank = specificity(segments);
    if (!best || moreSpecific(rank, best.rank)) best = { match: { entry, params }, rank };
  }
  return best?.match ?? null;
}

export function ruleFor(entry: PolicyEntry, method: string): Rule | null {
  const m = method === "HEAD" ? "GET" : method;
  return (entry.methods as Record<string, Rule | undefined>)[m] ?? null;
}
