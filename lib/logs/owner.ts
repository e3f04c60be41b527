import { CONTEXT_HEADER, decodeContext } from "@/lib/auth/principal";

// Who is asking: history and saved queries belong to the signed-in user. Requests that did not pass the
// authentication gate (unit tests calling a handler directly) belong to nobody (null).

export function requestOwnerId(request: Request): string | null {
  const principal = decodeContext(request.headers.get(CONTEXT_HEADER))?.principal;
  if (!principal?.id) return null;
  return principal.userId ?? `${principal.kind}:${principal.id}`;
}
