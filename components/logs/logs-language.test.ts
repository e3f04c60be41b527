import { CompletionContext, type CompletionResult } from "@codemirror/autocomplete";
import { EditorState } from "@codemirror/state";
import { describe, expect, it } from "vitest";
import { completionsFor } from "./logs-language";

function complete(doc: string, fields: string[] = []): string[] {
  const state = EditorState.create({ doc });
  const result = completionsFor(fields)(
    new CompletionContext(state, doc.length, true),
  ) as CompletionResult | null;
  return (result?.options ?? []).map((o) => o.label);
}

describe("Logs Insights completion", () => {
  it("offers commands at the start of a query and after a pipe", () => {
    expect(complete("")).toEqual(
      expect.arrayContaining(["fields", "filter", "stats", "sort", "limit", "parse"]),
    );
    expect(complete("fields @message | st")).toContain("stats");
    expect(complete("fields @message | st")).not.toContain("@message");
  });

  it("offers discovered fields, system fields and the engine's functions inside a command", () => {
    const options = complete("filter ", ["status", "req.path"]);
    expect(options).toEqual(
      expect.arrayContaining(["status", "req.path", "@timestamp", "@message", "strlen", "count"]),
    );
  });
});
