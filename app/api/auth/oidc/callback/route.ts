import { NextResponse } from "next/server";
import { contextOf } from "@/lib/auth/context";
import { sessionCookie } from "@/lib/auth/cookies";
import { finishLogin, OIDC_COOKIE, OidcError } from "@/lib/auth/oidc";
import { route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

function cookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const index = part.indexOf("=");
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return undefined;
}

/** The identity provider's answer: checks state, nonce and PKCE, then signs the user in. */
export const GET = route(async (request: Request) => {
  const url = new URL(request.url);
  const { address } = contextOf(request);
  try {
    const { token, next } = await finishLogin(url, cookie(request, OIDC_COOKIE), {
      address,
      userAgent: request.headers.get("user-agent") ?? "",
    });
    const response = new NextResponse(null, { status: 303, headers: { location: next } });
    response.headers.append("set-cookie", sessionCookie(token, "user"));
    response.headers.append(
      "set-cookie",
      `${OIDC_COOKIE}=; Path=/api/auth/oidc; HttpOnly; SameSite=Lax; Max-Age=0`,
    );
    return response;
  } catch (error) {
    const message = error instanceof OidcError ? error.message : "single sign-on failed; see the server log";
    if (!(error instanceof OidcError)) console.error("[watchwall] single sign-on failed:", error);
    return new NextResponse(null, {
      status: 303,
      headers: { location: `/login?error=${encodeURIComponent(message)}` },
    });
  }
});
