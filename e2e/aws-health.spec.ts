import { expect, test } from "@playwright/test";
import { HealthPage } from "./pages/health-page";

// AWS Health journeys against the launcher's simulator: production and shared services have a support plan,
// staging has none (SubscriptionRequiredException); shared services is the organization's management account.

test("/health shows the open EC2 issue in eu-west-1, the staging support-plan card and the organization view", async ({
  page,
}) => {
  const health = new HealthPage(page);
  await health.goto();
  const ec2 = health.openIssue("EC2", "eu-west-1");
  await expect(ec2).toHaveCount(1);
  await expect(ec2).toContainText("Production (111111111111)");
  await ec2.getByText(/Description/).click();
  await expect(ec2).toContainText("packet loss");
  // Its affected instances link to the alarms that watch them (a dimension names the instance id).
  await expect(ec2.getByTestId("health-entity").first()).toBeVisible();
  await expect(ec2.getByTestId("health-link-alarm").first()).toBeVisible();

  const card = health.subscriptionCards;
  await expect(card).toHaveCount(1);
  await expect(card).toHaveAttribute("data-account", "222222222222");
  await expect(card).toContainText("Business, Enterprise On-Ramp or Enterprise Support");
  await expect(card).toContainText("EventBridge");
  await expect(card).toContainText('{"source": ["aws.health"]}');
  await expect(page.getByTestId("health-source-error")).toHaveCount(0);
  await expect(page.getByTestId("health-organization-view")).toContainText("333333333333");

  // Past issues are listed as recently closed; filters live in the URL.
  await expect(health.group("closed").getByTestId("health-event").first()).toBeVisible();
  await page.getByLabel("Service").selectOption("EC2");
  await expect(page).toHaveURL(/service=EC2/);
  // The list follows once the filtered answer arrives.
  await expect(async () => {
    const services = await health.events.evaluateAll((e) => e.map((x) => x.getAttribute("data-service")));
    expect(services.length).toBeGreaterThan(0);
    expect(new Set(services)).toEqual(new Set(["EC2"]));
  }).toPass({ timeout: 15_000 });
});

test("a Health widget on a dashboard lists open events and exports as a text widget with a warning", async ({
  page,
}) => {
  const base = (await (
    await page.request.post("/api/dashboards", { data: { name: "base", tags: [] } })
  ).json()) as {
    document: Record<string, unknown>;
  };
  const created = await page.request.post("/api/dashboards", {
    data: {
      name: "EC2 health",
      tags: [],
      document: {
        ...base.document,
        widgets: [
          {
            type: "aws-health",
            id: "health",
            title: "EC2 in Europe",
            position: { x: 0, y: 0, w: 12, h: 6 },
            services: ["EC2"],
            regions: ["eu-west-1"],
          },
        ],
      },
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  await page.goto(`/dashboards/${id}`);
  const events = page.getByTestId("health-widget-event");
  await expect(events.first()).toBeVisible();
  for (const region of await events.evaluateAll((e) => e.map((x) => x.getAttribute("data-region")))) {
    expect(region).toBe("eu-west-1");
  }

  const response = await page.request.get(`/api/dashboards/${id}/export`);
  const warnings = JSON.parse(response.headers()["x-watchwall-export-warnings"] ?? "[]") as Array<{
    message: string;
  }>;
  expect(warnings).toHaveLength(1);
  expect(warnings[0]?.message).toMatch(/exported as a text widget/);
  const body = (await response.json()) as {
    widgets: Array<{ type: string; properties: { markdown: string } }>;
  };
  expect(body.widgets[0]?.type).toBe("text");
  expect(body.widgets[0]?.properties.markdown).toContain("Watchwall AWS Health widget");
});
