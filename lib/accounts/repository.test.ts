import { describe, expect, it } from "vitest";
import { withMigratedDatabase } from "@/lib/testing/database";
import {
  AccountConflictError,
  createAccount,
  deleteAccount,
  listAccounts,
  ReadOnlyAccountError,
  syncAccounts,
  updateAccount,
} from "./repository";

withMigratedDatabase();

const role = {
  name: "Payments",
  accountId: "123456789012",
  credentialType: "assumeRole" as const,
  roleArn: "arn:aws:iam::123456789012:role/WatchwallReadOnly",
  externalId: "secret-ext",
  regions: ["us-east-1"],
};

describe("account registry (real PostgreSQL)", () => {
  it("keeps the external id when an edit does not send it, and removes it on request", async () => {
    const created = await createAccount(role);
    const { externalId: _omitted, ...withoutSecret } = role;
    const kept = await updateAccount(created.id, { ...withoutSecret, regions: ["us-east-1", "eu-west-1"] });
    expect(kept).toMatchObject({ externalId: "secret-ext", regions: ["us-east-1", "eu-west-1"] });
    const removed = await updateAccount(created.id, withoutSecret, "remove");
    expect(removed?.externalId).toBeUndefined();
    await expect(createAccount(role)).rejects.toBeInstanceOf(AccountConflictError);
  });

  it("refuses to register the same AWS account id twice, by create or by edit", async () => {
    const as = (name: string, accountId: string) => ({
      ...role,
      name,
      accountId,
      roleArn: `arn:aws:iam::${accountId}:role/WatchwallReadOnly`,
    });
    const first = await createAccount(as("Ledger", "444455556666"));
    const again = createAccount(as("Ledger again", "444455556666"));
    await expect(again).rejects.toBeInstanceOf(AccountConflictError);
    await expect(again).rejects.toThrow(/444455556666 is already registered as "Ledger"/);
    const other = await createAccount(as("Other", "777788889999"));
    await expect(updateAccount(other.id, as("Other", "444455556666"))).rejects.toThrow(/already registered/);
    expect(await updateAccount(first.id, as("Ledger", "444455556666"))).toBeDefined();
    await deleteAccount(first.id);
    await deleteAccount(other.id);
  });

  it("synchronises automated accounts and keeps them read-only", async () => {
    await syncAccounts("config", [
      { ...role, name: "From file", accountId: "210987654321", roleArn: "arn:aws:iam::210987654321:role/R" },
    ]);
    const fromFile = (await listAccounts()).find((a) => a.name === "From file");
    expect(fromFile?.source).toBe("config");
    await expect(deleteAccount(fromFile?.id ?? "")).rejects.toBeInstanceOf(ReadOnlyAccountError);
    await syncAccounts("config", []);
    expect((await listAccounts()).some((a) => a.name === "From file")).toBe(false);
  });
});
