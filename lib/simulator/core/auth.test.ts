import { describe, expect, it } from "vitest";
import { parseAuthentication } from "./auth";

const none = new URLSearchParams();

describe("parseAuthentication", () => {
  it("reads access key, Region and service from the SigV4 credential scope", () => {
    const authorization =
      "AWS4-HMAC-SHA256 Credential=AKIAPRODDEMO00000001/20261122/eu-west-1/monitoring/aws4_request, " +
      "SignedHeaders=host;x-amz-date, Signature=abc";
    expect(parseAuthentication({ authorization, "x-amz-security-token": "tok" }, none)).toEqual({
      kind: "ok",
      scope: {
        accessKeyId: "AKIAPRODDEMO00000001",
        date: "20261122",
        region: "eu-west-1",
        service: "monitoring",
      },
      sessionToken: "tok",
    });
  });

  it("supports presigned query strings", () => {
    const query = new URLSearchParams({
      "X-Amz-Credential": "K/20260101/ap-northeast-1/sts/aws4_request",
      "X-Amz-Security-Token": "t",
    });
    expect(parseAuthentication({}, query)).toMatchObject({
      kind: "ok",
      scope: { region: "ap-northeast-1" },
      sessionToken: "t",
    });
  });

  it("distinguishes missing from incomplete signatures", () => {
    expect(parseAuthentication({}, none)).toEqual({ kind: "missing" });
    expect(parseAuthentication({ authorization: "Basic xyz" }, none)).toEqual({ kind: "missing" });
    expect(parseAuthentication({ authorization: "AWS4-HMAC-SHA256 Signature=x" }, none)).toMatchObject({
      kind: "malformed",
      detail: expect.stringContaining("'Credential'"),
    });
    const badScope = "AWS4-HMAC-SHA256 Credential=K/2026/us-east-1, SignedHeaders=host, Signature=x";
    expect(parseAuthentication({ authorization: badScope }, none)).toMatchObject({ kind: "malformed" });
  });
});
