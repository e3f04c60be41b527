import { describe, expect, it } from "vitest";
import type { AccountView } from "@/lib/client/accounts";
import type { MetricWidget } from "@/lib/dashboards/model";
import { consoleLinkFor } from "./console-link-for";

const account = (accountId: string, source: AccountView["source"]): AccountView => ({
  id: accountId,
  name: accountId,
  accountId,
  credentialType: "default",
  hasExternalId: false,
  regions: ["us-east-1"],
  source,
});

const widget: MetricWidget = {
  type: "line",
  id: "w",
  position: { x: 0, y: 0, w: 12, h: 6 },
  region: "us-east-1",
  accountId: "123456789012",
  metrics: [],
};
const range = { type: "relative" as const, duration: "PT3H" };

describe("consoleLinkFor", () => {
  it("links real AWS accounts to the console and never the simulator's demo accounts", () => {
    expect(consoleLinkFor(widget, [account("123456789012", "ui")], range)).toMatch(
      /^https:\/\/us-east-1\.console\.aws\.amazon\.com\/cloudwatch\/home\?region=us-east-1#metricsV2:graph=~\(/,
    );
    expect(consoleLinkFor(widget, [account("123456789012", "simulator")], range)).toBeUndefined();
    expect(consoleLinkFor(widget, [], range)).toBeUndefined();
    expect(
      consoleLinkFor({ type: "text", id: "t", position: widget.position, markdown: "" }, [], range),
    ).toBeUndefined();
  });
});
