import { describe, expect, it } from "vitest";
import type { QueryProblemJson as QueryProblem } from "@/lib/contracts/metrics-query";
import { describeQueryProblems, staleBadgeText, widgetStatus, type WidgetStatusInput } from "./widget-state";

const denied: QueryProblem = {
  queryId: "m1",
  accountId: "111111111111",
  region: "eu-west-1",
  failure: {
    kind: "access-denied",
    code: "AccessDenied",
    message: "User is not authorized",
    retryable: false,
  },
};

const base: WidgetStatusInput = {
  loading: false,
  seriesCount: 2,
  hasPoints: true,
  problems: [],
  hasResult: true,
};

describe("widgetStatus", () => {
  it("is loading before the first result and error when the request failed", () => {
    expect(widgetStatus({ ...base, hasResult: false, loading: true })).toEqual({
      state: "loading",
      stale: false,
    });
    expect(widgetStatus({ ...base, hasResult: false, requestError: "fetch failed" }).state).toBe("error");
  });

  it("is empty when nothing has points, error when that is because queries failed", () => {
    expect(widgetStatus({ ...base, hasPoints: false }).state).toBe("empty");
    expect(widgetStatus({ ...base, seriesCount: 0 }).state).toBe("empty");
    expect(widgetStatus({ ...base, seriesCount: 0, problems: [denied] }).state).toBe("error");
  });

  it("is partial when some queries failed and others drew", () => {
    expect(widgetStatus({ ...base, problems: [denied] }).state).toBe("partial");
    expect(widgetStatus(base).state).toBe("ready");
  });

  it("flags stale data", () => {
    expect(widgetStatus({ ...base, staleSince: 1 })).toEqual({ state: "ready", stale: true });
  });
});

describe("describeQueryProblems", () => {
  it("groups identical failures by account and Region and keeps AWS's message with its code", () => {
    const lines = describeQueryProblems([
      denied,
      { ...denied, queryId: "m2" },
      { ...denied, region: "us-east-1", failure: { ...denied.failure, message: "AccessDenied: nope" } },
      { failure: { kind: "timeout", message: "timed out", retryable: true } },
    ]);
    expect(lines.map(({ scope, queries, message }) => ({ scope, queries, message }))).toEqual([
      {
        scope: "111111111111 · eu-west-1",
        queries: ["m1", "m2"],
        message: "AccessDenied: User is not authorized",
      },
      { scope: "111111111111 · us-east-1", queries: ["m1"], message: "AccessDenied: nope" },
      { scope: "", queries: [], message: "timed out" },
    ]);
  });
});

describe("staleBadgeText", () => {
  it("says when the shown data is from", () => {
    expect(staleBadgeText(Date.UTC(2024, 0, 1, 14, 5), "UTC")).toBe(
      "showing data from 14:05, refresh failed",
    );
  });
});
