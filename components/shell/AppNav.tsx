"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { can, useMe } from "@/lib/client/auth";
import { AlarmNavBadge } from "@/components/alarms/AlarmNavBadge";
import { NAV_ITEMS } from "./nav-items";
import { UserBox } from "./UserBox";

/** The sidebar; on a phone it folds into a top bar whose Menu button shows the links. */
export function AppNav() {
  const pathname = usePathname();
  const me = useMe();
  const isAdmin = can(me.data, "admin");
  const isViewer = can(me.data, "viewer");
  const items = NAV_ITEMS.filter((item) => !item.adminOnly || isAdmin);
  const [open, setOpen] = useState(false);
  // Following a link closes the menu: the state belongs to the page it was opened on.
  const [openedOn, setOpenedOn] = useState(pathname);
  const expanded = open && openedOn === pathname;
  return (
    <nav className="shell-nav" aria-label="Main" data-open={expanded || undefined}>
      <div className="shell-bar">
        <Link href="/" className="shell-brand" prefetch={false}>
          Watchwall
        </Link>
        <button
          type="button"
          className="shell-menu-button"
          aria-expanded={expanded}
          aria-controls="shell-links"
          onClick={() => {
            setOpenedOn(pathname);
            setOpen(!expanded);
          }}
        >
          {expanded ? "Close" : "Menu"}
        </button>
      </div>
      <div id="shell-links" className="shell-links">
        {/* Not prefetched: every page load of every screen would otherwise render each linked page on the
            server, competing with the dashboard's own first paint; a click fetches the page then. */}
        {items.map((item) => (
          <Link
            key={item.href}
            href={item.href}
            prefetch={false}
            aria-current={pathname === item.href || pathname.startsWith(`${item.href}/`) ? "page" : undefined}
            onClick={() => setOpen(false)}
          >
            {item.label}
            {/* Counts across every account: full users only (wall screens and anonymous viewers get 403). */}
            {item.href === "/alarms" && isViewer && <AlarmNavBadge />}
          </Link>
        ))}
        <UserBox />
      </div>
    </nav>
  );
}
