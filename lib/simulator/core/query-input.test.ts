import { describe, expect, it } from "vitest";
import { expandQueryParams, MAX_QUERY_KEY_DEPTH } from "./query-input";
import { AwsServiceError } from "./types";

const expand = (form: string) => expandQueryParams(new URLSearchParams(form));

describe("expandQueryParams", () => {
  it("turns member lists into arrays ordered by index, leaving leaves as strings", () => {
    const input = expand(
      "Action=GetMetricData&Version=2010-08-01" +
        "&MetricDataQueries.member.2.Id=e1&MetricDataQueries.member.2.Expression=m1%2A2" +
        "&MetricDataQueries.member.1.Id=m1&MetricDataQueries.member.1.MetricStat.Period=60" +
        "&MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Name=InstanceId" +
        "&MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Value=i-1" +
        "&StartTime=2023-11-14T22%3A13%3A20Z&ScanBy=TimestampAscending",
    );
    expect(input).toEqual({
      MetricDataQueries: [
        {
          Id: "m1",
          MetricStat: { Period: "60", Metric: { Dimensions: [{ Name: "InstanceId", Value: "i-1" }] } },
        },
        { Id: "e1", Expression: "m1*2" },
      ],
      StartTime: "2023-11-14T22:13:20Z",
      ScanBy: "TimestampAscending",
    });
  });

  it("turns entry maps into objects and keeps empty lists as empty strings", () => {
    expect(
      expand(
        "Tags.entry.2.key=b&Tags.entry.2.value=2&Tags.entry.1.key=a&Tags.entry.1.value=1&Metrics=&Scalar.member.1=x",
      ),
    ).toEqual({ Tags: { a: "1", b: "2" }, Metrics: "", Scalar: ["x"] });
  });

  it("handles sparse and huge indices without allocating holes", () => {
    const input = expand("L.member.4294967295=last&L.member.3=first");
    expect(input).toEqual({ L: ["first", "last"] });
  });

  it("ignores prototype-polluting names and rejects absurd nesting", () => {
    const input = expand(
      "__proto__.polluted=1&A.constructor.x=1&M.entry.1.key=__proto__&M.entry.1.value=1&ok=1",
    );
    expect(input).toEqual({ A: {}, M: {}, ok: "1" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const deep = "A" + ".b".repeat(MAX_QUERY_KEY_DEPTH);
    expect(() => expand(`${deep}=1`)).toThrow(AwsServiceError);
  });
});
