import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  exportCloudWatchDashboard,
  importCloudWatchDashboard,
  normalizeCloudWatchBody,
  validateCloudWatchBody,
} from ".";
import type { DashboardDocument } from "../model";

const FIXTURE_DIR = path.join(__dirname, "fixtures");
const fixtures = readdirSync(FIXTURE_DIR).filter((name) => name.endsWith(".json"));
const OPTS = { defaultRegion: "eu-west-1", defaultAccountId: "111122223333" };

function load(name: string): unknown {
  return JSON.parse(readFileSync(path.join(FIXTURE_DIR, name), "utf8"));
}

function imported(name: string): DashboardDocument {
  const result = importCloudWatchDashboard(readFileSync(path.join(FIXTURE_DIR, name), "utf8"), OPTS);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.document;
}

const EXPECTED_TYPES: Record<string, string[]> = {
  "aws-samples-lambda-singlevalue-alarm-annotation.json": [
    "line",
    "number",
    "line",
    "line",
    "number",
    "line",
    "line",
    "number",
    "line",
    "line",
  ],
  "cdk-alarm-and-dashboard.json": [
    "text",
    "text",
    "line",
    "alarm-status",
    "line",
    "number",
    "logs",
    "logs",
    "logs",
    "logs",
    "logs",
    "logs",
    "logs",
    "number",
    "number",
    "unsupported",
  ],
  "cdk-dashboard-variables-dynamic-label.json": ["text", "line"],
  "cdk-gauge-widget.json": ["gauge"],
  "cdk-math-alarm-and-dashboard.json": ["line", "line", "pie", "number"],
  "cdk-search-expression-cross-region.json": ["line"],
  "threatexchange-hma-dot-shorthand-no-xy.json": ["line", "line", "line", "line", "line"],
};

describe.each(fixtures)("fixture %s", (name) => {
  it("is accepted by the PutDashboard validator", () => {
    expect(validateCloudWatchBody(load(name))).toEqual([]);
  });

  it("imports with the expected widgets", () => {
    const document = imported(name);
    expect(document.widgets.map((w) => w.type)).toEqual(EXPECTED_TYPES[name]);
  });

  it("exports back to equivalent JSON (compact and expanded rows)", () => {
    const original = normalizeCloudWatchBody(load(name), OPTS);
    for (const compact of [true, false]) {
      const exported = exportCloudWatchDashboard(imported(name), { compact });
      expect(normalizeCloudWatchBody(exported, OPTS)).toEqual(original);
      expect(validateCloudWatchBody(exported)).toEqual([]);
    }
  });

  it("is stable: a second import/export changes nothing", () => {
    const once = exportCloudWatchDashboard(imported(name));
    const again = importCloudWatchDashboard(JSON.stringify(once), OPTS);
    expect(again.ok).toBe(true);
    if (again.ok) {
      // Only the record of the imported start/end may differ: the export always writes `start`.
      expect({ ...again.document, sourceTime: undefined }).toEqual({
        ...imported(name),
        sourceTime: undefined,
      });
      expect(exportCloudWatchDashboard(again.document)).toEqual(once);
    }
  });
});

it("covers every fixture with expectations", () => {
  expect(fixtures.sort()).toEqual(Object.keys(EXPECTED_TYPES).sort());
});
