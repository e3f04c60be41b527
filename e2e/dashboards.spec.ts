import fs from "node:fs";
import path from "node:path";
import {
  DEMO_DASHBOARDS,
  FLEET_WIDGETS,
  PRODUCTION_US_EAST_1_INSTANCES,
  createDashboard,
  expect,
  test,
} from "./fixtures";
import { TEST_IDS } from "../lib/testing/test-ids";

// Journeys over saved dashboards, against the production build with the built-in AWS simulator.

const FIXTURES = path.join(process.cwd(), "lib", "dashboards", "cloudwatch", "fixtures");

test("the demo dashboards render the demo world", async ({ dashboards, dashboard }) => {
  await dashboards.goto();
  for (const name of Object.values(DEMO_DASHBOARDS)) await expect(dashboards.link(name)).toBeVisible();
  await dashboards.open(DEMO_DASHBOARDS.fleet);
  await dashboard.settled();
  const cpu = FLEET_WIDGETS.cpuByInstance;
  await dashboard.expectReady(cpu);
  await expect(dashboard.legendItems(cpu)).toHaveCount(PRODUCTION_US_EAST_1_INSTANCES);
  await expect(dashboard.widget(cpu).getByTestId(TEST_IDS.widgetPeriod)).not.toBeEmpty();
  await expect(dashboard.widget(FLEET_WIDGETS.webTierCpu).getByTestId(TEST_IDS.numberValue)).toHaveText(/\d/);
});

test("every CloudWatch fixture dashboard imports and renders", async ({ page, request, dashboard }) => {
  for (const file of fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".json"))) {
    const body = fs.readFileSync(path.join(FIXTURES, file), "utf8");
    const response = await request.post("/api/dashboards/import", {
      data: { body, name: `fixture ${file}` },
    });
    expect(response.status(), file).toBe(201);
    const saved = ((await response.json()) as { dashboard: { id: string; widgetCount: number } }).dashboard;
    const widgets = (JSON.parse(body) as { widgets: unknown[] }).widgets.length;
    expect(saved.widgetCount, file).toBe(widgets);
    await dashboard.goto(saved.id);
    // Widgets far below the fold are placeholders until scrolled near: every one must still render.
    await expect(
      page.locator(`section[data-testid^='widget-'], [data-testid='${TEST_IDS.widgetPlaceholder}']`),
    ).toHaveCount(widgets);
    await expect(async () => {
      await page.evaluate(() =>
        document.querySelector('[data-testid="widget-placeholder"]')?.scrollIntoView(),
      );
      expect(await page.locator("section[data-testid^='widget-']").count()).toBe(widgets);
    }).toPass({ timeout: 30_000 });
    const exported = await request.get(`/api/dashboards/${saved.id}/export`);
    expect(exported.status()).toBe(200);
    expect(((await exported.json()) as { widgets: unknown[] }).widgets).toHaveLength(widgets);
  }
});

test("an invalid import is rejected with the widget and field, and nothing is saved", async ({ request }) => {
  const before = ((await (await request.get("/api/dashboards")).json()) as { dashboards: unknown[] })
    .dashboards.length;
  const body = JSON.stringify({
    widgets: [
      {
        type: "metric",
        x: 0,
        y: 0,
        width: 6,
        height: 6,
        properties: { region: "us-east-1", metrics: [["AWS/EC2"]] },
      },
    ],
  });
  const response = await request.post("/api/dashboards/import", { data: { body, name: "broken" } });
  expect(response.status()).toBe(400);
  const error = ((await response.json()) as { error: { issues: Array<{ path: string }> } }).error;
  expect(error.issues[0]?.path).toMatch(/^\/widgets\/0\/properties\/metrics\/0/);
  const after = ((await (await request.get("/api/dashboards")).json()) as { dashboards: unknown[] })
    .dashboards.length;
  expect(after).toBe(before);
});

test("a stale save gets 409 and loses nothing", async ({ request }) => {
  const created = await createDashboard(request, "Contested");
  const save = (name: string) =>
    request.put(`/api/dashboards/${created.id}`, {
      data: { name, tags: [], baseVersion: created.version, document: created.document },
    });
  expect((await save("Alice's")).status()).toBe(200);
  const conflict = await save("Bob's");
  expect(conflict.status()).toBe(409);
  const body = (await conflict.json()) as { error: { current: { name: string; version: number } } };
  expect(body.error.current).toMatchObject({ name: "Alice's", version: 2 });
  const versions = (await (await request.get(`/api/dashboards/${created.id}/versions`)).json()) as {
    versions: unknown[];
  };
  expect(versions.versions).toHaveLength(2);
});
