import { describe, expect, it } from "vitest";
import {
  addExploreMetric,
  decodeExploreState,
  EMPTY_EXPLORE_STATE,
  encodeExploreState,
  exploreMetricKey,
  MAX_EXPLORE_METRICS,
  removeExploreMetric,
  setExploreMetricStat,
  toggleExploreMetric,
  type ExploreMetric,
  type ExploreState,
} from "./explore-state";

const cpu: ExploreMetric = {
  accountId: "111122223333",
  region: "us-east-1",
  namespace: "AWS/EC2",
  metricName: "CPUUtilization",
  dimensions: [{ name: "InstanceId", value: "i-0abc" }],
};

const state: ExploreState = {
  accountId: "111122223333",
  region: "us-east-1",
  stat: "p99",
  period: 300,
  range: { type: "relative", duration: "PT6H" },
  timezone: "UTC",
  refresh: "1m",
  metrics: [
    cpu,
    {
      accountId: "444455556666",
      region: "eu-west-1",
      namespace: "Custom/App",
      metricName: "Latency",
      // Values with the characters a hand-rolled separator format would trip over.
      dimensions: [
        { name: "Route", value: "/api/v1?x=1&y=~2,3" },
        { name: "Note", value: '"quoted" {json} [x]' },
      ],
      stat: "Maximum",
    },
  ],
};

function roundTrip(s: ExploreState) {
  return decodeExploreState(new URLSearchParams(encodeExploreState(s).toString()));
}

describe("explore URL state", () => {
  it("round-trips every field through a query string", () => {
    const decoded = roundTrip(state);
    expect(decoded.problems).toEqual([]);
    expect(decoded.state).toEqual(state);
  });

  it("round-trips an absolute range", () => {
    const absolute: ExploreState = {
      ...state,
      range: { type: "absolute", start: 1_714_557_600_000, end: 1_714_644_000_000 },
    };
    expect(roundTrip(absolute).state.range).toEqual(absolute.range);
  });

  it("writes defaults compactly and omits a metric's scope when it is the browser's", () => {
    const params = encodeExploreState({
      ...EMPTY_EXPLORE_STATE,
      accountId: cpu.accountId,
      region: cpu.region,
      metrics: [cpu],
    });
    expect(params.has("stat")).toBe(false);
    expect(params.has("period")).toBe(false);
    expect(params.get("from")).toBe("now-3h");
    expect(params.has("tz")).toBe(false);
    expect(params.has("refresh")).toBe(false);
    const wire = JSON.parse(params.get("m") ?? "{}") as Record<string, unknown>;
    expect(wire.a).toBeUndefined();
    expect(wire.r).toBeUndefined();
    expect(wire.n).toBe("CPUUtilization");
  });

  it("decodes an empty query string to the defaults", () => {
    expect(decodeExploreState(new URLSearchParams())).toEqual({ state: EMPTY_EXPLORE_STATE, problems: [] });
  });

  it("drops garbled parts with a reason and keeps the rest", () => {
    const params = encodeExploreState(state);
    params.set("stat", "Median");
    params.set("period", "45");
    params.set("region", "Narnia");
    params.append("m", "{not json");
    params.append(
      "m",
      JSON.stringify({ r: "us-east-1", ns: "AWS/EC2", n: "CPUUtilization", d: [["InstanceId"]] }),
    );
    const decoded = decodeExploreState(params);
    expect(decoded.state.stat).toBe("Average");
    expect(decoded.state.period).toBe("auto");
    expect(decoded.state.region).toBeUndefined();
    // The first metric relied on the (now invalid) browser Region, so it goes too; the second named its own.
    expect(decoded.state.metrics.map((m) => m.metricName)).toEqual(["Latency"]);
    expect(decoded.problems).toHaveLength(6);
    expect(decoded.problems.join("\n")).toMatch(/statistic "Median"/);
    expect(decoded.problems.join("\n")).toMatch(/metric 3 ignored: not valid JSON/);
    expect(decoded.problems.join("\n")).toMatch(/metric 4 ignored: a dimension must be \[name, value\]/);
  });

  it("reports a bad range, zone or refresh and keeps the other time settings", () => {
    const decoded = decodeExploreState(new URLSearchParams("from=yesterday&tz=Mars/Olympus&refresh=1m"));
    expect(decoded.state.range).toEqual(EMPTY_EXPLORE_STATE.range);
    expect(decoded.state.timezone).toBe(EMPTY_EXPLORE_STATE.timezone);
    expect(decoded.state.refresh).toBe("1m");
    expect(decoded.problems).toHaveLength(2);
    expect(decoded.problems[0]).toMatch(/time range ignored/);
    expect(decoded.problems[1]).toMatch(/time zone ignored/);
  });

  it("caps the number of metrics", () => {
    const params = new URLSearchParams({ account: cpu.accountId, region: cpu.region });
    for (let i = 0; i < MAX_EXPLORE_METRICS + 2; i++)
      params.append("m", JSON.stringify({ ns: "A", n: `M${i}` }));
    const decoded = decodeExploreState(params);
    expect(decoded.state.metrics).toHaveLength(MAX_EXPLORE_METRICS);
    expect(decoded.problems).toHaveLength(2);
  });
});

describe("explore metric list", () => {
  it("does not add the same metric twice, whatever the dimension order", () => {
    const twoDims: ExploreMetric = {
      ...cpu,
      dimensions: [
        { name: "A", value: "1" },
        { name: "B", value: "2" },
      ],
    };
    const once = addExploreMetric(EMPTY_EXPLORE_STATE, twoDims);
    const again = addExploreMetric(once, { ...twoDims, dimensions: [...twoDims.dimensions].reverse() });
    expect(again).toBe(once);
    expect(again.metrics).toHaveLength(1);
  });

  it("treats another statistic of the same metric as another line", () => {
    const once = addExploreMetric(EMPTY_EXPLORE_STATE, cpu);
    const twice = addExploreMetric(once, { ...cpu, stat: "p99" });
    expect(twice.metrics).toHaveLength(2);
    expect(exploreMetricKey(twice.metrics[0] ?? cpu)).not.toBe(exploreMetricKey(twice.metrics[1] ?? cpu));
  });

  it("toggles a metric on and off the graph, keeping the others in order", () => {
    const net = { ...cpu, metricName: "NetworkIn" };
    const both = toggleExploreMetric(toggleExploreMetric(EMPTY_EXPLORE_STATE, cpu), net);
    expect(both.metrics.map((m) => m.metricName)).toEqual(["CPUUtilization", "NetworkIn"]);
    expect(toggleExploreMetric(both, { ...cpu, dimensions: [...cpu.dimensions] }).metrics).toEqual([net]);
  });

  it("sets one metric's statistic unless that would duplicate another line", () => {
    const two = addExploreMetric(addExploreMetric(EMPTY_EXPLORE_STATE, cpu), { ...cpu, stat: "p99" });
    const changed = setExploreMetricStat(two, 1, "Maximum");
    expect(changed.metrics.map((m) => m.stat)).toEqual([undefined, "Maximum"]);
    expect(setExploreMetricStat(two, 0, "p99")).toBe(two);
    expect(setExploreMetricStat(two, 1, undefined)).toBe(two);
    const sumFirst = setExploreMetricStat(changed, 0, "Sum");
    expect("stat" in (setExploreMetricStat(sumFirst, 1, undefined).metrics[1] ?? {})).toBe(false);
    expect(setExploreMetricStat(two, 7, "Sum")).toBe(two);
  });

  it("removes by index and ignores an index out of range", () => {
    const two = addExploreMetric(addExploreMetric(EMPTY_EXPLORE_STATE, cpu), {
      ...cpu,
      metricName: "NetworkIn",
    });
    expect(removeExploreMetric(two, 0).metrics.map((m) => m.metricName)).toEqual(["NetworkIn"]);
    expect(removeExploreMetric(two, 5)).toBe(two);
  });
});
