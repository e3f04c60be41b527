// Who can do what. Display (wall screens) is below Viewer and is always limited to chosen dashboards and
// playlists; the ranks order the other three.

export const roles = ["display", "viewer", "editor", "admin"] as const;
export type Role = (typeof roles)[number];
export const userRoles = ["viewer", "editor", "admin"] as const;
export type UserRole = (typeof userRoles)[number];

const RANK: Record<Role, number> = { display: 0, viewer: 1, editor: 2, admin: 3 };

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (roles as readonly string[]).includes(value);
}

export function isUserRole(value: unknown): value is UserRole {
  return typeof value === "string" && (userRoles as readonly string[]).includes(value);
}

export function atLeast(role: Role, minimum: Role): boolean {
  return RANK[role] >= RANK[minimum];
}
