import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { launcher } from "../lib/kiosk/bench/launcher";
import { DEMO_DASHBOARDS } from "./fixtures";
import { dashboardNamed, demoDashboards, KioskScreen, PlaylistScreen } from "./pages/kiosk";

// Wall displays: kiosk mode, fit to screen, stale data under throttling, pushed refresh and playlists, against
// the production build with the built-in AWS simulator.

const SIMULATOR = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3210) + 2}`;
const FLEET = DEMO_DASHBOARDS.fleet;
const STAGING = "222222222222";
const RECONNECT_ADMIN = { email: "admin@reconnect.e2e.test", password: "reconnect-admin-password-1" };
const PRODUCTION = "111111111111";

test("?kiosk hides navigation, toolbar and editing; Escape leaves kiosk mode", async ({ page, request }) => {
  const kiosk = new KioskScreen(page);
  const fleet = await dashboardNamed(request, FLEET);
  await kiosk.open(`/dashboards/${fleet.id}?kiosk`);
  await kiosk.settled();
  await expect(kiosk.nav).toBeHidden();
  await expect(page.getByRole("button", { name: "Edit" })).toHaveCount(0);
  // The dashboard's own title is hidden (a Markdown widget may still have headings of its own).
  await expect(page.getByRole("heading", { level: 1, name: fleet.name, exact: true })).toHaveCount(0);
  await expect(page.getByTestId("kiosk-clock")).toHaveText(/^\d\d:\d\d:\d\d$/);
  await expect(kiosk.updated).toHaveText(/^updated \d\d:\d\d:\d\d$/);
  // Every widget knows the age of its data.
  await expect(page.locator("[data-fetched-at]").first()).toHaveAttribute("data-fetched-at", /^\d{13}$/);

  await page.keyboard.press("Escape");
  await expect(kiosk.nav).toBeVisible();
  await expect(kiosk.root).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`/dashboards/${fleet.id}$`));
  await expect(page.getByRole("button", { name: "Edit" })).toBeVisible();
});

for (const size of [
  { width: 1920, height: 1080, scale: 1 },
  { width: 3840, height: 2160, scale: 2 },
]) {
  test(`fit to screen at ${size.width}×${size.height}: no scrollbars, readable text`, async ({
    page,
    request,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    const kiosk = new KioskScreen(page);
    for (const dashboard of await demoDashboards(request)) {
      await kiosk.open(`/dashboards/${dashboard.id}?kiosk`);
      await kiosk.settled();
      const facts = await kiosk.layoutFacts();
      expect(facts.scale, dashboard.name).toBe(size.scale);
      expect(facts.widgets, dashboard.name).toBeGreaterThan(0);
      expect(facts.scrollHeight, dashboard.name).toBeLessThanOrEqual(facts.innerHeight);
      expect(facts.scrollWidth, dashboard.name).toBeLessThanOrEqual(facts.innerWidth);
      expect(facts.widgetsBottom, dashboard.name).toBeLessThanOrEqual(facts.innerHeight);
      if (size.width >= 3840) {
        expect(facts.minTextPx, `${dashboard.name}: "${facts.minText}"`).toBeGreaterThanOrEqual(16);
      }
    }
  });
}

test("a widget whose account is throttled keeps its data with a stale badge; the others stay fresh", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const cpu = (id: string, account: string, asg: string) => ({
    type: "line",
    id,
    title: `CPU ${id}`,
    position: { x: id === "stg" ? 0 : 12, y: 0, w: 12, h: 8 },
    region: "us-east-1",
    accountId: account,
    metrics: [
      {
        kind: "metric",
        id: "m",
        namespace: "AWS/EC2",
        metricName: "CPUUtilization",
        dimensions: [{ name: "AutoScalingGroupName", value: asg }],
        stat: "Average",
        visible: true,
      },
    ],
  });
  const created = await request.post("/api/dashboards", {
    data: {
      name: "Kiosk stale test",
      tags: [],
      document: {
        schemaVersion: 2,
        defaultAccountId: PRODUCTION,
        defaultRegion: "us-east-1",
        defaultRange: { type: "relative", duration: "PT1H" },
        defaultRefresh: "10s",
        variables: [],
        widgets: [cpu("stg", STAGING, "staging-web-asg"), cpu("prod", PRODUCTION, "production-web-asg")],
        kiosk: { controls: ["time-range"], fit: "screen" },
      },
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const kiosk = new KioskScreen(page);
  await kiosk.open(`/dashboards/${id}?kiosk`);
  await kiosk.settled();
  // The per-dashboard kiosk setting keeps the time range control.
  await expect(page.getByTestId("kiosk-root").getByRole("button", { name: /Last 1 hour/ })).toBeVisible();
  await expect(kiosk.widget("stg").getByTestId("widget-state")).toHaveAttribute("data-state", "ready");

  const faults = await request.post(`${SIMULATOR}/_simulator/faults`, {
    data: {
      rules: [{ service: "cloudwatch", operation: "GetMetricData", account: STAGING, throttle: true }],
    },
  });
  expect(faults.ok()).toBe(true);
  try {
    await expect(kiosk.staleBadge("stg")).toBeVisible({ timeout: 150_000 });
    await expect(kiosk.staleBadge("stg")).toHaveText(/^stale since \d\d:\d\d:\d\d$/);
    await expect(kiosk.staleBadge("stg")).toHaveAttribute("data-level", "amber");
    // The last good data stays drawn; the production widget is unaffected.
    await expect(kiosk.widget("stg").getByTestId("widget-state")).toHaveAttribute("data-state", "ready");
    await expect(kiosk.staleBadge("prod")).toHaveCount(0);
    await expect(kiosk.widget("prod").getByTestId("widget-state")).toHaveAttribute("data-state", "ready");
  } finally {
    await request.delete(`${SIMULATOR}/_simulator/faults`);
  }
  await expect(kiosk.staleBadge("stg")).toHaveCount(0, { timeout: 90_000 });
});

test("the event stream arrives incrementally through the launcher and Next.js", async ({ page, request }) => {
  test.setTimeout(90_000);
  const fleet = await dashboardNamed(request, FLEET);
  await page.goto("/dashboards");
  const arrivals = await page.evaluate(async (dashboardId) => {
    const controller = new AbortController();
    const started = performance.now();
    const response = await fetch(`/api/events?dashboard=${dashboardId}&width=1200&refresh=10s`, {
      signal: controller.signal,
    });
    if (!response.body) throw new Error("no body");
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    const events: Array<{ event: string; at: number }> = [];
    let text = "";
    while (events.filter((e) => e.event === "message").length < 2) {
      const chunk = await reader.read();
      if (chunk.done) break;
      text += decoder.decode(chunk.value, { stream: true });
      let end: number;
      while ((end = text.indexOf("\n\n")) >= 0) {
        const block = text.slice(0, end);
        text = text.slice(end + 2);
        const name = /^event: (.*)$/m.exec(block)?.[1] ?? "message";
        events.push({ event: name, at: performance.now() - started });
      }
    }
    controller.abort();
    return { contentType: response.headers.get("content-type"), events };
  }, fleet.id);
  expect(arrivals.contentType).toMatch(/^text\/event-stream/);
  expect(arrivals.events[0]?.event).toBe("hello");
  const messages = arrivals.events.filter((e) => e.event === "message");
  expect(messages).toHaveLength(2);
  // The first "new data" arrives long before the second: each was delivered when it happened, not buffered.
  expect(arrivals.events[0]?.at ?? Infinity).toBeLessThan(5_000);
  expect((messages[1]?.at ?? 0) - (messages[0]?.at ?? 0)).toBeGreaterThan(5_000);
  // The stream is released on the server when the client goes away.
  await expect
    .poll(
      async () =>
        ((await (await request.get("/api/events/stats")).json()) as { openStreams: number }).openStreams,
    )
    .toBe(0);
});

test("a playlist rotates three dashboards, the next one preloaded", async ({ page, request }) => {
  test.setTimeout(120_000);
  const dashboards = (await demoDashboards(request)).filter((d) =>
    Object.values<string>(DEMO_DASHBOARDS).includes(d.name),
  );
  expect(dashboards).toHaveLength(3);
  const created = await request.post("/api/playlists", {
    data: {
      name: "Wall",
      source: "dashboards",
      dashboardIds: dashboards.map((d) => d.id),
      intervalSeconds: 8,
    },
  });
  expect(created.status()).toBe(201);
  const playlist = (await created.json()) as { id: string };
  const bad = await request.post("/api/playlists", {
    data: { name: "Bad", source: "dashboards", dashboardIds: [], intervalSeconds: 8 },
  });
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: { issues: Array<{ path: string }> } }).error.issues[0]?.path).toBe(
    "dashboardIds",
  );

  await page.goto("/playlists");
  await expect(page.getByTestId("playlist-row").filter({ hasText: "Wall" })).toBeVisible();
  await page
    .getByTestId("playlist-row")
    .filter({ hasText: "Wall" })
    .getByRole("link", { name: "Play" })
    .and(page.locator(`[href="/playlists/${playlist.id}?kiosk"]`))
    .click();
  const kiosk = new KioskScreen(page);
  const player = new PlaylistScreen(page);
  await expect(kiosk.root).toBeVisible();
  await expect(kiosk.nav).toBeHidden();

  const seen: string[] = [];
  for (let step = 0; step < 4; step++) {
    await expect.poll(() => player.activeDashboardId(), { timeout: 20_000 }).not.toBe(seen.at(-1) ?? null);
    const active = await player.activeDashboardId();
    // The switch is instant: the newly shown dashboard was drawn while hidden.
    if (step > 0)
      await expect(player.active.locator('[data-testid="widget-state"][data-state="loading"]')).toHaveCount(
        0,
        {
          timeout: 500,
        },
      );
    seen.push(active ?? "");
    // Meanwhile the next one is mounted and drawing.
    await expect(player.preloading).toHaveCount(1);
    await kiosk.drawnWhileHidden(player.preloading);
  }
  const order = dashboards.map((d) => d.id);
  const start = order.indexOf(seen[0] ?? "");
  expect(seen).toEqual([0, 1, 2, 3].map((i) => order[(start + i) % 3]));
});

test.describe("its own launcher on another port", () => {
  // The screen talks to another origin: no forced Origin header (it would stop the page's scripts there).
  test.use({ extraHTTPHeaders: {} });

  test("a kiosk screen says when the server is gone and recovers by itself when it is back", async ({
    page,
  }) => {
    test.setTimeout(300_000);
    // Its own launcher (same production build), so it can be stopped and started again on the same ports.
    const server = launcher({
      root: process.cwd(),
      port: Number(process.env.E2E_PORT ?? 3210) + 10,
      dataDir: path.join(".data", "e2e-reconnect"),
      env: {
        WATCHWALL_KIOSK_TEST_HOOKS: "1",
        WATCHWALL_ADMIN_EMAIL: RECONNECT_ADMIN.email,
        WATCHWALL_ADMIN_PASSWORD: RECONNECT_ADMIN.password,
      },
    });
    fs.rmSync(path.join(".data", "e2e-reconnect"), { recursive: true, force: true });
    try {
      await server.start();
      // This launcher has its own database: sign in there, and give the screen that session.
      const login = await fetch(`${server.url}/api/auth/login`, {
        method: "POST",
        headers: { origin: server.url, "content-type": "application/json" },
        body: JSON.stringify(RECONNECT_ADMIN),
      });
      expect(login.status).toBe(204);
      const [name = "", value = ""] = (login.headers.get("set-cookie") ?? "").split(";")[0]?.split("=") ?? [];
      await page.context().addCookies([{ name, value, url: server.url }]);
      const list = (await (
        await fetch(`${server.url}/api/dashboards`, { headers: { cookie: `${name}=${value}` } })
      ).json()) as {
        dashboards: Array<{ id: string; name: string }>;
      };
      const fleet = list.dashboards.find((d) => d.name === FLEET);
      expect(fleet).toBeDefined();
      const kiosk = new KioskScreen(page);
      await kiosk.open(`${server.url}/dashboards/${fleet?.id}?kiosk&refresh=10s&heartbeatMs=500`);
      await kiosk.settled();
      await expect(kiosk.banner).toHaveCount(0);

      await server.stop();
      await expect(kiosk.banner).toBeVisible({ timeout: 15_000 });
      await expect(kiosk.banner).toContainText("Cannot reach the Watchwall server");
      // The last data stays on screen under the banner: never a blank or error page.
      await expect(page.locator('[data-testid="widget-state"][data-state="ready"]').first()).toBeAttached();
      await expect(page.getByTestId("recovering-error")).toHaveCount(0);
      const before = await kiosk.updated.textContent();

      await server.start();
      await expect(kiosk.banner).toHaveCount(0, { timeout: 90_000 });
      await expect(kiosk.updated).not.toHaveText(before ?? "", { timeout: 30_000 });
      await expect(kiosk.root).toBeVisible();
    } finally {
      await server.stop();
    }
  });
});
