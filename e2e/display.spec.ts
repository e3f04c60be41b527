import { expect, test } from "@playwright/test";
import { NO_SESSION } from "./auth";
import { PRODUCTION_WEB_CPU } from "../lib/testing/demo-queries";

test("a display token opens its dashboard read-only, nothing else; a revoked screen says so", async ({
  browser,
  request,
}) => {
  const list = (await (await request.get("/api/dashboards")).json()) as {
    dashboards: Array<{ id: string; name: string }>;
  };
  const [shown, other] = list.dashboards;
  expect(shown && other).toBeTruthy();
  const created = await request.post("/api/tokens", {
    data: { name: "Lobby TV", role: "display", dashboards: [shown?.id] },
  });
  expect(created.status()).toBe(201);
  const { token } = (await created.json()) as { token: string };

  const screen = await browser.newContext({ storageState: NO_SESSION });
  const page = await screen.newPage();
  await page.goto(`/pair?token=${encodeURIComponent(token)}`);
  await expect(page).toHaveURL(new RegExp(`/dashboards/${shown?.id}\\?kiosk`));
  // A wall screen shows its dashboard in kiosk mode, read-only, and cannot leave kiosk mode.
  await expect(page.getByTestId("kiosk-root")).toBeVisible();
  await expect(page.getByRole("button", { name: "Edit", exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Exit kiosk mode" })).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("kiosk-root")).toBeVisible();
  const me = (await (await page.request.get("/api/auth/me")).json()) as { role: string };
  expect(me.role).toBe("display");

  expect((await page.goto(`/dashboards/${other?.id}`))?.status()).toBe(403);
  expect((await page.request.get("/api/dashboards")).status()).toBe(403);
  expect((await page.request.put(`/api/dashboards/${shown?.id}`, { data: {} })).status()).toBe(403);

  const displays = (await (await request.get("/api/displays")).json()) as {
    displays: Array<{ id: string; name: string; revoked: boolean }>;
  };
  const lobby = displays.displays.find((d) => d.name === "Lobby TV" && !d.revoked);
  expect(lobby).toBeDefined();
  expect((await request.delete(`/api/displays/${lobby?.id}`)).status()).toBe(204);

  await page.goto(`/dashboards/${shown?.id}`);
  await expect(page).toHaveURL(/\/pair\?revoked=1/);
  await expect(page.getByRole("alert").filter({ hasText: "revoked this screen" })).toBeVisible();
  await screen.close();
});

test("a pairing code typed on a wall screen makes it a Display of its dashboard", async ({
  browser,
  request,
}) => {
  const list = (await (await request.get("/api/dashboards")).json()) as {
    dashboards: Array<{ id: string; name: string }>;
  };
  const shown = list.dashboards[0];
  const created = await request.post("/api/displays/pairing-codes", {
    data: { name: "Ops corridor", dashboards: [shown?.id] },
  });
  expect(created.status()).toBe(201);
  const { code } = (await created.json()) as { code: string };

  const screen = await browser.newContext({ storageState: NO_SESSION });
  const page = await screen.newPage();
  await page.goto("/pair");
  await page.getByLabel("Pairing code").fill(code.toLowerCase());
  await page.getByRole("button", { name: "Pair" }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboards/${shown?.id}\\?kiosk`));
  await expect(page.getByTestId("user-role")).toHaveText("display");

  // The code is used up.
  const again = await request.post("/api/auth/pair", { data: { code } });
  expect(again.status()).toBe(401);
  await screen.close();
});

test("a wall screen's widgets, variables and log widget run as its dashboard's, and nothing else runs", async ({
  browser,
  request,
}) => {
  const alb = "/watchwall/alb/prod-web-alb/access-logs";
  const document = {
    schemaVersion: 2,
    defaultAccountId: "111111111111",
    defaultRegion: "us-east-1",
    defaultRange: { type: "relative", duration: "PT3H" },
    defaultRefresh: "off",
    variables: [
      {
        id: "asg",
        type: "property",
        property: "AutoScalingGroupName",
        inputType: "select",
        defaultValue: "production-web-asg",
        values: [{ value: "production-web-asg" }, { value: "production-api-asg" }],
      },
    ],
    widgets: [
      {
        type: "line",
        id: "cpu",
        title: "CPU",
        position: { x: 0, y: 0, w: 12, h: 6 },
        region: "us-east-1",
        metrics: [{ ...PRODUCTION_WEB_CPU }],
      },
      {
        type: "logs",
        id: "requests",
        title: "Requests",
        position: { x: 12, y: 0, w: 12, h: 6 },
        region: "us-east-1",
        query: `SOURCE '${alb}' | stats count(*) as n by bin(5m)`,
        logGroups: [alb],
        view: "table",
      },
    ],
  };
  const made = await request.post("/api/dashboards", { data: { name: "Wall scope", tags: [], document } });
  expect(made.status(), await made.text()).toBe(201);
  const { id } = (await made.json()) as { id: string };
  const created = await request.post("/api/tokens", {
    data: { name: "Scope TV", role: "display", dashboards: [id] },
  });
  const { token } = (await created.json()) as { token: string };

  const screen = await browser.newContext({ storageState: NO_SESSION });
  const page = await screen.newPage();
  const answers: Array<{ url: string; status: number }> = [];
  page.on("response", (r) => {
    if (/\/api\/(metrics\/query|metrics\/variable-values|logs\/queries|events)/.test(r.url()))
      answers.push({ url: r.url(), status: r.status() });
  });
  await page.goto(`/pair?token=${encodeURIComponent(token)}`);
  await expect(page).toHaveURL(new RegExp(`/dashboards/${id}\\?kiosk`));
  // A listed variable value: still the dashboard's own queries.
  await page.goto(`/dashboards/${id}?kiosk=1&var-asg=production-api-asg`);
  await expect(page.getByTestId("kiosk-root")).toBeVisible();
  // The first metrics answers come with the page: the server ran them under the screen's scope (the
  // chosen group has no CPU data in the demo world: answered, empty).
  await expect(page.getByTestId("widget-cpu").getByTestId("widget-state")).toHaveAttribute(
    "data-state",
    "empty",
    { timeout: 30_000 },
  );
  await expect
    .poll(() => answers.filter((a) => /\/api\/logs\/queries\/[^/]+$/.test(a.url)).length, { timeout: 30_000 })
    .toBeGreaterThan(0);
  expect(answers.some((a) => a.url.includes("/api/events?"))).toBe(true);
  expect(answers.filter((a) => a.status >= 400)).toEqual([]);

  // The same screen asking for anything else is refused, naming why.
  const forged = await page.request.post("/api/metrics/query", {
    headers: { origin: new URL(page.url()).origin },
    data: {
      range: { type: "relative", duration: "PT3H" },
      widgets: [{ ...document.widgets[0], accountId: "222222222222" }],
      defaultAccountId: "111111111111",
      variables: document.variables,
      dashboardId: id,
    },
  });
  expect(forged.status()).toBe(403);
  expect(((await forged.json()) as { error: { reason: string } }).error.reason).toBe("widget_changed");
  await screen.close();
});
