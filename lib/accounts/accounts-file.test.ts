import { describe, expect, it } from "vitest";
import { AccountsFileError, parseAccountsFile } from "./accounts-file";

const valid = {
  name: "Production",
  accountId: "123456789012",
  credentialType: "assumeRole",
  roleArn: "arn:aws:iam::123456789012:role/WatchwallReadOnly",
  externalId: "ext-123",
  regions: ["us-east-1", "eu-west-1"],
};

describe("parseAccountsFile", () => {
  it("accepts a valid file", () => {
    expect(parseAccountsFile(JSON.stringify({ accounts: [valid] }))).toEqual([valid]);
  });

  it("names the field that is wrong", () => {
    const bad = { accounts: [{ ...valid, accountId: "12" }] };
    expect(() => parseAccountsFile(JSON.stringify(bad))).toThrow(
      /accounts\.0\.accountId: must be a 12-digit/,
    );
    const noRole = { accounts: [{ ...valid, roleArn: undefined }] };
    expect(() => parseAccountsFile(JSON.stringify(noRole))).toThrow(/roleArn: a role ARN is required/);
    const foreignRole = { accounts: [{ ...valid, roleArn: "arn:aws:iam::999999999999:role/X" }] };
    expect(() => parseAccountsFile(JSON.stringify(foreignRole))).toThrow(/must belong to the account/);
  });

  it("rejects broken JSON and duplicate names", () => {
    expect(() => parseAccountsFile("{")).toThrow(AccountsFileError);
    expect(() => parseAccountsFile(JSON.stringify({ accounts: [valid, valid] }))).toThrow(
      /duplicate account name/,
    );
  });
});
