import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { exportCloudWatchDashboard, exportWarnings, importCloudWatchDashboard } from ".";
import { validateDocument, type DashboardDocument, type Widget } from "../model";

const FIXTURE = path.join(__dirname, "fixtures", "cdk-alarm-and-dashboard.json");
const OPTS = { defaultRegion: "us-east-1", defaultAccountId: "111111111111" };

function imported(): DashboardDocument {
  const result = importCloudWatchDashboard(readFileSync(FIXTURE, "utf8"), OPTS);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.document;
}

function widgetsOf(body: Record<string, unknown>): Array<Record<string, unknown>> {
  return body.widgets as Array<Record<string, unknown>>;
}

describe("alarm status and Health widgets in CloudWatch JSON", () => {
  it("round-trip a CloudWatch alarm widget unchanged, with no warning", () => {
    const source = JSON.parse(readFileSync(FIXTURE, "utf8")) as Record<string, unknown>;
    const document = imported();
    const alarm = document.widgets.find((w) => w.type === "alarm-status");
    expect(alarm).toMatchObject({
      alarms: ["arn:aws:cloudwatch:us-east-1:123456789012:alarm:Alarm7103F465"],
    });
    const original = widgetsOf(source).find((w) => w.type === "alarm");
    const exported = widgetsOf(exportCloudWatchDashboard(document)).find((w) => w.type === "alarm");
    expect(exported).toEqual(original);
    expect(exportWarnings(document)).toEqual([]);
  });

  it("export a selector as the explicit list it resolves to, and a Health widget as text, each with a warning", () => {
    const selector: Widget = {
      type: "alarm-status",
      id: "firing",
      title: "Everything in ALARM",
      position: { x: 0, y: 20, w: 12, h: 4 },
      alarms: [],
      selector: { states: ["ALARM"] },
    };
    const health: Widget = {
      type: "aws-health",
      id: "health",
      title: "EC2 health",
      position: { x: 12, y: 20, w: 12, h: 4 },
      services: ["EC2"],
      regions: ["eu-west-1"],
    };
    const document = { ...imported(), widgets: [...imported().widgets, selector, health] };
    expect(validateDocument(document).ok).toBe(true);
    const resolved = ["arn:aws:cloudwatch:us-east-1:111111111111:alarm:prod-a"];
    const body = exportCloudWatchDashboard(document, { resolvedAlarms: { firing: resolved } });
    const [alarmOut, healthOut] = widgetsOf(body).slice(-2);
    expect(alarmOut).toEqual({
      type: "alarm",
      x: 0,
      y: 20,
      width: 12,
      height: 4,
      properties: { title: "Everything in ALARM", alarms: resolved },
    });
    expect(healthOut).toMatchObject({ type: "text", properties: { title: "EC2 health" } });
    const markdown = (healthOut?.properties as { markdown: string }).markdown;
    expect(markdown).toContain("Watchwall AWS Health widget");
    expect(markdown).toContain("services: EC2; Regions: eu-west-1");
    const n = imported().widgets.length;
    expect(exportWarnings(document).map((w) => w.path)).toEqual([`/widgets/${n}`, `/widgets/${n + 1}`]);
  });
});
