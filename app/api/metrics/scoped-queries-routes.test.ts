import { describe, expect, it } from "vitest";
import {
  anonymousPrincipal,
  displayTokenPrincipal,
  gatedRequest,
  VIEWER_PRINCIPAL,
} from "@/lib/auth/handlers.testing";
import type { Principal } from "@/lib/auth/principal";
import { metricsQueryResponse } from "@/lib/contracts/metrics-query";
import { createEmptyDocument, type DashboardDocument, type Widget } from "@/lib/dashboards/model";
import { createDashboard, getDashboard, saveDashboard } from "@/lib/dashboards/repository";
import { createPlaylist } from "@/lib/playlists/repository";
import { allowedViewLoads } from "@/lib/scoped-access/allowed-views";
import { PRODUCTION_ACCOUNT_ID, STAGING_ACCOUNT_ID } from "@/lib/simulator/accounts";
import { withMigratedDatabase } from "@/lib/testing/database";
import { withSimulator } from "@/lib/testing/simulator";
import * as logsStartRoute from "../logs/queries/route";
import * as eventsRoute from "../events/route";
import * as logsTicketRoute from "../logs/queries/[id]/route";
import * as queryRoute from "./query/route";
import * as variableValuesRoute from "./variable-values/route";

// Wall screens (display tokens and sessions) and anonymous viewers may only run the saved widgets of the
// dashboards they may show: /api/metrics/query and the Logs Insights routes, against real PostgreSQL and the
// simulator, with principals as the gate resolves them (a real display token).

withMigratedDatabase();
withSimulator({ registerAccounts: true });

const ALB = "/watchwall/alb/prod-web-alb/access-logs";
const HOUR = 3_600_000;

function metricWidget(id: string, accountId: string | undefined, metricName = "CPUUtilization"): Widget {
  return {
    type: "line",
    id,
    position: { x: 0, y: 0, w: 12, h: 6 },
    ...(accountId ? { accountId } : {}),
    region: "us-east-1",
    metrics: [
      {
        kind: "metric",
        id: "m1",
        namespace: "AWS/EC2",
        metricName,
        dimensions: [{ name: "AutoScalingGroupName", value: "production-web-asg" }],
        stat: "Average",
        visible: true,
      },
    ],
  } as Widget;
}

const logsWidget: Widget = {
  type: "logs",
  id: "errors",
  position: { x: 12, y: 0, w: 12, h: 6 },
  region: "us-east-1",
  query: `SOURCE '${ALB}' | stats count(*) as n by bin(5m)`,
  logGroups: [ALB],
  view: "table",
};

function documentA(): DashboardDocument {
  return {
    ...createEmptyDocument("A", { accountId: PRODUCTION_ACCOUNT_ID, region: "us-east-1" }),
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
    // The CPU widget reads the dashboard's default account (it names none).
    widgets: [metricWidget("cpu", undefined), logsWidget],
  };
}

interface Fixture {
  a: string;
  b: string;
  tagged: string;
  playlist: string;
}

let fixture: Fixture | undefined;
async function setup(): Promise<Fixture> {
  if (fixture) return fixture;
  const a = await createDashboard({ name: "Scope A", tags: [] }, documentA());
  const b = await createDashboard(
    { name: "Scope B", tags: [] },
    {
      ...createEmptyDocument("B", { accountId: STAGING_ACCOUNT_ID, region: "us-east-1" }),
      widgets: [metricWidget("b-cpu", STAGING_ACCOUNT_ID)],
    },
  );
  const tagged = await createDashboard(
    { name: "Scope tagged", tags: ["lobby-wall"] },
    {
      ...createEmptyDocument("T", { accountId: PRODUCTION_ACCOUNT_ID, region: "us-east-1" }),
      widgets: [metricWidget("t-cpu", PRODUCTION_ACCOUNT_ID, "NetworkIn")],
    },
  );
  const playlist = await createPlaylist({
    name: "Lobby",
    source: "tag",
    tag: "lobby-wall",
    dashboardIds: [],
    intervalSeconds: 30,
    kiosk: true,
  });
  fixture = { a: a.id, b: b.id, tagged: tagged.id, playlist: playlist.id };
  return fixture;
}

const displayToken = displayTokenPrincipal;
const anonymous = anonymousPrincipal;

const viewer = VIEWER_PRINCIPAL;

/** What the browser's dashboard view sends: the saved document's metric widgets, variables and account. */
async function browserBody(dashboardId: string, extra: Record<string, unknown> = {}) {
  const { document } = await getDashboard(dashboardId);
  return {
    range: { type: "relative", duration: "PT3H" },
    widgets: document.widgets.filter((w) => "metrics" in w),
    widths: {},
    variables: document.variables,
    variableValues: {},
    ...(document.defaultAccountId ? { defaultAccountId: document.defaultAccountId } : {}),
    dashboardId,
    ...extra,
  };
}

async function query(principal: Principal, body: unknown) {
  const response = await queryRoute.POST(gatedRequest("/api/metrics/query", { principal, body }));
  return { status: response.status, json: (await response.json()) as unknown };
}

function reason(answer: { json: unknown }): string | undefined {
  return (answer.json as { error?: { code?: string; reason?: string } }).error?.reason;
}

describe("metrics queries of a wall screen (display token)", () => {
  it("runs its dashboard's saved widgets", async () => {
    const { a } = await setup();
    const answer = await query(await displayToken({ dashboards: [a] }), await browserBody(a));
    expect(answer.status).toBe(200);
    const panel = metricsQueryResponse.parse(answer.json).panels[0];
    expect(panel?.key).toBe("cpu");
    expect(panel?.errors).toEqual([]);
    expect(panel?.series[0]?.values.length).toBeGreaterThan(0);
  });

  it("refuses a widget changed to read another account or metric", async () => {
    const { a } = await setup();
    const screen = await displayToken({ dashboards: [a] });
    const otherAccount = await query(
      screen,
      await browserBody(a, { widgets: [metricWidget("cpu", STAGING_ACCOUNT_ID)] }),
    );
    expect(otherAccount.status).toBe(403);
    expect(reason(otherAccount)).toBe("widget_changed");
    const otherMetric = await query(
      screen,
      await browserBody(a, { widgets: [metricWidget("cpu", undefined, "NetworkOut")] }),
    );
    expect(otherMetric.status).toBe(403);
    expect(reason(otherMetric)).toBe("widget_changed");
    const otherDefault = await query(screen, await browserBody(a, { defaultAccountId: STAGING_ACCOUNT_ID }));
    expect(otherDefault.status).toBe(403);
    expect(reason(otherDefault)).toBe("default_account_changed");
  });

  it("refuses another dashboard, another dashboard's widget under its own, and a missing dashboardId", async () => {
    const { a, b } = await setup();
    const screen = await displayToken({ dashboards: [a] });
    const other = await query(screen, await browserBody(b));
    expect(other.status).toBe(403);
    expect(reason(other)).toBe("dashboard_not_allowed");
    const { document } = await getDashboard(b);
    const smuggled = await query(screen, await browserBody(a, { widgets: document.widgets }));
    expect(smuggled.status).toBe(403);
    expect(reason(smuggled)).toBe("widget_not_on_dashboard");
    const { dashboardId: _omitted, ...unnamed } = await browserBody(a);
    const missing = await query(screen, unnamed);
    expect(missing.status).toBe(403);
    expect(reason(missing)).toBe("dashboard_required");
    expect((missing.json as { error: { message: string } }).error.message).toMatch(/dashboardId/);
  });

  it("lets variable values vary among the variable's values, never beyond, and keeps its definition", async () => {
    const { a } = await setup();
    const screen = await displayToken({ dashboards: [a] });
    const listed = await query(
      screen,
      await browserBody(a, { variableValues: { asg: "production-api-asg" } }),
    );
    expect(listed.status).toBe(200);
    const typed = await query(screen, await browserBody(a, { variableValues: { asg: "staging-web-asg" } }));
    expect(typed.status).toBe(403);
    expect(reason(typed)).toBe("variable_value");
    const { document } = await getDashboard(a);
    const widened = document.variables.map((v) => ({ ...v, values: [{ value: "staging-web-asg" }] }));
    const redefined = await query(
      screen,
      await browserBody(a, { variables: widened, variableValues: { asg: "staging-web-asg" } }),
    );
    expect(redefined.status).toBe(403);
    expect(reason(redefined)).toBe("variables_changed");
  });

  it("may show a dashboard through a playlist of a tag, and nothing else", async () => {
    const { a, tagged, playlist } = await setup();
    const screen = await displayToken({ playlists: [playlist] });
    expect((await query(screen, await browserBody(tagged))).status).toBe(200);
    const outside = await query(screen, await browserBody(a));
    expect(outside.status).toBe(403);
    expect(reason(outside)).toBe("dashboard_not_allowed");
  });

  it("reads a dashboard once per saved version, and runs only the current version's widgets", async () => {
    const { a } = await setup();
    const screen = await displayToken({ dashboards: [a] });
    expect((await query(screen, await browserBody(a))).status).toBe(200);
    const loads = allowedViewLoads();
    for (let i = 0; i < 5; i++) expect((await query(screen, await browserBody(a))).status).toBe(200);
    expect(allowedViewLoads()).toBe(loads);

    const before = await browserBody(a);
    const saved = await getDashboard(a);
    const edited = {
      ...saved.document,
      widgets: saved.document.widgets.map((w) =>
        w.id === "cpu" ? metricWidget("cpu", undefined, "NetworkIn") : w,
      ),
    };
    await saveDashboard(a, saved.version, { name: saved.name, tags: saved.tags }, edited);
    const stale = await query(screen, before);
    expect(stale.status).toBe(403);
    expect(reason(stale)).toBe("widget_changed");
    expect((await query(screen, await browserBody(a))).status).toBe(200);
    expect(allowedViewLoads()).toBe(loads + 1);
    await saveDashboard(a, saved.version + 1, { name: saved.name, tags: saved.tags }, documentA());
  });
});

describe("searched variables and event streams of a wall screen", () => {
  const search = '{AWS/EC2,AutoScalingGroupName} MetricName="CPUUtilization"';
  async function searchedDashboard(): Promise<string> {
    const created = await createDashboard(
      { name: "Scope searched", tags: [] },
      {
        ...createEmptyDocument("S", { accountId: PRODUCTION_ACCOUNT_ID, region: "us-east-1" }),
        variables: [
          {
            id: "asg",
            type: "property",
            property: "AutoScalingGroupName",
            inputType: "select",
            defaultValue: "__FIRST",
            search,
            populateFrom: "AutoScalingGroupName",
          },
        ],
        widgets: [metricWidget("cpu", undefined)],
      },
    );
    return created.id;
  }

  async function listValues(principal: Principal, params: Record<string, string>) {
    const response = await variableValuesRoute.GET(
      gatedRequest(`/api/metrics/variable-values?${new URLSearchParams(params)}`, { principal }),
    );
    return { status: response.status, json: (await response.json()) as unknown };
  }

  it("lists only its dashboards' searched variables, and checks chosen values against the server's list", async () => {
    const s = await searchedDashboard();
    const screen = await displayToken({ dashboards: [s] });
    const request = {
      accountId: PRODUCTION_ACCOUNT_ID,
      region: "us-east-1",
      search,
      populateFrom: "AutoScalingGroupName",
      dashboardId: s,
    };
    const listed = await listValues(screen, request);
    expect(listed.status).toBe(200);
    const values = (listed.json as { values: string[] }).values;
    expect(values).toContain("production-web-asg");
    const { dashboardId: _omitted, ...unnamed } = request;
    expect(reason(await listValues(screen, unnamed))).toBe("dashboard_required");
    expect(reason(await listValues(screen, { ...request, search: "{AWS/RDS,DBInstanceIdentifier}" }))).toBe(
      "variable_not_on_dashboard",
    );
    expect(reason(await listValues(screen, { ...request, accountId: STAGING_ACCOUNT_ID }))).toBe(
      "variable_not_on_dashboard",
    );

    // The browser sends the variable with the listed values filled in; a value it adds is not the server's.
    const { document } = await getDashboard(s);
    const populated = document.variables.map((v) => ({ ...v, values: values.map((value) => ({ value })) }));
    const chosen = await query(
      screen,
      await browserBody(s, { variables: populated, variableValues: { asg: "production-web-asg" } }),
    );
    expect(chosen.status).toBe(200);
    const forged = document.variables.map((v) => ({ ...v, values: [{ value: "not-a-group" }] }));
    const smuggled = await query(
      screen,
      await browserBody(s, { variables: forged, variableValues: { asg: "not-a-group" } }),
    );
    expect(smuggled.status).toBe(403);
    expect(reason(smuggled)).toBe("variable_value");
  });

  it("follows only the dashboards it may show, with the values their variables offer", async () => {
    const { a, b } = await setup();
    const response = await eventsRoute.GET(
      gatedRequest(`/api/events?dashboard=${b}&width=1200`, {
        principal: await displayToken({ dashboards: [a] }),
      }),
    );
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { reason: string } }).error.reason).toBe(
      "dashboard_not_allowed",
    );
    // Its own dashboard's refreshes run only with values the variables offer.
    const typed = await eventsRoute.GET(
      gatedRequest(`/api/events?dashboard=${a}&width=1200&var-asg=staging-web-asg`, {
        principal: await displayToken({ dashboards: [a] }),
      }),
    );
    expect(typed.status).toBe(403);
    expect(((await typed.json()) as { error: { reason: string } }).error.reason).toBe("variable_value");
  });
});

describe("metrics queries of anonymous viewers and full users", () => {
  it("holds anonymous viewers to their dashboards' saved widgets", async () => {
    const { a, b } = await setup();
    expect((await query(anonymous([a]), await browserBody(a))).status).toBe(200);
    const other = await query(anonymous([a]), await browserBody(b));
    expect(other.status).toBe(403);
    expect(reason(other)).toBe("dashboard_not_allowed");
    const changed = await query(
      anonymous([a]),
      await browserBody(a, { widgets: [metricWidget("cpu", STAGING_ACCOUNT_ID)] }),
    );
    expect(changed.status).toBe(403);
    const { dashboardId: _omitted, ...unnamed } = await browserBody(a);
    expect(reason(await query(anonymous([a]), unnamed))).toBe("dashboard_required");
  });

  it("leaves viewers free to query any widget of any account", async () => {
    const { a } = await setup();
    const free = await query(viewer, {
      range: { type: "relative", duration: "PT3H" },
      widgets: [metricWidget("adhoc", STAGING_ACCOUNT_ID, "NetworkOut")],
    });
    expect(free.status).toBe(200);
    // Naming a dashboard does not bind a full user (the editor previews drafts of it).
    const draft = await query(
      viewer,
      await browserBody(a, { widgets: [metricWidget("cpu", STAGING_ACCOUNT_ID)] }),
    );
    expect(draft.status).toBe(200);
  });
});

// ---- Logs Insights ----

function pastRange() {
  const end = Math.floor(Date.now() / HOUR) * HOUR - HOUR;
  return { type: "absolute" as const, start: end - HOUR, end };
}

/** What LogWidgetView sends for dashboard A's log widget. */
function logsBody(dashboardId: string | undefined, extra: Record<string, unknown> = {}) {
  return {
    query: "stats count(*) as n by bin(5m)",
    groups: [{ accountId: PRODUCTION_ACCOUNT_ID, region: "us-east-1", name: ALB }],
    mode: "groups",
    range: pastRange(),
    ...(dashboardId ? { dashboardId, widgetId: "errors", variableValues: {} } : {}),
    ...extra,
  };
}

async function startLogs(principal: Principal, body: unknown) {
  const response = await logsStartRoute.POST(gatedRequest("/api/logs/queries", { principal, body }));
  return { status: response.status, json: (await response.json()) as unknown };
}

async function ticketCall(principal: Principal, id: string, method: "GET" | "DELETE") {
  const response = await logsTicketRoute[method](
    gatedRequest(`/api/logs/queries/${id}`, { principal, method }),
    { params: Promise.resolve({ id }) },
  );
  const text = await response.text();
  return { status: response.status, text };
}

describe("Logs Insights of wall screens and anonymous viewers", () => {
  it("starts only its dashboards' log widgets as saved", async () => {
    const { a, b } = await setup();
    const screen = await displayToken({ dashboards: [a] });
    const started = await startLogs(screen, logsBody(a));
    expect(started.status).toBe(201);
    const refusals = [
      logsBody(a, { query: "fields @message | limit 10000" }),
      logsBody(a, {
        groups: [{ accountId: PRODUCTION_ACCOUNT_ID, region: "us-east-1", name: "/aws/lambda/x" }],
      }),
      logsBody(a, { groups: [{ accountId: STAGING_ACCOUNT_ID, region: "us-east-1", name: ALB }] }),
      logsBody(a, { groups: [{ accountId: PRODUCTION_ACCOUNT_ID, region: "eu-west-1", name: ALB }] }),
      logsBody(a, { history: true }),
    ];
    for (const body of refusals) {
      const answer = await startLogs(screen, body);
      expect(answer.status, JSON.stringify(body)).toBe(403);
      expect(reason(answer)).toBe("log_query_not_on_dashboard");
    }
    expect(reason(await startLogs(screen, logsBody(b)))).toBe("dashboard_not_allowed");
    expect(reason(await startLogs(screen, logsBody(undefined)))).toBe("dashboard_required");
    expect((await startLogs(anonymous([a]), logsBody(a))).status).toBe(201);
    expect(reason(await startLogs(anonymous([b]), logsBody(a)))).toBe("dashboard_not_allowed");
    // Viewers keep free queries on the Logs page.
    expect(
      (await startLogs(viewer, logsBody(undefined, { query: "fields @message | limit 5" }))).status,
    ).toBe(201);
  });

  it("reads and releases only the tickets it started", async () => {
    const { a } = await setup();
    const screen = await displayToken({ dashboards: [a] });
    const otherScreen = await displayToken({ dashboards: [a] });
    const started = await startLogs(screen, logsBody(a));
    const id = (started.json as { id: string }).id;

    const foreign = await ticketCall(otherScreen, id, "GET");
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.text)).toMatchObject({
      error: { code: "outside_scope", reason: "not_your_query" },
    });
    expect((await ticketCall(anonymous([a]), id, "GET")).status).toBe(403);
    expect((await ticketCall(otherScreen, id, "DELETE")).status).toBe(403);

    const own = await ticketCall(screen, id, "GET");
    expect(own.status).toBe(200);
    expect(own.text.trim().split("\n").at(-1)).toContain('"type":"end"');
    expect((await ticketCall(screen, id, "DELETE")).status).toBe(204);

    // A viewer's own ticket is not a screen's either; viewers keep reading any ticket they hold the id of.
    const viewers = await startLogs(viewer, logsBody(undefined));
    const viewerTicket = (viewers.json as { id: string }).id;
    expect((await ticketCall(screen, viewerTicket, "GET")).status).toBe(403);
    expect((await ticketCall(viewer, viewerTicket, "GET")).status).toBe(200);
    expect((await ticketCall(viewer, viewerTicket, "DELETE")).status).toBe(204);
  });
});
