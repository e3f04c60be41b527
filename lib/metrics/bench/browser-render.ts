import { chromium, type Browser } from "@playwright/test";
import { sessionCookie } from "./session";

// Time to a fully drawn dashboard in headless Chromium: from starting the navigation until the page is live
// (React runs it: data-live="true"), every widget's state marker (data-testid="widget-state") has left
// "loading", no chart waits for its code (data-testid="chart-loading") and every chart has its SVG, the
// moment a viewer sees the whole wall. The server's HTML carries the first data but draws no chart, so a
// widget that reads "ready" in the HTML alone does not count.

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"];
/** [I] A wall display's viewport. */
const VIEWPORT = { width: 1600, height: 1000 };
const RENDER_TIMEOUT_MS = 90_000;
const POLL_MS = 20;
const METRICS_PATH = "/api/metrics/query";

export interface RenderTiming {
  ms: number;
  /** When the last metrics answer had arrived (or the page, when the data came with it); the rest of `ms`
   *  is the page drawing the widgets. */
  dataMs: number;
  /** The browser sent no metrics request before the wall was drawn: the first data came with the page. */
  dataWithPage: boolean;
  widgets: number;
  /** Widgets per final state (ready, partial, empty, error). */
  states: Record<string, number>;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** Each load in a fresh context: nothing cached in the page, as when a new viewer opens the link. */
export async function timeDashboardRender(
  browser: Browser,
  url: string,
  expectedWidgets: number,
): Promise<RenderTiming> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addCookies(sessionCookie(new URL(url).origin));
  try {
    const page = await context.newPage();
    const started = performance.now();
    let dataMs = Number.NaN;
    let pageMs = Number.NaN;
    const pagePath = new URL(url).pathname;
    page.on("requestfinished", (request) => {
      const path = new URL(request.url()).pathname;
      if (path === METRICS_PATH) dataMs = performance.now() - started;
      else if (path === pagePath && Number.isNaN(pageMs)) pageMs = performance.now() - started;
    });
    await page.goto(url, { waitUntil: "commit", timeout: RENDER_TIMEOUT_MS });
    await page.waitForFunction(
      (count: number) => {
        if (!document.querySelector('[data-live="true"]')) return false;
        const markers = document.querySelectorAll('[data-testid="widget-state"]');
        if (markers.length < count) return false;
        // A chart whose code is still downloading, or whose SVG is not drawn yet, is not drawn.
        if (document.querySelector('[data-testid="chart-loading"]')) return false;
        if ([...document.querySelectorAll(".recharts-wrapper")].some((w) => !w.querySelector("svg")))
          return false;
        return [...markers].every((m) => m.getAttribute("data-state") !== "loading");
      },
      expectedWidgets,
      { polling: POLL_MS, timeout: RENDER_TIMEOUT_MS },
    );
    const ms = performance.now() - started;
    const states = await page.$$eval('[data-testid="widget-state"]', (markers) =>
      markers.map((m) => m.getAttribute("data-state") ?? "unknown"),
    );
    const counts: Record<string, number> = {};
    for (const state of states) counts[state] = (counts[state] ?? 0) + 1;
    const dataWithPage = Number.isNaN(dataMs);
    return {
      ms,
      dataMs: dataWithPage ? pageMs : dataMs,
      dataWithPage,
      widgets: states.length,
      states: counts,
    };
  } finally {
    await context.close();
  }
}

export interface FirstScreenTiming {
  /** Navigation until every widget the viewport shows has left "loading". */
  ms: number;
  /** Widgets in the viewport at that moment. */
  onScreen: number;
  /** Widgets mounted (drawn or loading) anywhere on the page then; the rest are placeholders. */
  mounted: number;
  /** Placeholders (widgets not mounted) then. */
  placeholders: number;
  /** Metrics requests sent by then. */
  requests: number;
}

// The page functions below bind no local functions to names: tsx compiles those with a `__name` helper that
// does not exist in the page, and the page's CSP forbids passing them as strings instead.

/** True once the page is live and every widget cell in the viewport is mounted, out of "loading" and drawn. */
function firstScreenDrawn(): boolean {
  if (!document.querySelector('[data-live="true"]')) return false;
  const charts = [...document.querySelectorAll(".recharts-wrapper")].filter((e) => {
    const r = e.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  });
  if (charts.some((w) => !w.querySelector("svg"))) return false;
  const near = [
    ...document.querySelectorAll(
      '[data-testid="widget-state"], [data-testid="widget-placeholder"], [data-testid="chart-loading"]',
    ),
  ].filter((e) => {
    const r = e.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight && r.height > 0;
  });
  if (!near.some((e) => e.getAttribute("data-testid") === "widget-state")) return false;
  return near.every(
    (e) => e.getAttribute("data-testid") === "widget-state" && e.getAttribute("data-state") !== "loading",
  );
}

function firstScreenCounts() {
  const markers = [...document.querySelectorAll('[data-testid="widget-state"]')];
  return {
    onScreen: markers.filter((e) => {
      const r = e.getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight && r.height > 0;
    }).length,
    mounted: markers.length,
    placeholders: document.querySelectorAll('[data-testid="widget-placeholder"]').length,
  };
}

/**
 * Time to the first screenful of a large dashboard: from navigation until every widget cell that
 * intersects the viewport holds a widget whose state has left "loading" (a placeholder in view counts as not
 * drawn). Nothing is scrolled.
 */
export async function timeFirstScreen(browser: Browser, url: string): Promise<FirstScreenTiming> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addCookies(sessionCookie(new URL(url).origin));
  try {
    const page = await context.newPage();
    const started = performance.now();
    let requests = 0;
    page.on("request", (request) => {
      if (new URL(request.url()).pathname === METRICS_PATH) requests++;
    });
    await page.goto(url, { waitUntil: "commit", timeout: RENDER_TIMEOUT_MS });
    await page.waitForFunction(firstScreenDrawn, undefined, {
      polling: POLL_MS,
      timeout: RENDER_TIMEOUT_MS,
    });
    const ms = performance.now() - started;
    const counts = await page.evaluate(firstScreenCounts);
    return { ms, requests, ...counts };
  } finally {
    await context.close();
  }
}
