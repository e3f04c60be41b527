"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { can, useMe } from "@/lib/client/auth";
import { NAV_ITEMS } from "./nav-items";
import { UserBox } from "./UserBox";

export function AppNav() {
  const pathname = usePathname();
  const me = useMe();
  const isAdmin = can(me.data, "admin");
  const items = NAV_ITEMS.filter((item) => !item.adminOnly || isAdmin);
  return (
    <nav className="shell-nav" aria-label="Main">
      <Link href="/" className="shell-brand">
        Watchwall
      </Link>
      {items.map((item) => (
        <Link
          key={item.href}
          href={item.href}
          aria-current={pathname === item.href || pathname.startsWith(`${item.href}/`) ? "page" : undefined}
        >
          {item.label}
        </Link>
      ))}
      <UserBox />
    </nav>
  );
}
