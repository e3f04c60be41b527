import { beforeAll, describe, expect, it } from "vitest";
import { listAccounts } from "@/lib/accounts/repository";
import { startAlarmPollers } from "@/lib/alarms/poller";
import {
  anonymousPrincipal,
  displayTokenPrincipal,
  gatedRequest,
  VIEWER_PRINCIPAL,
} from "@/lib/auth/handlers.testing";
import type { Principal } from "@/lib/auth/principal";
import { startHealthPollers } from "@/lib/aws-health/poller";
import { alarmsListResponseSchema, type AlarmsListResponse } from "@/lib/contracts/alarms";
import { healthEventsResponseSchema, type HealthEventsResponse } from "@/lib/contracts/aws-health";
import { createEmptyDocument, type Widget } from "@/lib/dashboards/model";
import { createDashboard } from "@/lib/dashboards/repository";
import { PRODUCTION_ACCOUNT_ID, STAGING_ACCOUNT_ID } from "@/lib/simulator/accounts";
import { withMigratedDatabase } from "@/lib/testing/database";
import { withSimulator } from "@/lib/testing/simulator";
import * as healthRoute from "../aws-health/events/route";
import * as detailRoute from "./detail/route";
import * as alarmsRoute from "./route";
import { PRODUCTION_WEB_CPU } from "@/lib/testing/demo-queries";

// Wall screens (real display tokens) and anonymous viewers read alarms and AWS Health events only through the
// dashboard they show: what its alarm status and Health widgets show, nothing of other accounts. Real
// PostgreSQL, the simulator's demo organisation, and snapshots written by the real pollers.

withMigratedDatabase();
const handle = withSimulator({ registerAccounts: true });

const position = { x: 0, y: 0, w: 12, h: 6 };
let a = "";
let b = "";
/** The alarm listed by ARN on A, with a state filter its current state is not in. */
let listed = { arn: "", state: "" };
/** The alarm A's metric widget annotates, and a staging alarm no widget of A names. */
let annotated = { arn: "", name: "", region: "" };
let other = { account: "", region: "", name: "" };

beforeAll(async () => {
  const runtime = {
    mode: "simulator" as const,
    endpoint: handle.simulator.url,
    baseCredentials: handle.simulator.baseCredentials,
  };
  for (const pollers of [
    startAlarmPollers({ intervalMs: 3600_000, accounts: listAccounts, runtime }),
    startHealthPollers({ intervalMs: 3600_000, accounts: listAccounts, runtime }),
  ]) {
    await pollers.pollAll();
    await pollers.stop();
  }
  const all = await alarms(viewer, "");
  const throttles = all.alarms.find((x) => x.name === "prod-shop-sessions-read-throttles");
  if (!throttles) throw new Error("the demo organisation has prod-shop-sessions-read-throttles");
  listed = { arn: throttles.arn, state: throttles.state };
  const cpu = all.alarms.find((x) => x.name === "prod-web-3-cpu-high");
  const staging = all.alarms.find((x) => x.accountId === STAGING_ACCOUNT_ID && x.type === "metric");
  if (!cpu || !staging) throw new Error("the demo organisation has prod-web-3-cpu-high and staging alarms");
  annotated = { arn: cpu.arn, name: cpu.name, region: cpu.region };
  other = { account: staging.accountId, region: staging.region, name: staging.name };
  const otherState = (["OK", "ALARM", "INSUFFICIENT_DATA"] as const).find((s) => s !== throttles.state);
  const widgetsA: Widget[] = [
    {
      type: "alarm-status",
      id: "web",
      position,
      alarms: [],
      selector: { accounts: [PRODUCTION_ACCOUNT_ID], regions: ["us-east-1"], namePrefix: "prod-web" },
    },
    // Its state filter hides the alarm on the wall now, not from the answer (a change of state shows it).
    { type: "alarm-status", id: "listed", position, alarms: [throttles.arn], states: [otherState ?? "OK"] },
    { type: "aws-health", id: "ec2", position, services: ["EC2"], regions: ["eu-west-1"] },
    {
      type: "line",
      id: "cpu",
      position,
      region: "us-east-1",
      metrics: [{ ...PRODUCTION_WEB_CPU }],
      annotations: { alarms: [annotated.arn] },
    } as Widget,
  ];
  a = (
    await createDashboard(
      { name: "Alarm scope A", tags: [] },
      {
        ...createEmptyDocument("A", { accountId: PRODUCTION_ACCOUNT_ID, region: "us-east-1" }),
        widgets: widgetsA,
      },
    )
  ).id;
  b = (
    await createDashboard(
      { name: "Alarm scope B", tags: [] },
      {
        ...createEmptyDocument("B", { accountId: STAGING_ACCOUNT_ID, region: "us-east-1" }),
        widgets: [
          {
            type: "alarm-status",
            id: "stg",
            position,
            alarms: [],
            selector: { accounts: [STAGING_ACCOUNT_ID] },
          },
          { type: "aws-health", id: "all", position },
        ],
      },
    )
  ).id;
});

const viewer = VIEWER_PRINCIPAL;

const displayToken = (dashboards: string[]) => displayTokenPrincipal({ dashboards });
const anonymous = anonymousPrincipal;

async function call(route: { GET: (r: Request) => Promise<Response> }, path: string, principal: Principal) {
  const response = await route.GET(gatedRequest(path, { principal }));
  return { status: response.status, json: (await response.json()) as unknown };
}

async function alarms(principal: Principal, query: string): Promise<AlarmsListResponse> {
  const answer = await call(alarmsRoute, `/api/alarms?${query}`, principal);
  expect(answer.status).toBe(200);
  return alarmsListResponseSchema.parse(answer.json);
}

async function health(principal: Principal, query: string): Promise<HealthEventsResponse> {
  const answer = await call(healthRoute, `/api/aws-health/events?${query}`, principal);
  expect(answer.status).toBe(200);
  return healthEventsResponseSchema.parse(answer.json);
}

function refusal(answer: { status: number; json: unknown }) {
  return { status: answer.status, reason: (answer.json as { error?: { reason?: string } }).error?.reason };
}

const names = (view: AlarmsListResponse) => view.alarms.map((x) => x.name).sort();

describe("alarms of a wall screen (display token)", () => {
  it("are only what its dashboard's alarm widgets resolve to, whatever their state filter", async () => {
    const everything = await alarms(viewer, "");
    const screen = await alarms(await displayToken([a]), `dashboardId=${a}`);
    const expected = everything.alarms
      .filter(
        (x) =>
          (x.accountId === PRODUCTION_ACCOUNT_ID &&
            x.region === "us-east-1" &&
            x.name.startsWith("prod-web")) ||
          x.arn === listed.arn,
      )
      .map((x) => x.name)
      .sort();
    expect(expected.length).toBeGreaterThan(1);
    expect(names(screen)).toEqual(expected);
    expect(screen.alarms.map((x) => x.arn)).toContain(listed.arn);
    expect(everything.alarms.some((x) => x.accountId === STAGING_ACCOUNT_ID)).toBe(true);
    expect(screen.alarms.some((x) => x.accountId !== PRODUCTION_ACCOUNT_ID)).toBe(false);
    // Sources: the selector's account and Region, and the listed alarm's; not the other accounts.
    const listedRegion = listed.arn.split(":")[3];
    expect(new Set(screen.sources.map((s) => `${s.accountId}/${s.region}`))).toEqual(
      new Set([`${PRODUCTION_ACCOUNT_ID}/us-east-1`, `${PRODUCTION_ACCOUNT_ID}/${listedRegion}`]),
    );
    expect(everything.sources.length).toBeGreaterThan(screen.sources.length);
    expect(screen.counts.ALARM + screen.counts.OK + screen.counts.INSUFFICIENT_DATA).toBe(expected.length);
    // The list's own filters still apply, within the dashboard's alarms.
    const alarming = await alarms(await displayToken([a]), `dashboardId=${a}&state=ALARM`);
    expect(alarming.alarms.every((x) => x.state === "ALARM" && expected.includes(x.name))).toBe(true);
  });

  it("are refused without a dashboard and for a dashboard it may not show", async () => {
    const screen = await displayToken([a]);
    expect(refusal(await call(alarmsRoute, "/api/alarms", screen))).toEqual({
      status: 403,
      reason: "dashboard_required",
    });
    expect(refusal(await call(alarmsRoute, `/api/alarms?dashboardId=${b}`, screen))).toEqual({
      status: 403,
      reason: "dashboard_not_allowed",
    });
  });

  it("are the same for an anonymous viewer; a full viewer still reads every alarm, dashboard named or not", async () => {
    const screen = await alarms(await displayToken([a]), `dashboardId=${a}`);
    expect(names(await alarms(anonymous([a]), `dashboardId=${a}`))).toEqual(names(screen));
    expect(refusal(await call(alarmsRoute, `/api/alarms?dashboardId=${b}`, anonymous([a]))).status).toBe(403);
    const everything = await alarms(viewer, "");
    expect(names(await alarms(viewer, `dashboardId=${a}`))).toEqual(names(everything));
    expect(everything.sources.length).toBe(9);
  });
});

describe("AWS Health events of a wall screen (display token)", () => {
  it("are only what its dashboard's Health widgets show, without links to other dashboards or alarms", async () => {
    const everything = await health(viewer, "");
    const screen = await health(await displayToken([a]), `dashboardId=${a}`);
    expect(screen.events.length).toBeGreaterThan(0);
    expect(
      screen.events.every(
        (e) => e.service === "EC2" && e.region === "eu-west-1" && e.statusCode !== "closed",
      ),
    ).toBe(true);
    expect(screen.events.every((e) => e.links.length === 0)).toBe(true);
    expect(screen.facets.services).toEqual(["EC2"]);
    expect(everything.events.some((e) => e.service !== "EC2" || e.region !== "eu-west-1")).toBe(true);
    expect(everything.events.some((e) => e.links.length > 0)).toBe(true);
    // B's widget names no account: every source is part of its answer (A's reader may not have it).
    const other = await health(await displayToken([b]), `dashboardId=${b}`);
    expect(other.sources.length).toBe(everything.sources.length);
  });

  it("are refused without a dashboard and for a dashboard it may not show", async () => {
    const screen = await displayToken([a]);
    expect(refusal(await call(healthRoute, "/api/aws-health/events", screen))).toEqual({
      status: 403,
      reason: "dashboard_required",
    });
    expect(refusal(await call(healthRoute, `/api/aws-health/events?dashboardId=${b}`, screen))).toEqual({
      status: 403,
      reason: "dashboard_not_allowed",
    });
  });

  it("a full viewer still reads every event, dashboard named or not", async () => {
    const everything = await health(viewer, "");
    const named = await health(viewer, `dashboardId=${a}`);
    expect(named.events.map((e) => e.arn)).toEqual(everything.events.map((e) => e.arn));
  });
});

describe("alarm detail (annotations) of a wall screen (display token)", () => {
  const detailPath = (where: { account: string; region: string; name: string }, dashboardId?: string) =>
    `/api/alarms/detail?${new URLSearchParams({ ...where, graph: "false", ...(dashboardId ? { dashboardId } : {}) })}`;

  it("reads only an alarm its dashboard's metric widgets annotate", async () => {
    const screen = await displayToken([a]);
    const mine = { account: PRODUCTION_ACCOUNT_ID, region: annotated.region, name: annotated.name };
    const answer = await call(detailRoute, detailPath(mine, a), screen);
    expect(answer.status).toBe(200);
    expect((answer.json as { alarm: { name: string }; children: unknown[] }).alarm.name).toBe(annotated.name);
    expect(refusal(await call(detailRoute, detailPath(other, a), screen))).toEqual({
      status: 403,
      reason: "alarm_not_on_dashboard",
    });
    expect(refusal(await call(detailRoute, detailPath(mine), screen))).toEqual({
      status: 403,
      reason: "dashboard_required",
    });
    expect(refusal(await call(detailRoute, detailPath(mine, b), screen))).toEqual({
      status: 403,
      reason: "dashboard_not_allowed",
    });
  });

  it("a full viewer still reads any alarm without naming a dashboard", async () => {
    const answer = await call(detailRoute, detailPath(other), viewer);
    expect(answer.status).toBe(200);
    expect((answer.json as { alarm: { name: string } }).alarm.name).toBe(other.name);
  });
});
