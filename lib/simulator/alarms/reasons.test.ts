import { describe, expect, it } from "vitest";
import { simpleAlarm } from "./alarm-test-support";
import { BREACHING, explain, MISSING, NOT_BREACHING } from "./evaluate";
import type { MetricAlarmConfig, StateValue } from "./model";
import { metricStateReason, type EvaluatedRange } from "./reasons";

const BASE = Date.UTC(2026, 5, 1, 12, 0, 0) / 1000;

function range(
  values: (number | null)[],
  breaching: (v: number, i: number) => boolean,
  band?: [number, number],
): EvaluatedRange {
  return {
    cls: values.map((v, i) => (v === null ? MISSING : breaching(v, i) ? BREACHING : NOT_BREACHING)),
    values: values.map((v) => v ?? NaN),
    counts: values.map((v) => (v === null ? NaN : 1)),
    upper: values.map(() => band?.[1] ?? NaN),
    lower: values.map(() => band?.[0] ?? NaN),
    timestampOf: (i) => BASE + i * 60,
  };
}

function reason(config: MetricAlarmConfig, r: EvaluatedRange, state: StateValue): string {
  const n = config.evaluationPeriods;
  const m = config.datapointsToAlarm ?? n;
  const mode = config.treatMissingData ?? "missing";
  return metricStateReason({ config, mode, n, m, queryDate: BASE * 1000 }, r, explain(r.cls, n, mode), state)
    .reason;
}

describe("metric alarm reasons", () => {
  it("use the 'N datapoints' form without DatapointsToAlarm", () => {
    const config = simpleAlarm("a", {
      evaluationPeriods: 3,
      comparisonOperator: "GreaterThanOrEqualToThreshold",
    });
    expect(
      reason(
        config,
        range([null, null, 12, 10, 11], (v) => v >= 10),
        "ALARM",
      ),
    ).toBe(
      "Threshold Crossed: 3 datapoints were greater than or equal to the threshold (10.0). The most recent datapoints which crossed the threshold: [11.0 (01/06/26 12:04:00), 10.0 (01/06/26 12:03:00), 12.0 (01/06/26 12:02:00)].",
    );
    expect(
      reason(
        config,
        range([null, null, 12, 10, 1], (v) => v >= 10),
        "OK",
      ),
    ).toBe(
      "Threshold Crossed: 1 datapoint [1.0 (01/06/26 12:04:00)] was not greater than or equal to the threshold (10.0).",
    );
  });

  it("list at most five datapoints, newest first", () => {
    const config = simpleAlarm("a", {
      evaluationPeriods: 7,
      datapointsToAlarm: 7,
      comparisonOperator: "LessThanThreshold",
      threshold: 65,
    });
    const values = [0, 1, 2, 3, 4, 5, 6, 7, 8];
    expect(
      reason(
        config,
        range(values, (v) => v < 65),
        "ALARM",
      ),
    ).toBe(
      "Threshold Crossed: 7 out of the last 7 datapoints were less than the threshold (65.0). The most recent datapoints which crossed the threshold: [8.0 (01/06/26 12:08:00), 7.0 (01/06/26 12:07:00), 6.0 (01/06/26 12:06:00), 5.0 (01/06/26 12:05:00), 4.0 (01/06/26 12:04:00)] (minimum 7 datapoints for OK -> ALARM transition).",
    );
  });

  it("describe anomaly-band crossings with the band's bounds", () => {
    const config = simpleAlarm("band", {
      metric: undefined,
      threshold: undefined,
      thresholdMetricId: "ad1",
      comparisonOperator: "LessThanLowerOrGreaterThanUpperThreshold",
      metrics: [],
    });
    const r = range([null, null, 0.465], (v) => v < 0.41 || v > 0.47, [0.41, 0.47]);
    expect(reason(config, r, "OK")).toBe(
      "Thresholds Crossed: 1 out of the last 1 datapoints [0.465 (01/06/26 12:02:00)] was not less than the lower thresholds [0.41] or not greater than the upper thresholds [0.47] (minimum 1 datapoint for ALARM -> OK transition).",
    );
    const up = { ...config, comparisonOperator: "GreaterThanUpperThreshold" as const };
    expect(
      reason(
        up,
        range([null, 0.3, 0.9], (v) => v > 0.47, [0.41, 0.47]),
        "ALARM",
      ),
    ).toBe(
      "Thresholds Crossed: 1 out of the last 1 datapoints [0.9 (01/06/26 12:02:00)] was greater than the upper thresholds [0.47] (minimum 1 datapoint for OK -> ALARM transition).",
    );
  });

  it("fall back to the missing-data wording when only filled datapoints decide", () => {
    const config = simpleAlarm("a", { evaluationPeriods: 3, treatMissingData: "breaching" });
    expect(
      reason(
        config,
        range([null, null, null, null, 20], (v) => v > 10),
        "ALARM",
      ),
    ).toBe(
      "Threshold Crossed: 3 datapoints were greater than the threshold (10.0). The most recent datapoints which crossed the threshold: [20.0 (01/06/26 12:04:00)].",
    );
    expect(
      reason(
        config,
        range([null, null, null, null, 2], (v) => v > 10),
        "ALARM",
      ),
    ).toBe(
      "Threshold Crossed: no datapoints were received for 2 periods and 2 missing datapoints were treated as [Breaching].",
    );
  });
});
