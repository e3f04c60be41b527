import { describe, expect, it } from "vitest";
import {
  accountForAccessKey,
  DEMO_ACCOUNTS,
  findRole,
  resolveIdentity,
  SHARED_SERVICES_ACCOUNT_ID,
  STAGING_ACCOUNT_ID,
} from "./accounts";
import { encodeSessionToken, sessionAccessKeyId } from "./sts/session-credentials";

const now = new Date("2026-01-01T00:00:00Z");

describe("demo accounts", () => {
  it("has the three demo accounts with unique 20-character keys and a read-only role each", () => {
    expect(DEMO_ACCOUNTS.map((a) => a.id)).toEqual(["111111111111", "222222222222", "333333333333"]);
    for (const a of DEMO_ACCOUNTS) {
      expect(a.accessKeyId).toMatch(/^AKIA[A-Z0-9]{16}$/);
      expect(accountForAccessKey(a.accessKeyId)).toBe(a.id);
      expect(findRole(`arn:aws:iam::${a.id}:role/WatchwallReadOnly`)?.account.id).toBe(a.id);
    }
    expect(findRole("arn:aws:iam::222222222222:role/Other")).toBeUndefined();
  });

  it("maps session keys to their target account and unknown keys to production", () => {
    expect(accountForAccessKey(sessionAccessKeyId(SHARED_SERVICES_ACCOUNT_ID, 5))).toBe(
      SHARED_SERVICES_ACCOUNT_ID,
    );
    expect(accountForAccessKey("test")).toBe("111111111111");
  });

  it("resolves session identities from their token and enforces expiry", () => {
    const accessKeyId = sessionAccessKeyId(STAGING_ACCOUNT_ID, 1);
    const token = encodeSessionToken({
      accessKeyId,
      accountId: STAGING_ACCOUNT_ID,
      roleArn: "arn:aws:iam::222222222222:role/WatchwallReadOnly",
      roleName: "WatchwallReadOnly",
      roleId: "AROAEXAMPLE",
      sessionName: "s",
      expiration: now.getTime() / 1000 + 60,
    });
    expect(resolveIdentity(accessKeyId, token, now)).toMatchObject({
      status: "ok",
      accountId: STAGING_ACCOUNT_ID,
      caller: { arn: "arn:aws:sts::222222222222:assumed-role/WatchwallReadOnly/s", userId: "AROAEXAMPLE:s" },
    });
    expect(resolveIdentity(accessKeyId, token, new Date(now.getTime() + 60_000))).toEqual({
      status: "expired",
    });
    expect(resolveIdentity(sessionAccessKeyId(STAGING_ACCOUNT_ID, 2), token, now)).toEqual({
      status: "invalid-token",
    });
  });
});
