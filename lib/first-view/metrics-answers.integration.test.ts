import { hashKey } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { anonymousPrincipal, VIEWER_PRINCIPAL } from "@/lib/auth/handlers.testing";
import { initiallySeen, plotWidths, widgetsOfBatches } from "@/lib/client/grid";
import { metricsViewQuery } from "@/lib/client/metrics";
import { scopeGroups } from "@/lib/client/metrics-view";
import { createEmptyDocument, type DashboardDocument, type Widget } from "@/lib/dashboards/model";
import { createDashboard } from "@/lib/dashboards/repository";
import { PRODUCTION_ACCOUNT_ID, STAGING_ACCOUNT_ID } from "@/lib/simulator/accounts";
import { withMigratedDatabase } from "@/lib/testing/database";
import { PRODUCTION_WEB_CPU } from "@/lib/testing/demo-queries";
import { withSimulator } from "@/lib/testing/simulator";
import type { TimeRange } from "@/lib/time";
import { firstViewAnswers } from "./metrics-answers";
import { metricsQueryAnswer } from "@/lib/metrics/query-answer";
import { metricsQueryBody } from "@/lib/metrics/query-request";

// The dashboard page answers its first metrics requests while rendering: they must be exactly the browser's
// requests (same cache keys, so the browser starts from them without asking again) and the same answers the
// route gives, for full users and scoped viewers alike.

withMigratedDatabase();
withSimulator({ registerAccounts: true });

const HOUR = 3_600_000;
const WIDTH = 1_500;

function cpu(id: string, y: number, accountId: string): Widget {
  return {
    type: "line",
    id,
    position: { x: 0, y, w: 12, h: 6 },
    accountId,
    region: "us-east-1",
    metrics: [{ ...PRODUCTION_WEB_CPU }],
  } as Widget;
}

function document(): DashboardDocument {
  return {
    ...createEmptyDocument("First view", { accountId: PRODUCTION_ACCOUNT_ID, region: "us-east-1" }),
    widgets: [
      cpu("top-prod", 0, PRODUCTION_ACCOUNT_ID),
      cpu("top-staging", 6, STAGING_ACCOUNT_ID),
      { type: "text", id: "note", position: { x: 12, y: 0, w: 12, h: 4 }, markdown: "hi" } as Widget,
      // Far below the fold (row 300): mounted, and fetched, only when scrolled near.
      cpu("far-prod", 300, PRODUCTION_ACCOUNT_ID),
    ],
  };
}

/** The keys the browser's view computes for the same dashboard, range and grid width. */
function browserKeys(dashboardId: string, doc: DashboardDocument, range: TimeRange, lazy: boolean) {
  const widgets = doc.widgets;
  const batches = lazy ? widgetsOfBatches(widgets, [initiallySeen(widgets)]) : [widgets];
  return batches.flatMap(scopeGroups).map((group) =>
    hashKey(
      metricsViewQuery({
        widgets: group,
        range,
        widths: plotWidths(widgets, WIDTH),
        variables: doc.variables,
        variableValues: {},
        refresh: "off",
        ...(doc.defaultAccountId ? { defaultAccountId: doc.defaultAccountId } : {}),
        dashboardId,
      }).queryKey,
    ),
  );
}

describe("first metrics answers of a dashboard page", () => {
  it("answers the browser's first requests under the browser's own cache keys, as the route would", async () => {
    const doc = document();
    const { id } = await createDashboard({ name: "First view", tags: [] }, doc);
    const end = Date.now() - 2 * HOUR;
    const range: TimeRange = { type: "absolute", start: end - 3 * HOUR, end };

    const answers = await firstViewAnswers(
      {
        dashboardId: id,
        document: doc,
        view: { range, vars: {} },
        containerWidth: WIDTH,
        lazy: true,
        principal: VIEWER_PRINCIPAL,
      },
      30_000,
    );
    // Two account groups on the first screen; the far widget and the text widget are not fetched.
    expect(answers.map((a) => hashKey(a.queryKey)).sort()).toEqual(browserKeys(id, doc, range, true).sort());
    expect(answers.flatMap((a) => a.data.panels.map((p) => p.key)).sort()).toEqual([
      "top-prod",
      "top-staging",
    ]);
    for (const answer of answers) expect(answer.data.panels[0]?.errors).toEqual([]);
    // (The staging widget asks for a production group name: answered, with no series.)
    const prodPanel = answers.find((a) => a.data.panels[0]?.key === "top-prod")?.data.panels[0];
    expect(prodPanel?.series[0]?.values.length).toBeGreaterThan(0);

    // The same data the route gives the browser for that request.
    const prod = answers.find((a) => a.data.panels[0]?.key === "top-prod");
    const routeAnswer = await metricsQueryAnswer(
      metricsQueryBody.parse({
        range,
        widgets: [doc.widgets[0]],
        widths: plotWidths(doc.widgets, WIDTH),
        defaultAccountId: PRODUCTION_ACCOUNT_ID,
        dashboardId: id,
      }),
    );
    const viaRoute = JSON.parse(Buffer.concat([routeAnswer.shared, routeAnswer.tail]).toString("utf8")) as {
      panels: unknown;
    };
    expect(prod?.data.panels).toEqual(viaRoute.panels);

    // Kiosk screens show the whole wall: every metric widget is answered.
    const kiosk = await firstViewAnswers(
      {
        dashboardId: id,
        document: doc,
        view: { range, vars: {} },
        containerWidth: WIDTH,
        lazy: false,
        principal: VIEWER_PRINCIPAL,
      },
      30_000,
    );
    expect(kiosk.map((a) => hashKey(a.queryKey)).sort()).toEqual(browserKeys(id, doc, range, false).sort());
    expect(kiosk.flatMap((a) => a.data.panels.map((p) => p.key)).sort()).toEqual([
      "far-prod",
      "top-prod",
      "top-staging",
    ]);
  });

  it("holds scoped viewers to their dashboards and leaves what is not ready in time to the browser", async () => {
    const doc = document();
    const { id } = await createDashboard({ name: "Scoped first view", tags: [] }, doc);
    const other = await createDashboard({ name: "Other", tags: [] }, doc);
    const view = { range: doc.defaultRange, vars: {} };
    const base = { document: doc, view, containerWidth: WIDTH, lazy: true };

    const allowed = await firstViewAnswers(
      { ...base, dashboardId: id, principal: anonymousPrincipal([id]) },
      30_000,
    );
    expect(allowed).toHaveLength(2);
    // A dashboard outside the viewer's scope gets nothing from the server (the browser's request gets the 403).
    const refused = await firstViewAnswers(
      { ...base, dashboardId: other.id, principal: anonymousPrincipal([id]) },
      30_000,
    );
    expect(refused).toEqual([]);
    // Nothing waits beyond the bound: with no time to wait, a range nobody fetched yet gets no answer.
    const end = Date.now() - 30 * HOUR;
    const unseen = { range: { type: "absolute" as const, start: end - HOUR, end }, vars: {} };
    expect(
      await firstViewAnswers({ ...base, view: unseen, dashboardId: id, principal: VIEWER_PRINCIPAL }, 0),
    ).toEqual([]);
    // Searched variables are only known in the browser: nothing is answered ahead.
    const searched: DashboardDocument = {
      ...doc,
      variables: [
        {
          type: "property",
          id: "asg",
          property: "AutoScalingGroupName",
          inputType: "select",
          label: "ASG",
          defaultValue: "production-web-asg",
          search: '{AWS/EC2,AutoScalingGroupName} MetricName="CPUUtilization"',
          populateFrom: "AutoScalingGroupName",
        },
      ],
    };
    expect(
      await firstViewAnswers(
        { ...base, document: searched, dashboardId: id, principal: VIEWER_PRINCIPAL },
        30_000,
      ),
    ).toEqual([]);
  });
});
