import { describe, expect, it } from "vitest";
// Registers the AWS error mapping (lib/http/error-mapping.ts), as any route that calls AWS has loaded it.
import "@/lib/aws/errors";
import { HttpError, route } from "@/lib/server/http";
import { adminPrincipal, gatedRequest } from "./handlers.testing";
import { redactIdentity } from "./redact";

const DENIED =
  "User: arn:aws:sts::111122223333:assumed-role/WatchwallServer/i-0abc is not authorized to perform: cloudwatch:GetMetricData";

function awsError(): Error {
  return Object.assign(new Error(DENIED), { name: "AccessDenied", $metadata: { httpStatusCode: 403 } });
}

describe("the server's IAM identity is shown to Admins only", () => {
  it("replaces identity ARNs", () => {
    expect(redactIdentity(DENIED)).toBe(
      "User: [the server's AWS identity] is not authorized to perform: cloudwatch:GetMetricData",
    );
    expect(redactIdentity("arn:aws:iam::111122223333:user/ci-bot failed")).not.toContain("111122223333");
  });

  it("AWS errors from a route keep the identity for an Admin and hide it from a Viewer", async () => {
    const handler = route(async (_request: Request) => {
      throw awsError();
    });
    const viewer = await handler(
      gatedRequest("/api/x", {
        principal: { kind: "user", id: "v", userId: "v", name: "v@example.com", role: "viewer" },
      }),
    );
    const viewerText = await viewer.text();
    expect(viewer.status).toBe(502);
    expect(viewerText).not.toContain("111122223333");
    expect(viewerText).toContain("not authorized");
    const admin = await handler(gatedRequest("/api/x", { principal: adminPrincipal("a") }));
    expect(await admin.text()).toContain("arn:aws:sts::111122223333:assumed-role/WatchwallServer");
  });

  it("leaves other errors alone", async () => {
    const handler = route(async (_request: Request) => {
      throw new HttpError(400, "invalid_request", "name: is required");
    });
    expect(await (await handler(gatedRequest("/api/x"))).json()).toMatchObject({
      error: { message: "name: is required" },
    });
  });
});
