import { NextResponse } from "next/server";
import { recordAudit } from "@/lib/auth/audit";
import { contextOf, principalOf } from "@/lib/auth/context";
import { countActiveAdmins, deleteUser, findUser, toUserView, updateUser } from "@/lib/auth/users";
import { updateUserBody } from "@/lib/contracts/auth";
import { HttpError, NotFoundError, parseBody, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

async function existing(id: string) {
  const user = await findUser(id);
  if (!user) throw new NotFoundError(`user ${id} does not exist`);
  return user;
}

/** The last active Admin cannot lock everyone out. */
async function guardLastAdmin(user: { role: string; disabledAt: Date | null }) {
  if (user.role === "admin" && !user.disabledAt && (await countActiveAdmins()) <= 1)
    throw new HttpError(409, "last_admin", "This is the last active admin; make someone else admin first");
}

export const GET = route(async (_request: Request, { params }: Context) =>
  NextResponse.json(toUserView(await existing((await params).id))),
);

/** PATCH {role?, password?, disabled?}: a new password is an admin reset; disabling ends sessions at once. */
export const PATCH = route(async (request: Request, { params }: Context) => {
  const principal = principalOf(request);
  const id = (await params).id;
  const body = await parseBody(request, updateUserBody);
  const user = await existing(id);
  if ((body.role && body.role !== "admin") || body.disabled) await guardLastAdmin(user);
  const updated = await updateUser(id, body);
  await recordAudit({
    action: "user_changed",
    actor: principal,
    targetType: "user",
    targetId: id,
    detail: {
      email: user.email,
      ...(body.role ? { role: { from: user.role, to: body.role } } : {}),
      ...(body.password ? { passwordReset: true } : {}),
      ...(body.disabled !== undefined ? { disabled: body.disabled } : {}),
    },
    address: contextOf(request).address,
  });
  return NextResponse.json(updated);
});

export const DELETE = route(async (request: Request, { params }: Context) => {
  const principal = principalOf(request);
  const id = (await params).id;
  const user = await existing(id);
  await guardLastAdmin(user);
  await deleteUser(id);
  await recordAudit({
    action: "user_deleted",
    actor: principal,
    targetType: "user",
    targetId: id,
    detail: { email: user.email },
    address: contextOf(request).address,
  });
  return new NextResponse(null, { status: 204 });
});
