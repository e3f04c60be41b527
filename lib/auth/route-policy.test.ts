import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withMigratedDatabase } from "@/lib/testing/database";
import { UNROUTED_PAGE_PATH } from "./gate";
import { matchRoute, routePolicy, ruleFor, type Rule } from "./route-policy";
import type { Role } from "./roles";
import { bearerFor, displayCookie, sessionFor, startGateServer, type GateServer } from "./testing";

// Every page and route handler under app/, every method it exports: an anonymous caller is refused (401
// JSON for APIs, a redirect to /login for pages), too weak a role gets 403, the weakest allowed role gets
// through. A route added without a line in route-policy.ts fails here.

withMigratedDatabase();

const APP = path.resolve(import.meta.dirname, "../../app");
const SAMPLE_ID = "00000000-0000-4000-8000-000000000001";
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

interface RouteFile {
  file: string;
  url: string;
  kind: "page" | "api" | "asset";
  methods: string[];
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

function urlOf(relativeDir: string): string {
  const parts = relativeDir
    .split(path.sep)
    .filter((p) => p && !/^\(.*\)$/.test(p))
    .map((p) => (/^\[\.\.\..+\]$/.test(p) ? "a/b" : /^\[.+\]$/.test(p) ? SAMPLE_ID : p));
  return `/${parts.join("/")}`;
}

function routeFiles(): RouteFile[] {
  const files: RouteFile[] = [];
  for (const file of walk(APP)) {
    const relative = path.relative(APP, file);
    const name = path.basename(file);
    const dir = path.dirname(relative) === "." ? "" : path.dirname(relative);
    if (/^page\.(tsx|ts|jsx|js)$/.test(name))
      files.push({ file: relative, url: urlOf(dir), kind: "page", methods: ["GET"] });
    else if (/^route\.(ts|js)$/.test(name)) {
      const source = fs.readFileSync(file, "utf8");
      const methods = METHODS.filter((m) =>
        new RegExp(`export\\s+(const|async\\s+function|function)\\s+${m}\\b`).test(source),
      );
      files.push({ file: relative, url: urlOf(dir), kind: "api", methods });
    } else if (/^(icon|apple-icon|favicon|opengraph-image|twitter-image)\.\w+$/.test(name))
      files.push({ file: relative, url: urlOf(path.join(dir, name)), kind: "asset", methods: ["GET"] });
  }
  return files;
}

const WEAKER: Record<Exclude<Rule["min"], "public">, Role | null> = {
  display: null,
  viewer: "display",
  editor: "viewer",
  admin: "editor",
};

let server: GateServer;
const cookies: Partial<Record<Role, string>> = {};

beforeAll(async () => {
  server = await startGateServer();
  for (const role of ["viewer", "editor", "admin"] as const) cookies[role] = (await sessionFor(role)).cookie;
  // A screen allowed nothing in particular: "display" routes scoped to an [id] refuse it too.
  cookies.display = await displayCookie(["some-other-dashboard"], ["some-other-playlist"]);
});
afterAll(() => server.close());

async function call(url: string, method: string, cookie?: string, authorization?: string) {
  const headers: Record<string, string> = { origin: server.url };
  if (cookie) headers.cookie = cookie;
  if (authorization) headers.authorization = authorization;
  if (method !== "GET" && method !== "DELETE") headers["content-type"] = "application/json";
  const response = await fetch(`${server.url}${url}`, {
    method,
    headers,
    body: method === "GET" || method === "DELETE" ? undefined : "{}",
    redirect: "manual",
  });
  return { status: response.status, location: response.headers.get("location"), body: await response.text() };
}

const files = routeFiles();

describe("route enumeration", () => {
  it("finds the app's routes (the walk itself works)", () => {
    expect(files.map((f) => f.url)).toEqual(expect.arrayContaining(["/", "/api/health", "/api/dashboards"]));
    expect(files.length).toBeGreaterThan(20);
  });

  it("has no policy line for a route that does not exist (a stale line hides a typo or a removed route)", () => {
    const served = new Set(files.map((f) => `${f.kind} ${f.url}`));
    const stale = routePolicy
      .filter((entry) => entry.kind !== "asset")
      .map((entry) => `${entry.kind} ${urlOf(entry.path.split("/").join(path.sep))}`)
      .filter((key) => !served.has(key));
    expect(stale).toEqual([]);
  });

  for (const route of files) {
    for (const method of route.methods) {
      describe(`${method} ${route.url} (app/${route.file})`, () => {
        const match = matchRoute(route.url.split("/").filter(Boolean));
        const rule = match ? ruleFor(match.entry, method) : null;

        it("has an entry in lib/auth/route-policy.ts", () => {
          expect(rule, `add ${method} ${route.url} to lib/auth/route-policy.ts`).not.toBeNull();
        });
        if (!rule || rule.min === "public") return;

        it("refuses an anonymous caller", async () => {
          const result = await call(route.url, method);
          expect(result.body).not.toContain('"reached":true');
          if (route.kind === "page") {
            expect(result.status).toBe(303);
            expect(result.location).toMatch(/^\/login\?next=/);
          } else {
            expect(result.status).toBe(401);
            expect(JSON.parse(result.body)).toMatchObject({ error: { code: expect.any(String) } });
          }
        });

        // Routes open to wall screens have no weaker role; scoped ones refuse a screen without that [id].
        const weaker = rule.display === true ? null : WEAKER[rule.min];
        if (weaker) {
          it(`refuses too weak a role (${weaker})`, async () => {
            const result = await call(route.url, method, cookies[weaker]);
            expect(result.body).not.toContain('"reached":true');
            expect(result.status).toBe(rule.bearerOnly ? 401 : 403);
          });
        }

        it(`lets the weakest allowed role (${rule.min}) through`, async () => {
          const authorization = rule.bearerOnly ? await bearerFor(rule.min as Role) : undefined;
          const result = await call(
            route.url,
            method,
            rule.bearerOnly ? undefined : cookies[rule.min as Role],
            authorization,
          );
          expect(result.status).toBe(200);
          expect(result.body).toContain('"reached":true');
        });

        if (rule.display === "dashboard" || rule.display === "playlist") {
          it(`lets a display scoped to that ${rule.display} through`, async () => {
            const cookie =
              rule.display === "dashboard"
                ? await displayCookie([SAMPLE_ID])
                : await displayCookie([], [SAMPLE_ID]);
            const result = await call(route.url, method, cookie);
            expect(result.status).toBe(200);
          });
        }
      });
    }
  }
});

describe("unlisted paths are refused (default-deny)", () => {
  it("answers 401 to anonymous and 404 to a signed-in admin, never reaching the app", async () => {
    const anonymous = await call("/api/not-a-route", "GET");
    expect(anonymous.status).toBe(401);
    const admin = await call("/api/not-a-route", "GET", cookies.admin);
    expect(admin.status).toBe(404);
    expect(admin.body).not.toContain("reached");
  });

  it("sends a signed-in person's unknown page to the app's 404 page (a path no route serves), never elsewhere", async () => {
    const anonymous = await call("/no-such-page", "GET");
    expect(anonymous.status).toBe(303);
    const viewer = await call("/no-such-page", "GET", cookies.viewer);
    expect(JSON.parse(viewer.body)).toMatchObject({ reached: true, url: UNROUTED_PAGE_PATH });
    expect(files.map((f) => f.url)).not.toContain(UNROUTED_PAGE_PATH);
    expect(matchRoute(UNROUTED_PAGE_PATH.split("/").filter(Boolean))).toBeNull();
  });

  it("refuses a method the table does not list (server actions on pages, OPTIONS)", async () => {
    const post = await call("/dashboards", "POST", cookies.admin);
    expect(post.status).toBe(405);
    const options = await call("/api/dashboards", "OPTIONS", cookies.admin);
    expect(options.status).toBe(405);
  });

  it("decodes paths the way the router does, so encoding cannot dodge the table", async () => {
    const encoded = await call("/api/%75sers", "GET", cookies.viewer);
    expect(encoded.status).toBe(403);
    const doubled = await call("//api//users/", "GET", cookies.viewer);
    expect(doubled.status).toBe(403);
    const traversal = await call("/api/dashboards/..%2Fusers", "GET", cookies.admin);
    expect(traversal.status).toBe(400);
  });
});
