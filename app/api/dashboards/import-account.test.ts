import { describe, expect, it } from "vitest";
import { createAccount } from "@/lib/accounts/repository";
import { withMigratedDatabase } from "@/lib/testing/database";
import { POST as importBody } from "./import/route";

// Issue 9 item 1 through the import route against a real PostgreSQL: an imported CloudWatch body keeps
// CloudWatch's meaning (widgets without accountId read the account the dashboard came from), recorded.

withMigratedDatabase();

const body = {
  widgets: [
    {
      type: "metric",
      properties: { region: "eu-west-1", metrics: [["AWS/EC2", "CPUUtilization", "InstanceId", "i-1"]] },
    },
  ],
};

async function imported(extra: Record<string, unknown>) {
  const response = await importBody(
    new Request("http://localhost/api/dashboards/import", {
      method: "POST",
      body: JSON.stringify({ name: "from CloudWatch", body, ...extra }),
    }),
  );
  expect(response.status).toBe(201);
  return ((await response.json()) as { dashboard: { document: Record<string, unknown> } }).dashboard.document;
}

describe("POST /api/dashboards/import records the source account", () => {
  it("keeps the account the user names, and otherwise records the first registered one explicitly", async () => {
    await createAccount({
      name: "Beta",
      accountId: "333333333333",
      credentialType: "default",
      regions: ["eu-west-1"],
    });
    await createAccount({
      name: "Alpha",
      accountId: "444444444444",
      credentialType: "default",
      regions: ["eu-west-1"],
    });
    expect(await imported({ accountId: "333333333333", defaultRegion: "eu-west-1" })).toMatchObject({
      defaultAccountId: "333333333333",
      defaultRegion: "eu-west-1",
    });
    expect(await imported({})).toMatchObject({ defaultAccountId: "444444444444" });
  });
});
