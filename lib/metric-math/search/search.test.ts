import { describe, expect, it } from "vitest";
import { MetricMathSyntaxError } from "../errors";
import { metric, run, seriesFromPoints, onGrid } from "../testing/fixture";
import type { MetricIdentity, SearchRequest } from "../types";
import { searchMemberLabels } from "./labels";
import { matchesSearch } from "./match";
import { parseSearch } from "./parse";
import { listTokens, termMatchesName } from "./tokens";

describe("SEARCH tokenisation (section 4.1)", () => {
  it.each([
    ["CustomCount1", ["customcount1", "custom", "count", "1"]],
    ["SDBFailure", ["sdbfailure", "sdb", "failure"]],
    ["Project2-trial333", ["project2trial333", "project", "2", "trial", "333"]],
    ["CPUUtilization", ["cpuutilization", "cpu", "utilization"]],
  ])("%s → %j", (name, tokens) => {
    expect(listTokens(name)).toEqual(tokens);
  });

  it.each([
    ["CustomCount", "CustomCount1", true],
    ["customcount", "CustomCount1", false],
    ["couNT", "CustomCount1", false],
    ["count", "CustomCount1", true],
    ["COUNT", "CustomCount1", true],
    ["customcount1", "CustomCount1", true],
    ["Count1", "CustomCount1", true],
    ["sdb", "SDBFailure", true],
    ["trial", "Project2-trial333", true],
    ["Project2-trial333", "Project2-trial333", true],
    ["micro", "t2.micro", true],
    ["AWS", "AWS/EC2", true],
    ["EC2", "AWS/EC2", true],
    ["Ec2", "AWS/EC2", false],
  ])("term %s on %s → %s", (term, name, expected) => {
    expect(termMatchesName(term, name)).toBe(expected);
  });
});

describe("SEARCH worked example (section 4.1)", () => {
  const A = metric("CPUUtilization", { InstanceId: "i-1" });
  const B = metric("CPUUtilization", { InstanceId: "i-2" });
  const C = metric("NetworkIn", { InstanceId: "i-1" });
  const D = metric("CPUUtilization", { InstanceType: "t3.micro" });
  const all: Record<string, MetricIdentity> = { A, B, C, D };
  const select = (query: string) =>
    Object.entries(all)
      .filter(([, m]) => matchesSearch(parseSearch(query), m))
      .map(([name]) => name);

  it.each([
    ['{AWS/EC2,InstanceId} MetricName="CPUUtilization"', ["A", "B"]],
    ["{AWS/EC2,InstanceId} CPUUtilization NOT i-2", ["A"]],
    ['{AWS/EC2,InstanceType} MetricName="CPUUtilization"', ["D"]],
    ["NOT Namespace=AWS", []],
    ["{AWS/EC2,InstanceType} InstanceType=micro", ["D"]],
    ['{AWS/EC2,InstanceType} InstanceType="t3.micro"', ["D"]],
    ['{AWS/EC2,InstanceType} InstanceType="micro"', []],
    ['"CPUUtilization"', ["A", "B", "D"]],
    ['"cpuutilization"', []],
    ["cpuutilization", ["A", "B", "D"]],
    ["NetworkIn OR i-2", ["B", "C"]],
    ["(NetworkIn OR InstanceType) AND NOT i-1", ["D"]],
    ['"InstanceId"', ["A", "B", "C"]],
    ['"InstanceId"=("i-2" OR "i-9")', ["B"]],
    ["{AWS/EC2}", []],
    ['{"AWS/EC2","InstanceId"}', ["A", "B", "C"]],
  ])("%s → %j", (query, expected) => {
    expect(select(query)).toEqual(expected);
  });

  it("SUM(SEARCH(...)) sums the members the hook returns", async () => {
    const requests: SearchRequest[] = [];
    const result = await run(
      "SUM(SEARCH('{AWS/EC2,InstanceId} MetricName=\"CPUUtilization\"', 'Average', 300))",
      {
        stats: [],
        hooks: {
          search: async (request) => {
            requests.push(request);
            const query = parseSearch(request.query);
            return [A, B, C, D]
              .filter((m) => matchesSearch(query, m))
              .map((m, i) =>
                seriesFromPoints(m.dimensions[0]?.value ?? "", [i + 1, i + 1, null, i + 1, i + 1]),
              );
          },
        },
      },
    );
    expect(requests).toEqual([
      { query: '{AWS/EC2,InstanceId} MetricName="CPUUtilization"', stat: "Average", period: 300 },
    ]);
    expect(onGrid(result.series[0])).toEqual([3, 3, null, 3, 3]);
  });
});

describe("SEARCH forms sent by Grafana and the AWS samples", () => {
  const lb1 = metric("CPUUtilization", { LoadBalancer: "lb1" });
  const lb4 = metric("CPUUtilization", { LoadBalancer: "lb4" });
  const kafka = metric("CpuUser", { "Cluster Name": "dev-cluster" }, "AWS/Kafka");

  it("quoted schema names and OR-groups of quoted values", () => {
    const q = parseSearch(
      '{"AWS/EC2","LoadBalancer"} MetricName="CPUUtilization" "LoadBalancer"=("lb1" OR "lb2" OR "lb3")',
    );
    expect(q.schema).toEqual({ namespace: "AWS/EC2", dimensionNames: ["LoadBalancer"] });
    expect(matchesSearch(q, lb1)).toBe(true);
    expect(matchesSearch(q, lb4)).toBe(false);
  });

  it("dimension names with spaces", () => {
    const q = parseSearch(
      '{"AWS/Kafka","Cluster Name"} MetricName="CpuUser" "Cluster Name"=("dev-cluster" OR "prod-cluster")',
    );
    expect(matchesSearch(q, kafka)).toBe(true);
  });

  it(":aws.AccountId selects by owning account, LOCAL by the monitoring account", () => {
    const q = parseSearch('Namespace="AWS/EC2" MetricName="CPUUtilization" :aws.AccountId="12345"');
    expect(matchesSearch(q, lb1, "12345")).toBe(true);
    expect(matchesSearch(q, lb1, "99999")).toBe(false);
    expect(matchesSearch(q, lb1)).toBe(false);
    const local = parseSearch("CPUUtilization :aws.AccountId = LOCAL");
    expect(matchesSearch(local, lb1, "111", { localAccountId: "111" })).toBe(true);
    expect(matchesSearch(local, lb1, "222", { localAccountId: "111" })).toBe(false);
  });

  it("a comma after the schema and escaped characters in exact terms", () => {
    const custom = metric("ErrorCount", { "Dimension Name With Spaces": "x" }, "Custom-Namespace");
    expect(
      matchesSearch(parseSearch('{"Custom-Namespace", "Dimension Name With Spaces"}, ErrorCount'), custom),
    ).toBe(true);
    const odd = metric('We"ird (name)', {}, "NS");
    expect(matchesSearch(parseSearch('"We\\"ird \\(name\\)"'), odd)).toBe(true);
  });

  it.each([
    ' {AWS/EC2,InstanceId} MetricName="CPUUtilization" NOT i-1234567890123456 ',
    'MetricName="CPUUtilization" AND ("AWS/ECS" OR "AWS/ES")',
    '{AWS/NetworkELB, LoadBalancer} "ConsumedLCUs" OR flow',
    '{AWS/Lambda,FunctionName} MetricName="Errors" OR (MetricName="Invocations" AND (ProjectA OR ProjectB))',
    " (EC2 OR EBS) AND MetricName=ReadOps ",
    ' AWS/Lambda :aws.AccountId = "111122223333" ',
    ' "Errors" ',
  ])("parses %s", (query) => {
    expect(() => parseSearch(query)).not.toThrow();
  });
});

describe("SEARCH syntax errors", () => {
  it.each([
    ["", 0],
    ["{AWS/EC2,", 9],
    ["{AWS/EC2 InstanceId}", 9],
    ["CPU OR", 6],
    ["(CPU", 4],
    ['"unterminated', 0],
    ["InstanceId=", 11],
    ["InstanceId=(a OR", 16],
    ["CPU )", 4],
  ])("%j fails at %i", (query, position) => {
    let caught: unknown;
    try {
      parseSearch(query);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MetricMathSyntaxError);
    expect(caught instanceof MetricMathSyntaxError && caught.position).toBe(position);
  });

  it("rejects texts over 1024 characters", () => {
    expect(() => parseSearch("a ".repeat(600))).toThrow("longer than 1024");
  });
});

describe("default SEARCH member labels [I]", () => {
  it("uses the distinguishing dimension values, plus the metric name when names differ", () => {
    expect(
      searchMemberLabels([
        metric("CPUUtilization", { InstanceId: "i-1", Az: "a" }),
        metric("CPUUtilization", { InstanceId: "i-2", Az: "a" }),
      ]),
    ).toEqual(["i-1", "i-2"]);
    expect(
      searchMemberLabels([
        metric("CPUUtilization", { InstanceId: "i-1" }),
        metric("NetworkIn", { InstanceId: "i-1" }),
      ]),
    ).toEqual(["CPUUtilization", "NetworkIn"]);
    expect(searchMemberLabels([metric("Errors", { FunctionName: "f" })])).toEqual(["f"]);
  });

  it("can list every dimension value and the metric name", () => {
    expect(
      searchMemberLabels([metric("Errors", { FunctionName: "f", Resource: "r" })], "all-dimension-values"),
    ).toEqual(["f r Errors"]);
  });
});
