import { describe, expect, it } from "vitest";
import { HttpError } from "@/lib/server/http";
import { assertAccountAllowed } from "./policy";

const base = { name: "A", accountId: "123456789012", regions: ["us-east-1"] };
const profiles = async () => new Set(["default", "prod-readonly"]);

describe("account rules", () => {
  it("WATCHWALL_ALLOWED_ACCOUNT_IDS limits which accounts can be added", async () => {
    const config = { ...base, credentialType: "default" as const };
    await expect(assertAccountAllowed(config, ["123456789012"], profiles)).resolves.toBeUndefined();
    await expect(assertAccountAllowed(config, ["999999999999"], profiles)).rejects.toMatchObject({
      status: 400,
      issues: [{ path: "accountId" }],
    });
    await expect(assertAccountAllowed(config, null, profiles)).resolves.toBeUndefined();
  });

  it("a named profile must be one the server's AWS config defines (no paths, no made-up names)", async () => {
    const ok = { ...base, credentialType: "profile" as const, profile: "prod-readonly" };
    await expect(assertAccountAllowed(ok, null, profiles)).resolves.toBeUndefined();
    for (const profile of ["../../etc/passwd", "not-configured"]) {
      const error = await assertAccountAllowed({ ...ok, profile }, null, profiles).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HttpError);
      expect(error).toMatchObject({ issues: [{ path: "profile" }] });
    }
  });
});
