export interface NavItem {
  href: string;
  label: string;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/dashboards", label: "Dashboards" },
  { href: "/playlists", label: "Playlists" },
  { href: "/explore", label: "Explore metrics" },
  { href: "/logs", label: "Logs" },
  { href: "/alarms", label: "Alarms" },
  { href: "/health", label: "Health" },
  { href: "/settings", label: "Settings" },
];
