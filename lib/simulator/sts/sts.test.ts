import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, STAGING_ACCOUNT_ID } from "@/lib/simulator/accounts";
import { clientConfig, startTestSimulator, type ClientOptions } from "@/lib/simulator/core/test-support";
import type { Simulator } from "@/lib/simulator/server";
import { createStsService } from "./sts-service";

const STAGING_ROLE = `arn:aws:iam::${STAGING_ACCOUNT_ID}:role/WatchwallReadOnly`;
const STAGING_EXTERNAL_ID = "watchwall-staging-external-id";
const PRODUCTION_ROLE = "arn:aws:iam::111111111111:role/WatchwallReadOnly";

let sim: Simulator;
let clock = new Date("2026-06-01T12:00:00.000Z");

function sts(options: ClientOptions = {}) {
  return new STSClient(clientConfig(sim, { fastRetries: true, ...options }));
}

async function errorOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (e) {
    return e as Error & { $metadata: { httpStatusCode?: number; attempts?: number }; Code?: string };
  }
  throw new Error("expected the call to fail");
}

beforeAll(async () => {
  sim = await startTestSimulator({ services: [createStsService()], now: () => clock });
});
afterAll(() => sim.close());
beforeEach(() => {
  clock = new Date("2026-06-01T12:00:00.000Z");
  sim.faults.clear();
});

describe("GetCallerIdentity", () => {
  it("maps each static demo key to its account's IAM user", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const out = await sts({ accessKeyId: account.accessKeyId }).send(new GetCallerIdentityCommand({}));
      expect(out.Account).toBe(account.id);
      expect(out.Arn).toBe(`arn:aws:iam::${account.id}:user/watchwall-demo`);
      expect(out.UserId).toMatch(/^AIDA[A-Z2-7]{17}$/);
      expect(out.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("treats unknown keys as the production account's root", async () => {
    const out = await sts({ accessKeyId: "test" }).send(new GetCallerIdentityCommand({}));
    expect(out).toMatchObject({ Account: "111111111111", Arn: "arn:aws:iam::111111111111:root" });
  });
});

describe("AssumeRole", () => {
  it("mints working temporary credentials for the target account", async () => {
    const out = await sts().send(
      new AssumeRoleCommand({
        RoleArn: STAGING_ROLE,
        RoleSessionName: "watchwall",
        ExternalId: STAGING_EXTERNAL_ID,
        DurationSeconds: 900,
      }),
    );
    const creds = out.Credentials;
    expect(creds?.AccessKeyId).toMatch(/^ASIA222222222222[0-9A-Z]{4}$/);
    expect(creds?.SecretAccessKey).toHaveLength(40);
    expect(creds?.Expiration?.toISOString()).toBe("2026-06-01T12:15:00.000Z");
    expect(out.AssumedRoleUser?.Arn).toBe(
      `arn:aws:sts::${STAGING_ACCOUNT_ID}:assumed-role/WatchwallReadOnly/watchwall`,
    );
    expect(out.AssumedRoleUser?.AssumedRoleId).toMatch(/^AROA[A-Z2-7]{17}:watchwall$/);
    expect(out.PackedPolicySize).toBeUndefined();

    const who = await sts({
      accessKeyId: creds?.AccessKeyId,
      secretAccessKey: creds?.SecretAccessKey,
      sessionToken: creds?.SessionToken,
    }).send(new GetCallerIdentityCommand({}));
    expect(who.Account).toBe(STAGING_ACCOUNT_ID);
    expect(who.Arn).toBe(out.AssumedRoleUser?.Arn);
    expect(who.UserId).toBe(out.AssumedRoleUser?.AssumedRoleId);
  });

  it("issues a different key for every session and defaults to one hour", async () => {
    const input = { RoleArn: PRODUCTION_ROLE, RoleSessionName: "same" };
    const a = await sts().send(new AssumeRoleCommand(input));
    const b = await sts().send(new AssumeRoleCommand(input));
    expect(a.Credentials?.AccessKeyId).not.toBe(b.Credentials?.AccessKeyId);
    expect(a.Credentials?.Expiration?.getTime()).toBe(clock.getTime() + 3_600_000);
  });

  it("accepts the full DurationSeconds range and reports PackedPolicySize for session policies", async () => {
    const out = await sts().send(
      new AssumeRoleCommand({
        RoleArn: PRODUCTION_ROLE,
        RoleSessionName: "long",
        DurationSeconds: 43_200,
        Policy: '{"Version":"2012-10-17","Statement":[]}',
      }),
    );
    expect(out.Credentials?.Expiration?.getTime()).toBe(clock.getTime() + 43_200_000);
    expect(out.PackedPolicySize).toBeGreaterThan(0);
  });

  it("denies unknown roles and missing or wrong ExternalIds with AccessDenied 403", async () => {
    const cases = [
      { RoleArn: "arn:aws:iam::123456789012:role/WatchwallReadOnly", RoleSessionName: "s1" },
      { RoleArn: STAGING_ROLE, RoleSessionName: "s1" },
      { RoleArn: STAGING_ROLE, RoleSessionName: "s1", ExternalId: "not-the-one" },
    ];
    for (const input of cases) {
      const err = await errorOf(sts().send(new AssumeRoleCommand(input)));
      expect(err.name).toBe("AccessDenied");
      expect(err.$metadata.httpStatusCode).toBe(403);
      expect(err.$metadata.attempts).toBe(1);
      expect(err.message).toBe(
        `User: arn:aws:iam::111111111111:user/watchwall-demo is not authorized to perform: sts:AssumeRole on resource: ${input.RoleArn}`,
      );
    }
  });

  it("rejects model violations with AWS's ValidationError texts", async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [
        { RoleArn: PRODUCTION_ROLE, RoleSessionName: "Session1:2" },
        "1 validation error detected: Value 'Session1:2' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*",
      ],
      [
        { RoleArn: "arn:a:::something/test-role", RoleSessionName: "s1" },
        "arn:a:::something/test-role is invalid",
      ],
      [
        { RoleArn: PRODUCTION_ROLE, RoleSessionName: "s1", DurationSeconds: 899 },
        "1 validation error detected: Value '899' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900",
      ],
      [
        { RoleArn: PRODUCTION_ROLE, RoleSessionName: "s1", DurationSeconds: 43_201 },
        "1 validation error detected: Value '43201' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 43200",
      ],
      [
        { RoleArn: "short", RoleSessionName: "x" },
        "2 validation errors detected: Value 'short' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20; Value 'x' at 'roleSessionName' failed to satisfy constraint: Member must have length greater than or equal to 2",
      ],
    ];
    for (const [input, message] of cases) {
      const err = await errorOf(sts().send(new AssumeRoleCommand(input as never)));
      expect(err.name).toBe("ValidationError");
      expect(err.$metadata.httpStatusCode).toBe(400);
      expect(err.message).toBe(message);
    }
  });

  it("limits role chaining to one hour", async () => {
    const first = await sts().send(
      new AssumeRoleCommand({ RoleArn: PRODUCTION_ROLE, RoleSessionName: "hop1" }),
    );
    const chained = sts({
      accessKeyId: first.Credentials?.AccessKeyId,
      secretAccessKey: first.Credentials?.SecretAccessKey,
      sessionToken: first.Credentials?.SessionToken,
    });
    const long = new AssumeRoleCommand({
      RoleArn: STAGING_ROLE,
      RoleSessionName: "hop2",
      ExternalId: STAGING_EXTERNAL_ID,
      DurationSeconds: 7200,
    });
    const err = await errorOf(chained.send(long));
    expect(err.name).toBe("ValidationError");
    expect(err.message).toMatch(/role chaining/);
    const ok = await chained.send(
      new AssumeRoleCommand({
        RoleArn: STAGING_ROLE,
        RoleSessionName: "hop2",
        ExternalId: STAGING_EXTERNAL_ID,
      }),
    );
    expect(ok.AssumedRoleUser?.Arn).toContain(":222222222222:assumed-role/");
  });
});

describe("temporary credential lifecycle", () => {
  async function session() {
    const out = await sts().send(
      new AssumeRoleCommand({ RoleArn: PRODUCTION_ROLE, RoleSessionName: "short", DurationSeconds: 900 }),
    );
    const c = out.Credentials;
    return {
      accessKeyId: c?.AccessKeyId,
      secretAccessKey: c?.SecretAccessKey,
      sessionToken: c?.SessionToken,
    };
  }

  it("answers ExpiredToken once the session's Expiration has passed", async () => {
    const creds = await session();
    clock = new Date(clock.getTime() + 899_000);
    await expect(sts(creds).send(new GetCallerIdentityCommand({}))).resolves.toMatchObject({
      Account: "111111111111",
    });
    clock = new Date(clock.getTime() + 1_000);
    const err = await errorOf(sts(creds).send(new GetCallerIdentityCommand({})));
    expect(err.name).toBe("ExpiredToken");
    expect(err.message).toBe("The security token included in the request is expired");
    expect(err.$metadata.httpStatusCode).toBe(403);
    expect(err.$metadata.attempts).toBe(1);
  });

  it("rejects a session key presented with a foreign or missing token", async () => {
    const creds = await session();
    for (const sessionToken of ["garbage", undefined]) {
      const err = await errorOf(sts({ ...creds, sessionToken }).send(new GetCallerIdentityCommand({})));
      expect(err.name).toBe("InvalidClientTokenId");
      expect(err.$metadata.httpStatusCode).toBe(403);
    }
  });
});

describe("faults seen through the STS client", () => {
  it("retries XML Throttling and then succeeds", async () => {
    sim.faults.set([{ service: "sts", operation: "AssumeRole", throttle: true, count: 2 }]);
    const out = await sts().send(
      new AssumeRoleCommand({ RoleArn: PRODUCTION_ROLE, RoleSessionName: "retry" }),
    );
    expect(out.$metadata.attempts).toBe(3);
    expect(out.Credentials?.AccessKeyId).toMatch(/^ASIA111111111111/);
  });

  it("retries with the SDK's default strategy too (real backoff)", async () => {
    sim.faults.set([{ operation: "GetCallerIdentity", throttle: true, count: 1 }]);
    const client = new STSClient(clientConfig(sim));
    const out = await client.send(new GetCallerIdentityCommand({}));
    expect(out.$metadata.attempts).toBe(2);
  });

  it("surfaces Throttling after the retries are exhausted", async () => {
    sim.faults.set([{ operation: "GetCallerIdentity", throttle: true, count: 5 }]);
    const err = await errorOf(sts().send(new GetCallerIdentityCommand({})));
    expect(err.name).toBe("Throttling");
    expect(err.Code).toBe("Throttling");
    expect(err.$metadata.httpStatusCode).toBe(400);
    expect(err.$metadata.attempts).toBe(3);
    expect(sim.faults.list()[0]?.remaining).toBe(2);
  });

  it("retries injected 503s", async () => {
    sim.faults.set([{ operation: "GetCallerIdentity", error: true, errorStatus: 503, count: 2 }]);
    const out = await sts().send(new GetCallerIdentityCommand({}));
    expect(out.$metadata.attempts).toBe(3);
  });
});
