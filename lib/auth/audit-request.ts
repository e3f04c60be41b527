import { recordAudit, type AuditAction } from "./audit";
import { CONTEXT_HEADER, decodeContext } from "./principal";

/** Records who did something to what, from the request the gate let through (one line in a route). */
export async function auditFrom(
  request: Request,
  action: AuditAction,
  targetType: string,
  targetId: string,
  detail: Record<string, unknown> = {},
): Promise<void> {
  const context = decodeContext(request.headers.get(CONTEXT_HEADER));
  await recordAudit({
    action,
    actor: context?.principal ?? null,
    targetType,
    targetId,
    detail,
    address: context?.address ?? "",
  });
}
