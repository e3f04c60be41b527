import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";

// Journeys over saved dashboards, against the production build with the built-in AWS simulator.

const FIXTURES = path.join(process.cwd(), "lib", "dashboards", "cloudwatch", "fixtures");

async function widgetsSettled(page: Page) {
  const states = page.getByTestId("widget-state");
  await expect(states.first()).toBeVisible();
  await expect(page.locator('[data-testid="widget-state"][data-state="loading"]')).toHaveCount(0, {
    timeout: 30_000,
  });
}

test("the demo dashboards render the demo world", async ({ page }) => {
  await page.goto("/dashboards");
  for (const name of [
    "Production fleet overview",
    "Checkout service",
    "Global orders — accounts × Regions",
  ]) {
    await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await page.getByRole("link", { name: "Production fleet overview" }).click();
  await widgetsSettled(page);
  const cpu = page.getByTestId("widget-cpu");
  await expect(cpu.getByTestId("widget-state")).toHaveAttribute("data-state", "ready");
  await expect(cpu.getByTestId("legend-item")).toHaveCount(4);
  await expect(cpu.getByTestId("widget-period")).not.toBeEmpty();
  await expect(page.getByTestId("widget-requests").getByTestId("number-value")).toHaveText(/\d/);
});

test("every CloudWatch fixture dashboard imports and renders", async ({ page, request }) => {
  for (const file of fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".json"))) {
    const body = fs.readFileSync(path.join(FIXTURES, file), "utf8");
    const response = await request.post("/api/dashboards/import", {
      data: { body, name: `fixture ${file}` },
    });
    expect(response.status(), file).toBe(201);
    const { dashboard } = (await response.json()) as { dashboard: { id: string; widgetCount: number } };
    const widgets = (JSON.parse(body) as { widgets: unknown[] }).widgets.length;
    expect(dashboard.widgetCount, file).toBe(widgets);
    await page.goto(`/dashboards/${dashboard.id}`);
    await expect(page.locator("section[data-testid^='widget-']")).toHaveCount(widgets);
    const exported = await request.get(`/api/dashboards/${dashboard.id}/export`);
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
  const created = (await (
    await request.post("/api/dashboards", { data: { name: "Contested", tags: [] } })
  ).json()) as {
    id: string;
    version: number;
    document: unknown;
  };
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
