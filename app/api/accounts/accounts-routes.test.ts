import { describe, expect, it } from "vitest";
import { listAccounts } from "@/lib/accounts/repository";
import { accountListResponse, accountViewSchema, connectionTestResponse } from "@/lib/contracts/accounts";
import { PRODUCTION_ACCOUNT_ID } from "@/lib/simulator/accounts";
import { withMigratedDatabase } from "@/lib/testing/database";
import { callRoute, errorOf } from "@/lib/testing/route-call";
import { withSimulator } from "@/lib/testing/simulator";
import * as oneRoute from "./[id]/route";
import * as testRoute from "./[id]/test/route";
import * as listRoute from "./route";

// Every /api/accounts route handler against the real registry in PostgreSQL; connection tests run through
// the real SDK against the simulator (STS AssumeRole included). Answers are checked against the contract.

withMigratedDatabase();
withSimulator({ registerAccounts: true });

const payments = {
  name: "Payments",
  accountId: "123456789012",
  credentialType: "assumeRole",
  roleArn: "arn:aws:iam::123456789012:role/WatchwallReadOnly",
  externalId: "shared-secret",
  regions: ["us-east-1"],
};

async function simulatorAccountId(): Promise<string> {
  const production = (await listAccounts()).find((a) => a.accountId === PRODUCTION_ACCOUNT_ID);
  if (!production) throw new Error("the simulator's production account is not registered");
  return production.id;
}

describe("/api/accounts", () => {
  it("registers an account and lists it without credentials", async () => {
    const created = await callRoute(listRoute.POST, { body: payments });
    expect(created.status).toBe(201);
    const view = accountViewSchema.parse(created.json);
    expect(view).toMatchObject({ name: "Payments", hasExternalId: true, source: "ui" });
    expect(JSON.stringify(created.json)).not.toContain("shared-secret");

    const listed = accountListResponse.parse((await callRoute(listRoute.GET)).json);
    expect(listed.accounts.map((a) => a.accountId)).toEqual(
      expect.arrayContaining(["123456789012", PRODUCTION_ACCOUNT_ID]),
    );
    expect(JSON.stringify(listed)).not.toContain("shared-secret");

    const again = await callRoute(listRoute.POST, { body: payments });
    expect(again.status).toBe(409);
    expect(errorOf(again).code).toBe("conflict");
  });

  it("rejects a bad account naming the field", async () => {
    const bad = await callRoute(listRoute.POST, { body: { ...payments, accountId: "12345" } });
    expect(bad.status).toBe(400);
    expect(errorOf(bad).issues?.map((i) => i.path)).toContain("accountId");
  });
});

describe("/api/accounts/:id", () => {
  it("updates, keeps or removes the external id, and deletes", async () => {
    const created = accountViewSchema.parse(
      (
        await callRoute(listRoute.POST, {
          body: {
            ...payments,
            name: "Edits",
            accountId: "210987654321",
            roleArn: "arn:aws:iam::210987654321:role/R",
          },
        })
      ).json,
    );
    const params = { id: created.id };
    const { externalId: _secret, ...withoutSecret } = {
      ...payments,
      name: "Edits",
      accountId: "210987654321",
      roleArn: "arn:aws:iam::210987654321:role/R",
    };
    const kept = await callRoute(oneRoute.PUT, {
      method: "PUT",
      params,
      body: { ...withoutSecret, regions: ["eu-west-1"] },
    });
    expect(kept.status).toBe(200);
    expect(accountViewSchema.parse(kept.json)).toMatchObject({ regions: ["eu-west-1"], hasExternalId: true });
    const removed = await callRoute(oneRoute.PUT, {
      method: "PUT",
      params,
      body: { ...withoutSecret, externalId: null },
    });
    expect(accountViewSchema.parse(removed.json).hasExternalId).toBe(false);

    const invalid = await callRoute(oneRoute.PUT, {
      method: "PUT",
      params,
      body: { ...withoutSecret, regions: [] },
    });
    expect(invalid.status).toBe(400);
    expect(errorOf(invalid).issues?.[0]?.path).toBe("regions");

    expect((await callRoute(oneRoute.DELETE, { method: "DELETE", params })).status).toBe(204);
    expect((await callRoute(oneRoute.DELETE, { method: "DELETE", params })).status).toBe(404);
    const missing = await callRoute(oneRoute.PUT, { method: "PUT", params, body: withoutSecret });
    expect(missing.status).toBe(404);
  });

  it("refuses to edit an account the simulator registered", async () => {
    const id = await simulatorAccountId();
    const answer = await callRoute(oneRoute.PUT, {
      method: "PUT",
      params: { id },
      body: {
        ...payments,
        accountId: PRODUCTION_ACCOUNT_ID,
        roleArn: `arn:aws:iam::${PRODUCTION_ACCOUNT_ID}:role/R`,
      },
    });
    expect(answer.status).toBe(403);
    expect(errorOf(answer).code).toBe("read_only_account");
  });

  it("rejects a malformed id", async () => {
    const answer = await callRoute(oneRoute.DELETE, { method: "DELETE", params: { id: "" } });
    expect(answer.status).toBe(400);
    expect(errorOf(answer).issues?.[0]?.path).toBe("id");
  });
});

describe("/api/accounts/:id/test", () => {
  it("tests the connection per Region through STS and CloudWatch in the simulator", async () => {
    const id = await simulatorAccountId();
    const answer = await callRoute(testRoute.POST, { params: { id }, body: { regions: ["us-east-1"] } });
    expect(answer.status).toBe(200);
    const result = connectionTestResponse.parse(answer.json);
    expect(result.ok).toBe(true);
    expect(result.checks).toEqual([expect.objectContaining({ region: "us-east-1", ok: true })]);
  });

  it("reports a failing step instead of throwing, and validates its input", async () => {
    const created = accountViewSchema.parse(
      (
        await callRoute(listRoute.POST, {
          body: {
            ...payments,
            name: "Unreachable",
            accountId: "333333333399",
            roleArn: "arn:aws:iam::333333333399:role/Nope",
          },
        })
      ).json,
    );
    const answer = await callRoute(testRoute.POST, { params: { id: created.id }, body: {} });
    expect(answer.status).toBe(200);
    const result = connectionTestResponse.parse(answer.json);
    expect(result.ok).toBe(false);
    expect(result.checks[0]?.failure?.step).toBeDefined();

    const bad = await callRoute(testRoute.POST, {
      params: { id: created.id },
      body: { regions: "us-east-1" },
    });
    expect(bad.status).toBe(400);
    expect(errorOf(bad).issues?.[0]?.path).toBe("regions");
    const unknown = await callRoute(testRoute.POST, { params: { id: "no-such-account" }, body: {} });
    expect(unknown.status).toBe(404);
  });
});
