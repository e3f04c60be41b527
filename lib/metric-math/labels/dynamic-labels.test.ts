import { describe, expect, it } from "vitest";
import { T0, metric, seriesFromPoints } from "../testing/fixture";
import type { TimeSeries } from "../types";
import { resolveDynamicLabel } from "./dynamic-labels";
import { formatDuration, formatLabelNumber, formatLabelTime, parseTimezoneOffset } from "./format";

const series: TimeSeries = {
  ...seriesFromPoints("CPUUtilization", [4, 1.5, null, 9, 2.5]),
  metric: metric("CPUUtilization", { InstanceId: "i-1", "Auto Scaling": "web" }),
  stat: "Maximum",
  accountId: "111122223333",
  region: "eu-west-1",
};
const ctx = { defaultLabel: "CPUUtilization", now: T0 + 600, accountLabel: "prod" };

describe("resolveDynamicLabel (section 2.6)", () => {
  it("documented example", () => {
    const s = {
      ...seriesFromPoints("x", [1.5, 2.5]),
      metric: metric("CPUUtilization", { InstanceId: "i-1" }),
    };
    expect(resolveDynamicLabel("${PROP('Dim.InstanceId')} max=${MAX}", s, ctx)).toBe("i-1 max=2.5");
  });

  it.each([
    ["${AVG}", "4.25"],
    ["${MIN}", "1.5"],
    ["${MAX}", "9"],
    ["${SUM}", "17"],
    ["${FIRST}", "4"],
    ["${LAST}", "2.5"],
    ["${DATAPOINT_COUNT}", "4"],
    ["${FIRST_LAST_RANGE}", "-1.5"],
    ["${MIN_MAX_RANGE}", "7.5"],
    ["${FIRST_TIME}", "2024-01-01T00:00:00+00:00"],
    ["${LAST_TIME}", "2024-01-01T00:04:00+00:00"],
    ["${MIN_TIME}", "2024-01-01T00:01:00+00:00"],
    ["${MAX_TIME}", "2024-01-01T00:03:00+00:00"],
    ["${FIRST_TIME_RELATIVE}", "10m ago"],
    ["${MAX_TIME_RELATIVE}", "7m ago"],
    ["${FIRST_LAST_TIME_RANGE}", "4m"],
    ["${MIN_MAX_TIME_RANGE}", "2m"],
    ["${LABEL}", "CPUUtilization"],
    ["${PROP('AccountId')}", "111122223333"],
    ["${PROP('AccountLabel')}", "prod"],
    ["${PROP('MetricName')}", "CPUUtilization"],
    ["${PROP('Namespace')}", "AWS/EC2"],
    ["${PROP('Period')}", "60"],
    ["${PROP('Region')}", "eu-west-1"],
    ["${PROP('Stat')}", "Maximum"],
    ['${PROP("Dim.Auto Scaling")}', "web"],
    ["${PROP('Dim.Missing')}", ""],
  ])("%s → %s", (template, expected) => {
    expect(resolveDynamicLabel(template, series, ctx)).toBe(expected);
  });

  it("keeps literal text, unknown placeholders and the Grafana separator verbatim", () => {
    expect(resolveDynamicLabel("${LABEL}|&|${PROP('Dim.InstanceId')} ${NOPE} $x {y}", series, ctx)).toBe(
      "CPUUtilization|&|i-1 ${NOPE} $x {y}",
    );
  });

  it("resolves ${LABEL} once and at most five dynamic values", () => {
    expect(resolveDynamicLabel("${LABEL} ${LABEL}", series, ctx)).toBe("CPUUtilization ${LABEL}");
    expect(resolveDynamicLabel("${MIN} ${MAX} ${SUM} ${AVG} ${FIRST} ${LAST}", series, ctx)).toBe(
      "1.5 9 17 4.25 4 ${LAST}",
    );
  });

  it("applies the label time zone to time values only", () => {
    const zoned = { ...ctx, timezone: "+0130" };
    expect(resolveDynamicLabel("${FIRST_TIME} ${FIRST}", series, zoned)).toBe("2024-01-01T01:30:00+01:30 4");
    expect(resolveDynamicLabel("${FIRST_TIME}", series, { ...ctx, timezone: "-0500" })).toBe(
      "2023-12-31T19:00:00-05:00",
    );
  });

  it("an empty series gives empty values and a zero count", () => {
    const empty = seriesFromPoints("e", []);
    expect(resolveDynamicLabel("[${AVG}] [${FIRST_TIME}] ${DATAPOINT_COUNT}", empty, ctx)).toBe("[] [] 0");
  });
});

describe("label formatting helpers [I]", () => {
  it.each([
    [2, "2"],
    [1 / 3, "0.3333"],
    [2.5, "2.5"],
    [-1234567.891234, "-1234567.8912"],
    [0.0000123456, "0.00001235"],
  ])("number %d → %s", (value, expected) => {
    expect(formatLabelNumber(value)).toBe(expected);
  });

  it("durations and time zones", () => {
    expect(formatDuration(0)).toBe("0s");
    expect(formatDuration(93784)).toBe("1d 2h 3m 4s");
    expect(parseTimezoneOffset("+0130")).toBe(5400);
    expect(parseTimezoneOffset("-0500")).toBe(-18000);
    expect(parseTimezoneOffset("bogus")).toBe(0);
    expect(formatLabelTime(0, 0)).toBe("1970-01-01T00:00:00+00:00");
  });
});
