import { describe, expect, it } from "vitest";
import { expandMetricRows, writeMetricRows, type ExpandedRow } from "./metric-rows";
import { assignQueryIds } from "./query-ids";

function tokens(rows: unknown[]): string[][] {
  const { rows: expanded, problems } = expandMetricRows(rows);
  expect(problems).toEqual([]);
  return expanded.map((row) => (row.kind === "metric" ? row.tokens : ["<expr>"]));
}

describe("expandMetricRows", () => {
  it("repeats tokens at the same position for '.'", () => {
    expect(
      tokens([
        ["AWS/EC2", "CPUUtilization", "InstanceId", "i-aaa"],
        [".", "NetworkIn", ".", "."],
      ]),
    ).toEqual([
      ["AWS/EC2", "CPUUtilization", "InstanceId", "i-aaa"],
      ["AWS/EC2", "NetworkIn", "InstanceId", "i-aaa"],
    ]);
  });

  it("aligns '...' so the written tokens replace the end of the previous row", () => {
    expect(
      tokens([
        ["AWS/Kafka", "CpuUser", "Cluster Name", "c1", "Broker ID", "1"],
        ["...", "2"],
        ["...", "Broker ID", "3"],
        ["...", { stat: "p99" }],
      ]),
    ).toEqual([
      ["AWS/Kafka", "CpuUser", "Cluster Name", "c1", "Broker ID", "1"],
      ["AWS/Kafka", "CpuUser", "Cluster Name", "c1", "Broker ID", "2"],
      ["AWS/Kafka", "CpuUser", "Cluster Name", "c1", "Broker ID", "3"],
      ["AWS/Kafka", "CpuUser", "Cluster Name", "c1", "Broker ID", "3"],
    ]);
  });

  it("allows tokens before '...' and '.' after it", () => {
    expect(
      tokens([
        ["NS", "A", "D1", "v1", "D2", "v2"],
        [".", "B", "...", "."],
      ]),
    ).toEqual([
      ["NS", "A", "D1", "v1", "D2", "v2"],
      ["NS", "B", "D1", "v1", "D2", "v2"],
    ]);
  });

  it("resolves shorthand against the previous metric row, skipping expressions", () => {
    const { rows, problems } = expandMetricRows([
      ["NS", "A", "D", "x"],
      [{ expression: "m1 * 2", id: "e1" }],
      [".", "B", ".", "."],
    ]);
    expect(problems).toEqual([]);
    expect(rows[2]).toEqual({ kind: "metric", tokens: ["NS", "B", "D", "x"], options: {} });
    expect(rows[1]).toEqual({ kind: "expression", options: { expression: "m1 * 2", id: "e1" } });
  });

  it.each([
    [[["NS", 5]], [0, 1], 'only "String"'],
    [[["NS", { stat: "Sum" }, "M"]], [0, 1], 'only "String"'],
    [["NS"], [0], "array of array"],
    [[[]], [0], "array of array"],
    [[[".", "M"]], [0, 0], "there is none"],
    [
      [
        ["NS", "M"],
        [".", "M", ".", "x"],
      ],
      [1, 2],
      "no value at this position",
    ],
    [
      [
        ["NS", "M"],
        ["...", "...", "x"],
      ],
      [1, 1],
      'Only one "..."',
    ],
    [[["NS"]], [0], "namespace and a metric name"],
    [[["NS", "M", "Dim"]], [0], "pairs"],
    [[[{ label: "x" }]], [0], "or an expression"],
    [[[{ expression: 5 }]], [0, 0, "expression"], "Should be string"],
    [[["NS", "M", { expression: "m1" }]], [0, 2, "expression"], "only the expression"],
  ])("reports %j at %j", (rows, path, message) => {
    const { problems } = expandMetricRows(rows);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toEqual(path);
    expect(problems[0]?.message).toContain(message);
  });

  it("rejects more than 30 dimensions", () => {
    const row = ["NS", "M", ...Array.from({ length: 31 }, (_, i) => [`D${i}`, "v"]).flat()];
    expect(expandMetricRows([row]).problems[0]?.message).toContain("30");
  });
});

describe("writeMetricRows", () => {
  const metric = (tokens: string[], options = {}): ExpandedRow => ({ kind: "metric", tokens, options });

  it("uses the console's compact spellings", () => {
    const rows = [
      metric(["AWS/EC2", "CPUUtilization", "InstanceId", "i-aaa"]),
      metric(["AWS/EC2", "CPUUtilization", "InstanceId", "i-bbb"], { id: "m2" }),
      metric(["AWS/EC2", "NetworkIn", "InstanceId", "i-bbb"]),
      { kind: "expression", options: { expression: "m1+m2" } } as const,
      metric(["AWS/EC2", "NetworkIn", "InstanceId", "i-bbb"]),
    ];
    expect(writeMetricRows(rows, true)).toEqual([
      ["AWS/EC2", "CPUUtilization", "InstanceId", "i-aaa"],
      ["...", "i-bbb", { id: "m2" }],
      [".", "NetworkIn", ".", "."],
      [{ expression: "m1+m2" }],
      ["AWS/EC2", "NetworkIn", "InstanceId", "i-bbb"],
    ]);
    expect(writeMetricRows(rows, false)[1]).toEqual([
      "AWS/EC2",
      "CPUUtilization",
      "InstanceId",
      "i-bbb",
      { id: "m2" },
    ]);
  });

  it("reads back exactly what it writes (generated rows)", () => {
    // Deterministic pseudo-random rows over a small alphabet so shorthand opportunities are frequent.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    for (let trial = 0; trial < 200; trial++) {
      const rows: ExpandedRow[] = Array.from({ length: 1 + next(6) }, () => {
        if (next(6) === 0) return { kind: "expression", options: { expression: "SUM(METRICS())" } };
        const dims = next(3);
        const tokens = [["A", "B"][next(2)] ?? "A", ["m", "n"][next(2)] ?? "m"];
        for (let d = 0; d < dims; d++) tokens.push(`D${d}`, ["x", "y"][next(2)] ?? "x");
        return { kind: "metric", tokens, options: next(2) ? { label: "l" } : {} };
      });
      for (const compact of [true, false]) {
        const { rows: back, problems } = expandMetricRows(writeMetricRows(rows, compact));
        expect(problems).toEqual([]);
        expect(back).toEqual(rows);
      }
    }
  });
});

describe("assignQueryIds", () => {
  it("numbers metrics and expressions separately, skipping explicit ids", () => {
    expect(
      assignQueryIds([
        { kind: "expression" },
        { kind: "metric", id: "m1" },
        { kind: "metric" },
        { kind: "metric", id: "m3" },
        { kind: "metric" },
        { kind: "expression", id: "e1" },
      ]),
    ).toEqual(["e2", "m1", "m2", "m3", "m4", "e1"]);
  });

  it("keeps explicit ids even when they look generated", () => {
    expect(assignQueryIds([{ kind: "metric" }, { kind: "metric", id: "m1" }])).toEqual(["m2", "m1"]);
  });
});
