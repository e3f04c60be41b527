import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { HttpError, registerErrorMapper } from "@/lib/http/error-mapping";
import { hashPassword } from "./password";
import type { UserRole } from "./roles";
import { sessionsChanged } from "./session-cache";

// Users: people who sign in with a password, OIDC or a trusted proxy header.

export interface UserView {
  id: string;
  email: string;
  role: UserRole;
  source: string;
  disabled: boolean;
  hasPassword: boolean;
  createdAt: string;
}

type UserRow = Awaited<ReturnType<ReturnType<typeof db>["user"]["findFirstOrThrow"]>>;

export function toUserView(user: UserRow): UserView {
  return {
    id: user.id,
    email: user.email,
    role: user.role as UserRole,
    source: user.source,
    disabled: user.disabledAt !== null,
    hasPassword: user.passwordHash !== null,
    createdAt: user.createdAt.toISOString(),
  };
}

export class UserConflictError extends Error {
  override name = "UserConflictError";
}

registerErrorMapper("users", (error) =>
  error instanceof UserConflictError ? new HttpError(409, "conflict", error.message) : undefined,
);

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export async function countUsers(): Promise<number> {
  return db().user.count();
}

export async function findUserByEmail(email: string) {
  return db().user.findUnique({ where: { email: normalizeEmail(email) } });
}

export async function findUser(id: string) {
  return db()
    .user.findUnique({ where: { id } })
    .catch(() => null);
}

export async function listUsers(): Promise<UserView[]> {
  return (await db().user.findMany({ orderBy: { email: "asc" } })).map(toUserView);
}

export async function createUser(input: {
  email: string;
  role: UserRole;
  password?: string;
  source?: "local" | "oidc" | "proxy";
}): Promise<UserView> {
  try {
    const user = await db().user.create({
      data: {
        email: normalizeEmail(input.email),
        role: input.role,
        passwordHash: input.password ? await hashPassword(input.password) : null,
        source: input.source ?? "local",
      },
    });
    return toUserView(user);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new UserConflictError(`a user with the email ${normalizeEmail(input.email)} already exists`);
    throw error;
  }
}

export async function updateUser(
  id: string,
  change: { role?: UserRole; password?: string; disabled?: boolean },
): Promise<UserView | null> {
  const existing = await findUser(id);
  if (!existing) return null;
  try {
    return await applyUserChange(id, existing.role, change);
  } finally {
    // Kept sessions carry the user's role: none may outlive a change (session-cache.ts).
    sessionsChanged();
  }
}

async function applyUserChange(
  id: string,
  previousRole: string,
  change: { role?: UserRole; password?: string; disabled?: boolean },
): Promise<UserView> {
  const user = await db().user.update({
    where: { id },
    data: {
      role: change.role,
      passwordHash: change.password ? await hashPassword(change.password) : undefined,
      disabledAt: change.disabled === undefined ? undefined : change.disabled ? new Date() : null,
    },
  });
  // A disabled user, a new password or a lower role: every existing session ends at once.
  if (change.disabled || change.password || (change.role && change.role !== previousRole))
    await db().session.updateMany({
      where: { userId: id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
  if (change.disabled)
    await db().apiToken.updateMany({
      where: { createdById: id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
  return toUserView(user);
}

export async function deleteUser(id: string): Promise<boolean> {
  // The user's tokens stop with them (the rows stay, revoked, for the audit trail).
  await db().apiToken.updateMany({
    where: { createdById: id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  const result = await db().user.deleteMany({ where: { id } });
  sessionsChanged();
  return result.count > 0;
}

export async function countActiveAdmins(): Promise<number> {
  return db().user.count({ where: { role: "admin", disabledAt: null } });
}

/** WATCHWALL_ADMIN_EMAIL/PASSWORD: create that Admin, or reset its password and role, at every start. */
export async function ensureAdmin(email: string, password: string): Promise<"created" | "reset"> {
  const existing = await findUserByEmail(email);
  if (!existing) {
    await createUser({ email, password, role: "admin" });
    return "created";
  }
  await db().user.update({
    where: { id: existing.id },
    data: { role: "admin", passwordHash: await hashPassword(password), disabledAt: null },
  });
  return "reset";
}
