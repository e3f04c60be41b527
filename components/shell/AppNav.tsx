"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { AlarmNavBadge } from "@/components/alarms/AlarmNavBadge";
import { NAV_ITEMS } from "./nav-items";

export function AppNav() {
  const pathname = usePathname();
  return (
    <nav className="shell-nav" aria-label="Main">
      <Link href="/" className="shell-brand">
        Watchwall
      </Link>
      {NAV_ITEMS.map((item) => (
        <Link
          key={item.href}
          href={item.href}
          aria-current={pathname === item.href || pathname.startsWith(`${item.href}/`) ? "page" : undefined}
        >
          {item.label}
          {item.href === "/alarms" && <AlarmNavBadge />}
        </Link>
      ))}
    </nav>
  );
}
