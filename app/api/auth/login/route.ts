import { NextResponse } from "next/server";
import { contextOf } from "@/lib/auth/context";
import { sessionCookie } from "@/lib/auth/cookies";
import { loginWithPassword } from "@/lib/auth/login";
import { loginBody } from "@/lib/contracts/auth";
import { HttpError, parseBody, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** POST {email, password} → 204 with the session cookie; 401 bad credentials; 429 rate limited. */
export const POST = route(async (request: Request) => {
  const { address } = contextOf(request);
  const { email, password } = await parseBody(request, loginBody);
  const result = await loginWithPassword(email, password, {
    address,
    userAgent: request.headers.get("user-agent") ?? "",
  });
  if (!result.ok && result.reason === "rate_limited") {
    const response = NextResponse.json(
      {
        error: {
          code: "rate_limited",
          message: `Too many failed logins; try again in ${result.retryAfter} s`,
        },
      },
      { status: 429 },
    );
    response.headers.set("retry-after", String(result.retryAfter));
    return response;
  }
  if (!result.ok) throw new HttpError(401, "invalid_credentials", "Wrong email or password");
  const response = new NextResponse(null, { status: 204 });
  response.headers.set("set-cookie", sessionCookie(result.token, "user"));
  response.headers.set("cache-control", "no-store");
  return response;
});
