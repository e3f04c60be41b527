import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { displayName, type Principal } from "./principal";

// The audit log: who did what, kept in PostgreSQL and shown to Admins (/admin/audit).

export type AuditAction =
  | "login"
  | "login_failed"
  | "logout"
  | "logout_everywhere"
  | "password_changed"
  | "setup_completed"
  | "user_created"
  | "user_changed"
  | "user_deleted"
  | "token_created"
  | "token_revoked"
  | "display_paired"
  | "display_revoked"
  | "pairing_code_created"
  | "dashboard_created"
  | "dashboard_saved"
  | "dashboard_deleted"
  | "dashboard_restored"
  | "dashboard_undeleted"
  | "account_added"
  | "account_changed"
  | "account_deleted";

export interface AuditInput {
  action: AuditAction;
  actor: Principal | null | string;
  targetType?: string;
  targetId?: string;
  detail?: Record<string, unknown>;
  address?: string;
}

export async function recordAudit(input: AuditInput): Promise<void> {
  const actor =
    typeof input.actor === "string"
      ? { id: null, name: input.actor }
      : { id: input.actor?.userId ?? input.actor?.id ?? null, name: displayName(input.actor) };
  await db().auditEvent.create({
    data: {
      action: input.action,
      actorId: actor.id,
      actor: actor.name,
      targetType: input.targetType ?? "",
      targetId: input.targetId ?? "",
      detail: (input.detail ?? {}) as Prisma.InputJsonValue,
      address: input.address ?? "",
    },
  });
}

export interface AuditFilter {
  action?: string;
  actor?: string;
  targetType?: string;
  from?: Date;
  to?: Date;
  limit?: number;
  before?: Date;
}

export interface AuditEventView {
  id: string;
  at: string;
  actor: string;
  action: string;
  targetType: string;
  targetId: string;
  detail: unknown;
  address: string;
}

export const AUDIT_PAGE_SIZE = 100;

export async function listAudit(filter: AuditFilter): Promise<AuditEventView[]> {
  const rows = await db().auditEvent.findMany({
    where: {
      action: filter.action || undefined,
      actor: filter.actor ? { contains: filter.actor, mode: "insensitive" } : undefined,
      targetType: filter.targetType || undefined,
      at: { gte: filter.from, lte: filter.to, lt: filter.before },
    },
    orderBy: { at: "desc" },
    take: Math.min(filter.limit ?? AUDIT_PAGE_SIZE, 500),
  });
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actor: r.actor,
    action: r.action,
    targetType: r.targetType,
    targetId: r.targetId,
    detail: r.detail,
    address: r.address,
  }));
}
