import { readFileSync } from "node:fs";
import path from "node:path";
import { PutMetricAlarmCommand, PutMetricDataCommand } from "@aws-sdk/client-cloudwatch";
import { expect, test, type Page } from "@playwright/test";
import { AlarmDetailPage, AlarmsPage } from "./pages/alarms-page";
import { cloudWatch, operationStats, resetStats, simulatorAlarmStates } from "./pages/simulator";

// Alarm journeys against the launcher's simulator. The e2e server polls alarms every
// WATCHWALL_ALARM_POLL_SECONDS (10 s, playwright.config.ts).

const POLL_SECONDS = 10;
const FIXTURES = path.join(process.cwd(), "lib", "dashboards", "cloudwatch", "fixtures");
const PROD = "111111111111";
const INCIDENT_ALARM = "prod-e2e-order-queue-depth";

/** A demo incident of our own, through the real API: an alarm on a queue whose depth then breaches. */
async function startIncident(): Promise<void> {
  const client = cloudWatch(PROD, "us-east-1");
  await client.send(
    new PutMetricAlarmCommand({
      AlarmName: INCIDENT_ALARM,
      AlarmDescription: "Order queue deeper than 100 messages",
      Namespace: "E2E/Shop",
      MetricName: "QueueDepth",
      Statistic: "Maximum",
      Period: 60,
      EvaluationPeriods: 2,
      DatapointsToAlarm: 1,
      Threshold: 100,
      ComparisonOperator: "GreaterThanThreshold",
      TreatMissingData: "notBreaching",
    }),
  );
  const now = Date.now();
  await client.send(
    new PutMetricDataCommand({
      Namespace: "E2E/Shop",
      // From 3 minutes ago to 20 minutes ahead (AWS accepts up to two hours ahead): the incident lasts
      // through every journey of this file.
      MetricData: Array.from({ length: 24 }, (_, i) => ({
        MetricName: "QueueDepth",
        Timestamp: new Date(now + (i - 3) * 60_000),
        Value: 500,
      })),
    }),
  );
  client.destroy();
}

function inAlarm(states: Map<string, string>): number {
  return [...states.values()].filter((s) => s === "ALARM").length;
}

test.describe.configure({ mode: "serial" });

test("a state change reaches an open alarms page within one poll, and the page lists exactly the simulator's alarms", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const alarms = new AlarmsPage(page);
  await alarms.goto("?sort=name");
  await expect(alarms.rows.first()).toBeVisible({ timeout: 30_000 });

  await startIncident();
  // The simulator evaluates the new alarm at the next minute; from then on the page must follow within a poll.
  await expect
    .poll(async () => (await simulatorAlarmStates()).get(`${PROD}/us-east-1/${INCIDENT_ALARM}`), {
      timeout: 90_000,
      intervals: [2_000],
    })
    .toBe("ALARM");
  const seenBySdk = Date.now();
  await expect(alarms.row(PROD, "us-east-1", INCIDENT_ALARM)).toHaveAttribute("data-state", "ALARM", {
    timeout: POLL_SECONDS * 1000 * 2,
  });
  console.log(`incident alarm shown in ALARM ${Date.now() - seenBySdk} ms after DescribeAlarms reported it`);

  // Exactly the alarms DescribeAlarms returns across 3 accounts × 3 Regions, each with its state. States move
  // with the demo's incidents, so compare until one poll has caught up (never more than a couple of polls).
  let expected = new Map<string, string>();
  await expect(async () => {
    expected = await simulatorAlarmStates();
    expect(await alarms.listed()).toEqual(expected);
  }).toPass({ timeout: 60_000, intervals: [2_000] });
  expect(inAlarm(expected)).toBeGreaterThan(0);
  console.log(`alarms listed: ${expected.size}; in ALARM: ${inAlarm(expected)}`);

  // The header counts every state; the navigation badge counts ALARM.
  await expect(alarms.count("ALARM")).toHaveText(String(inAlarm(await alarms.listed())));
  await expect(page.getByTestId("nav-alarm-badge")).toHaveAttribute(
    "data-count",
    String(inAlarm(await alarms.listed())),
  );
});

test("filters and order live in the URL", async ({ page }) => {
  const alarms = new AlarmsPage(page);
  await alarms.goto(`?state=ALARM&account=${PROD}&region=us-east-1&sort=changed`);
  await expect(alarms.row(PROD, "us-east-1", INCIDENT_ALARM)).toBeVisible();
  const listed = await alarms.listed();
  for (const [key, state] of listed) {
    expect(key.startsWith(`${PROD}/us-east-1/`)).toBe(true);
    expect(state).toBe("ALARM");
  }
  await page.getByLabel("Name contains").fill("queue-depth");
  await expect(page).toHaveURL(/q=queue-depth/);
  await expect(alarms.rows).toHaveCount(1);
  await page.getByLabel("Order").selectOption("name");
  await expect(page).toHaveURL(/sort=name/);
});

test("composite alarms show their rule's children as a tree", async ({ page }) => {
  const alarms = new AlarmsPage(page);
  await alarms.goto(`?type=composite&account=${PROD}&region=us-east-1`);
  const composite = alarms.row(PROD, "us-east-1", "prod-checkout-degraded");
  await composite.getByText(/Rule: \d+ children/).click();
  await expect(composite.getByTestId("alarm-tree-child")).toHaveCount(3);
  await expect(composite.getByTestId("alarm-tree-child").first()).toContainText(
    "prod-checkout-latency-p99-high",
  );
});

test("an alarm's detail graph shows its threshold and its states along the time axis", async ({ page }) => {
  const detail = new AlarmDetailPage(page);
  // web-3's CPU spikes every six hours (demo incident), so a day holds several ALARM periods.
  await detail.goto(PROD, "us-east-1", "prod-web-3-cpu-high", "1d");
  await expect(detail.graph).toHaveAttribute("data-threshold", "85");
  await expect(detail.graph.getByText("Threshold (85)")).toBeVisible();
  await expect(detail.graph.locator(".recharts-line").first()).toBeVisible();
  const alarmBands = Number(await detail.graph.getAttribute("data-alarm-bands"));
  expect(alarmBands).toBeGreaterThanOrEqual(2);
  await expect(detail.graph.locator(".recharts-reference-area")).toHaveCount(alarmBands);
  await expect(detail.stateStrip.locator('[data-state="ALARM"]')).toHaveCount(alarmBands);
  await expect(detail.stateStrip.locator('[data-state="OK"]').first()).toBeVisible();
  expect(await detail.history.count()).toBeGreaterThanOrEqual(2 * alarmBands - 1);
  await expect(detail.configuration).toContainText(
    "CPUUtilization (Average over 1 minute) > 85 for 3 of the last 5 periods",
  );
  await expect(detail.configuration).toContainText("missing data is ignored");
});

async function importFixture(page: Page, file: string, name: string, replace?: [string, string]) {
  let body = readFileSync(path.join(FIXTURES, file), "utf8");
  if (replace) body = body.replaceAll(replace[0], replace[1]);
  const response = await page.request.post("/api/dashboards/import", { data: { body, name, tags: [] } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { dashboard: { id: string } }).dashboard.id;
}

test("an imported fixture's alarm widget shows tiles and exports unchanged", async ({ page }) => {
  const fixture = "cdk-alarm-and-dashboard.json";
  const id = await importFixture(page, fixture, "CDK alarms as imported");
  await page.goto(`/dashboards/${id}`);
  const tile = page.getByTestId("alarm-tile");
  // The fixture's alarm lives in an account Watchwall does not know: a grey tile that says so, never "OK".
  await expect(tile).toHaveCount(1);
  await expect(tile).toHaveAttribute("data-name", "Alarm7103F465");
  await expect(tile).toHaveAttribute("data-state", "UNKNOWN");

  const exported = (await (await page.request.get(`/api/dashboards/${id}/export`)).json()) as {
    widgets: Array<{ type: string }>;
  };
  const original = JSON.parse(readFileSync(path.join(FIXTURES, fixture), "utf8")) as typeof exported;
  expect(exported.widgets.find((w) => w.type === "alarm")).toEqual(
    original.widgets.find((w) => w.type === "alarm"),
  );

  // The same dashboard pointed at a demo alarm shows it coloured by its state.
  const demoArn = `arn:aws:cloudwatch:us-east-1:${PROD}:alarm:${INCIDENT_ALARM}`;
  const pointed = await importFixture(page, fixture, "CDK alarms on the demo", [
    "arn:aws:cloudwatch:us-east-1:123456789012:alarm:Alarm7103F465",
    demoArn,
  ]);
  await page.goto(`/dashboards/${pointed}`);
  await expect(page.getByTestId("alarm-tile")).toHaveAttribute("data-state", "ALARM");
  await expect(page.getByTestId("alarm-tile")).toHaveAttribute("data-name", INCIDENT_ALARM);
});

test("a selector widget shows everything in ALARM across accounts and exports as the list it resolves to", async ({
  page,
}) => {
  const document = {
    widgets: [
      {
        type: "alarm-status",
        id: "firing",
        title: "Everything in ALARM",
        position: { x: 0, y: 0, w: 24, h: 6 },
        alarms: [],
        selector: { states: ["ALARM"] },
      },
    ],
  };
  const base = (await (
    await page.request.post("/api/dashboards", { data: { name: "probe", tags: [] } })
  ).json()) as {
    id: string;
    document: Record<string, unknown>;
  };
  const created = await page.request.post("/api/dashboards", {
    data: { name: "Firing everywhere", tags: [], document: { ...base.document, ...document } },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  await page.goto(`/dashboards/${id}`);
  const expectedFiring = async () =>
    [...(await simulatorAlarmStates())]
      .filter(([, s]) => s === "ALARM")
      .map(([k]) => k.split("/")[2])
      .sort();
  await expect(async () => {
    const names = await page
      .getByTestId("alarm-tile")
      .evaluateAll((e) => e.map((t) => t.getAttribute("data-name")));
    expect(names.sort()).toEqual(await expectedFiring());
  }).toPass({ timeout: 40_000, intervals: [2_000] });

  const response = await page.request.get(`/api/dashboards/${id}/export`);
  const warnings = JSON.parse(response.headers()["x-watchwall-export-warnings"] ?? "[]") as Array<{
    message: string;
  }>;
  expect(warnings[0]?.message).toMatch(/explicit list/);
  const body = (await response.json()) as {
    widgets: Array<{ type: string; properties: { alarms: string[] } }>;
  };
  expect(body.widgets[0]?.type).toBe("alarm");
  expect(body.widgets[0]?.properties.alarms.length).toBeGreaterThan(0);
  expect(body.widgets[0]?.properties.alarms.every((arn) => arn.startsWith("arn:aws:cloudwatch:"))).toBe(true);
});

test("a graph with annotations.alarms draws the alarm's metric, threshold and states", async ({ page }) => {
  const base = (await (
    await page.request.post("/api/dashboards", { data: { name: "base", tags: [] } })
  ).json()) as {
    document: Record<string, unknown>;
  };
  const created = await page.request.post("/api/dashboards", {
    data: {
      name: "web-3 CPU alarm",
      tags: [],
      document: {
        ...base.document,
        defaultRange: { type: "relative", duration: "P1D" },
        widgets: [
          {
            type: "line",
            id: "cpu-alarm",
            title: "web-3 CPU alarm",
            position: { x: 0, y: 0, w: 24, h: 8 },
            region: "us-east-1",
            metrics: [],
            annotations: { alarms: [`arn:aws:cloudwatch:us-east-1:${PROD}:alarm:prod-web-3-cpu-high`] },
          },
        ],
      },
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  await page.goto(`/dashboards/${id}`);
  const widget = page.getByTestId("widget-cpu-alarm");
  await expect(widget.getByText("Threshold (85)")).toBeVisible();
  await expect(widget.locator(".recharts-line").first()).toBeVisible();
  // web-3's CPU spikes every six hours (demo incident): a day shows its ALARM periods shaded.
  expect(await widget.locator(".recharts-reference-area").count()).toBeGreaterThanOrEqual(2);
});

test("the /alarms selection becomes a wall widget on a new dashboard", async ({ page }) => {
  const alarms = new AlarmsPage(page);
  await alarms.goto(`?state=ALARM&account=${PROD}`);
  await page.getByText("Add this selection to a dashboard").click();
  await page.getByLabel("Dashboard", { exact: true }).selectOption({ label: "New dashboard…" });
  await page.getByLabel("New dashboard name").fill("Production firing");
  await page.getByRole("button", { name: "Add widget" }).click();
  await page.getByRole("link", { name: "Production firing" }).click();
  await expect(page.getByTestId("alarm-tile").first()).toBeVisible();
  const tiles = await page
    .getByTestId("alarm-tile")
    .evaluateAll((e) => e.map((t) => t.getAttribute("data-state")));
  expect(tiles.length).toBeGreaterThan(0);
  expect(new Set(tiles)).toEqual(new Set(["ALARM"]));
  await expect(page.getByTestId("alarm-tile").filter({ hasText: INCIDENT_ALARM })).toHaveCount(1);
});

test("DescribeAlarms calls do not grow with the number of open screens", async ({ browser }) => {
  test.setTimeout(180_000);
  const WINDOW_MS = 30_000;
  async function measure(screens: number): Promise<{ describeAlarms: number; apiRequests: number }> {
    const context = await browser.newContext();
    let apiRequests = 0;
    context.on("request", (r) => {
      if (r.url().includes("/api/alarms")) apiRequests++;
    });
    const pages = await Promise.all(Array.from({ length: screens }, () => context.newPage()));
    await Promise.all(pages.map((p, i) => p.goto(i % 2 === 0 ? "/alarms" : "/alarms?state=ALARM")));
    await resetStats();
    apiRequests = 0;
    await pages[0]?.waitForTimeout(WINDOW_MS);
    const describeAlarms = (await operationStats("DescribeAlarms")).calls;
    await context.close();
    return { describeAlarms, apiRequests };
  }
  const one = await measure(1);
  const eight = await measure(8);
  console.log(
    `DescribeAlarms in ${WINDOW_MS / 1000} s (poll every ${POLL_SECONDS} s, 9 account/Region pairs): ` +
      `1 screen → ${one.describeAlarms} calls (${one.apiRequests} /api/alarms requests); ` +
      `8 screens → ${eight.describeAlarms} calls (${eight.apiRequests} /api/alarms requests)`,
  );
  // One call per account/Region per poll: at most ceil(window / interval) + 1 rounds of 9, whatever the screens.
  const bound = 9 * (Math.ceil(WINDOW_MS / (POLL_SECONDS * 1000)) + 1);
  expect(one.describeAlarms).toBeGreaterThanOrEqual(9);
  expect(one.describeAlarms).toBeLessThanOrEqual(bound);
  expect(eight.describeAlarms).toBeLessThanOrEqual(bound);
  // The screens were live: they refetched many times more than the server polled.
  expect(eight.apiRequests).toBeGreaterThan(one.apiRequests * 4);
});
