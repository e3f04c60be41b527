import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import type { EventStreamStats } from "@/lib/contracts/events";
import { launcher } from "./launcher";

// Soak benchmark: a kiosk page in headless Chromium through N refreshes (default 10,000), driven by the
// server's event stream at a test-only fast interval (WATCHWALL_KIOSK_TEST_HOOKS). Prints the JS heap growth
// after warm-up (target ≤ 10 MB), DOM nodes before and after, and the server's open event streams and memory.
//
//   npx tsx lib/kiosk/bench/soak.ts [--refreshes 10000] [--warmup 500] [--interval-ms 20] [--port 4730]
//                                   [--max-minutes 120]
//
// Needs a production build (`npm start` or `next build` once); it serves it with WATCHWALL_SKIP_BUILD.

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

const REFRESHES = option("refreshes", 10_000);
const WARMUP = option("warmup", Math.min(500, Math.floor(REFRESHES / 10)));
const INTERVAL_MS = option("interval-ms", 20);
const PORT = option("port", 4730);
/** Stops early (and reports how many refreshes it reached) when the machine is too slow for the full count. */
const MAX_MINUTES = option("max-minutes", 120);
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ROOT = process.cwd();
const MB = 1024 * 1024;
const PROGRESS_MS = 30_000;

const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

async function serverStats(url: string, cookie: string): Promise<EventStreamStats> {
  return (await (await fetch(`${url}/api/events/stats`, { headers: { cookie } })).json()) as EventStreamStats;
}

const SOAK_ADMIN = { email: "admin@soak.watchwall.test", password: "soak-admin-password-1" };
let stopAll: () => Promise<void> = () => Promise.resolve();

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, ".next", "BUILD_ID")))
    throw new Error("no production build: run `npm start` (or `npx next build`) once first");
  const dataDir = path.join(ROOT, ".data", "kiosk-soak");
  fs.rmSync(dataDir, { recursive: true, force: true });
  const server = launcher({
    root: ROOT,
    port: PORT,
    dataDir,
    env: {
      WATCHWALL_KIOSK_TEST_HOOKS: "1",
      WATCHWALL_ADMIN_EMAIL: SOAK_ADMIN.email,
      WATCHWALL_ADMIN_PASSWORD: SOAK_ADMIN.password,
    },
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--enable-precise-memory-info",
      "--disable-background-networking",
    ],
  });
  stopAll = async () => {
    await browser.close().catch(() => undefined);
    await server.stop();
  };
  try {
    await server.start();
    // Sign in as the soak's admin; the screen uses that session.
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: "POST",
      headers: { origin: server.url, "content-type": "application/json" },
      body: JSON.stringify(SOAK_ADMIN),
    });
    if (login.status !== 204) throw new Error(`sign-in failed: ${login.status}`);
    const [cookieName = "", cookieValue = ""] =
      (login.headers.get("set-cookie") ?? "").split(";")[0]?.split("=") ?? [];
    const cookie = `${cookieName}=${cookieValue}`;
    const dashboards = (await (
      await fetch(`${server.url}/api/dashboards`, { headers: { cookie } })
    ).json()) as {
      dashboards: Array<{ id: string; name: string; widgetCount: number }>;
    };
    const dashboard = dashboards.dashboards.find((d) => d.name === "Fleet-Overview");
    if (!dashboard) throw new Error("the demo dashboard is missing");
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    await context.addCookies([{ name: cookieName, value: cookieValue, url: server.url }]);
    const page = await context.newPage();
    const cdp = await page.context().newCDPSession(page);
    const kioskUrl = `${server.url}/dashboards/${dashboard.id}?kiosk&refresh=10s&refreshMs=${INTERVAL_MS}`;
    console.log(`Soak: ${REFRESHES} refreshes (warm-up ${WARMUP}) of "${dashboard.name}" at ${kioskUrl}`);
    await page.goto(kioskUrl);
    // Count refreshes from the outside: each successful fetch stamps data-updated-at anew.
    await page.waitForSelector("[data-updated-at]:not([data-updated-at='0'])", { timeout: 120_000 });
    await page.evaluate(() => {
      const w = window as unknown as { __soakRefreshes: number };
      w.__soakRefreshes = 0;
      new MutationObserver((records) => {
        for (const r of records) if (r.attributeName === "data-updated-at") w.__soakRefreshes++;
      }).observe(document.body, { attributes: true, subtree: true, attributeFilter: ["data-updated-at"] });
    });
    const refreshes = () =>
      page.evaluate(() => (window as unknown as { __soakRefreshes: number }).__soakRefreshes);
    const measure = async () => {
      await cdp.send("HeapProfiler.collectGarbage");
      await cdp.send("HeapProfiler.collectGarbage");
      const heap = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number; totalSize: number };
      const dom = (await cdp.send("Memory.getDOMCounters")) as { nodes: number; jsEventListeners: number };
      return { heap: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
    };
    const deadline = Date.now() + MAX_MINUTES * 60_000;
    const waitFor = async (count: number) => {
      const started = Date.now();
      let lastLog = started;
      for (;;) {
        const done = await refreshes();
        if (done >= count || Date.now() > deadline) return;
        if (Date.now() - lastLog >= PROGRESS_MS) {
          lastLog = Date.now();
          const seconds = (lastLog - started) / 1000;
          console.log(`  ${done} / ${count} refreshes after ${seconds.toFixed(0)} s`);
        }
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    };

    const first = await measure();
    await waitFor(WARMUP);
    const warm = await measure();
    const serverWarm = await serverStats(server.url, cookie);
    const started = Date.now();
    await waitFor(REFRESHES);
    const seconds = (Date.now() - started) / 1000;
    const reached = await refreshes();
    const end = await measure();
    const serverEnd = await serverStats(server.url, cookie);
    const states = await page.$$eval('[data-testid="widget-state"]', (els) =>
      els.map((e) => e.getAttribute("data-state")),
    );
    await page.close();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const serverAfterClose = await serverStats(server.url, cookie);

    console.log("");
    const afterWarmup = reached - WARMUP;
    console.log(
      `Refreshes: ${reached} of ${REFRESHES}${reached < REFRESHES ? ` (stopped by --max-minutes ${MAX_MINUTES})` : ""}; ${afterWarmup} after warm-up in ${seconds.toFixed(0)} s (${(afterWarmup / seconds).toFixed(1)}/s)`,
    );
    console.log(
      `JS heap (after GC): start ${mb(first.heap)}, after warm-up ${mb(warm.heap)}, end ${mb(end.heap)}`,
    );
    console.log(`JS heap growth after warm-up: ${mb(end.heap - warm.heap)} (target ≤ 10 MB)`);
    console.log(`DOM nodes: start ${first.nodes}, after warm-up ${warm.nodes}, end ${end.nodes}`);
    console.log(`JS event listeners: after warm-up ${warm.listeners}, end ${end.listeners}`);
    console.log(`Widgets at the end: ${states.length} (${states.join(", ")})`);
    console.log(
      `Server: open event streams ${serverWarm.openStreams} during, ${serverEnd.openStreams} at the end, ${serverAfterClose.openStreams} after the page closed; schedules ${serverEnd.schedules} → ${serverAfterClose.schedules}`,
    );
    console.log(
      `Server memory: RSS ${mb(serverWarm.rssBytes)} → ${mb(serverEnd.rssBytes)}, heap used ${mb(serverWarm.heapUsedBytes)} → ${mb(serverEnd.heapUsedBytes)}`,
    );
  } finally {
    await browser.close();
    await server.stop();
  }
}

// Ctrl-C or a timeout: still stop the browser and the server (the finally blocks run on a normal exit path).
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (interrupted) process.exit(1);
    interrupted = true;
    console.error(`${signal}: stopping`);
    void stopAll().finally(() => process.exit(1));
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
