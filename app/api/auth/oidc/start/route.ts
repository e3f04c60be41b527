import { NextResponse } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { safeNextPath } from "@/lib/auth/next-path";
import { OIDC_COOKIE, redirectUriFor, startLogin } from "@/lib/auth/oidc";
import { route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** Sends the browser to the identity provider (authorization code + PKCE, state, nonce). */
export const GET = route(async (request: Request) => {
  const url = new URL(request.url);
  const host = request.headers.get("host") ?? url.host;
  try {
    const started = await startLogin(redirectUriFor(host), safeNextPath(url.searchParams.get("next")));
    const response = NextResponse.redirect(started.url, 303);
    response.headers.set(
      "set-cookie",
      `${OIDC_COOKIE}=${started.state}; Path=/api/auth/oidc; HttpOnly; SameSite=Lax; Max-Age=600${authConfig().secureCookies ? "; Secure" : ""}`,
    );
    return response;
  } catch (error) {
    console.error("[watchwall] single sign-on could not start:", error);
    return new NextResponse(null, { status: 303, headers: { location: "/login?error=sso_unavailable" } });
  }
});
