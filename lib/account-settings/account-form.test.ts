import { describe, expect, it } from "vitest";
import { accountConfigSchema } from "@/lib/contracts/accounts";
import {
  accountPayload,
  EMPTY_ACCOUNT_FORM,
  formErrorsFrom,
  formFromAccount,
  hasErrors,
  splitRegions,
  type AccountFormValues,
} from "./account-form";

const assumeRole: AccountFormValues = {
  name: "  Production ",
  accountId: "111122223333",
  credentialType: "assumeRole",
  profile: "",
  roleArn: "arn:aws:iam::111122223333:role/WatchwallReadOnly",
  externalId: " secret-ext ",
  sessionName: "",
  regions: "us-east-1, eu-west-1\nus-east-1  ap-northeast-1",
};

describe("account form payload", () => {
  it("trims, drops blanks and splits Regions without duplicates", () => {
    expect(accountPayload(assumeRole)).toEqual({
      name: "Production",
      accountId: "111122223333",
      credentialType: "assumeRole",
      roleArn: "arn:aws:iam::111122223333:role/WatchwallReadOnly",
      externalId: "secret-ext",
      regions: ["us-east-1", "eu-west-1", "ap-northeast-1"],
    });
  });

  it("sends only the fields of the chosen credential type", () => {
    const payload = accountPayload({ ...assumeRole, credentialType: "profile", profile: "ops" });
    expect(payload.profile).toBe("ops");
    expect(payload.roleArn).toBeUndefined();
    expect(payload.externalId).toBeUndefined();
    expect(
      accountPayload({ ...assumeRole, credentialType: "default", profile: "ops" }).profile,
    ).toBeUndefined();
  });

  it("produces what the server's schema accepts", () => {
    expect(accountConfigSchema.safeParse(accountPayload(assumeRole)).success).toBe(true);
  });

  it("splits Regions on commas, semicolons and whitespace", () => {
    expect(splitRegions(" US-EAST-1;eu-west-1 ,, ")).toEqual(["us-east-1", "eu-west-1"]);
    expect(splitRegions("")).toEqual([]);
  });

  it("loads an account without its secret external id", () => {
    const values = formFromAccount({
      id: "x",
      name: "Prod",
      accountId: "111122223333",
      credentialType: "assumeRole",
      roleArn: "arn:aws:iam::111122223333:role/R",
      hasExternalId: true,
      regions: ["us-east-1", "eu-west-1"],
      source: "ui",
    });
    expect(values).toEqual({
      ...EMPTY_ACCOUNT_FORM,
      name: "Prod",
      accountId: "111122223333",
      credentialType: "assumeRole",
      roleArn: "arn:aws:iam::111122223333:role/R",
      regions: "us-east-1, eu-west-1",
    });
  });
});

describe("API errors on the form", () => {
  it("puts each issue on the field its path names, quoting the Region it is about", () => {
    const payload = accountPayload({ ...assumeRole, regions: "us-east-1 eu-wst" });
    const errors = formErrorsFrom(
      {
        status: 400,
        code: "invalid_request",
        message: "…",
        issues: [
          { path: "accountId", message: "must be a 12-digit AWS account id" },
          { path: "regions.1", message: "not a Region code" },
          { path: "roleArn", message: "the role must belong to the account" },
          { path: "", message: "body problem" },
        ],
      },
      payload,
    );
    expect(errors.fields.accountId).toEqual(["must be a 12-digit AWS account id"]);
    expect(errors.fields.regions).toEqual(["eu-wst: not a Region code"]);
    expect(errors.fields.roleArn).toEqual(["the role must belong to the account"]);
    expect(errors.general).toEqual(["body problem"]);
    expect(hasErrors(errors)).toBe(true);
  });

  it("matches what the server's schema reports for a bad payload", () => {
    const payload = accountPayload({
      ...assumeRole,
      roleArn: "arn:aws:iam::999999999999:role/R",
      regions: "nowhere",
    });
    const parsed = accountConfigSchema.safeParse(payload);
    const issues = parsed.success
      ? []
      : parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    const errors = formErrorsFrom({ status: 400, code: "invalid_request", message: "", issues }, payload);
    expect(errors.fields.roleArn).toEqual(["the role must belong to the account"]);
    expect(errors.fields.regions).toEqual(["nowhere: not a Region code"]);
    expect(errors.general).toEqual([]);
  });

  it("puts a name clash on the name and other failures in general", () => {
    const payload = accountPayload(assumeRole);
    const clash = formErrorsFrom(
      { status: 409, code: "conflict", message: 'an account named "P" already exists', issues: [] },
      payload,
    );
    expect(clash.fields.name).toEqual(['an account named "P" already exists']);
    const down = formErrorsFrom(
      { status: 0, code: "network", message: "Cannot reach the Watchwall server", issues: [] },
      payload,
    );
    expect(down.general).toEqual(["Cannot reach the Watchwall server"]);
    expect(hasErrors({ fields: {}, general: [] })).toBe(false);
  });
});
