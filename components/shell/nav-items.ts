export interface NavItem {
  href: string;
  label: string;
  /** Shown to Admins only (the server refuses others anyway). */
  adminOnly?: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/dashboards", label: "Dashboards" },
  { href: "/playlists", label: "Playlists" },
  { href: "/explore", label: "Explore metrics" },
  { href: "/logs", label: "Logs" },
  { href: "/alarms", label: "Alarms" },
  { href: "/health", label: "Health" },
  { href: "/settings", label: "Settings", adminOnly: true },
  { href: "/admin", label: "Users & access", adminOnly: true },
  { href: "/admin/audit", label: "Audit log", adminOnly: true },
];
