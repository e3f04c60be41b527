"use client";

import Link from "next/link";
import { api } from "@/lib/client/api";
import { ignoredBody } from "@/lib/contracts/common";
import { useMe } from "@/lib/client/auth";
import styles from "@/components/auth/auth.module.css";

/** Who is signed in, with their role, and the way out. */
export function UserBox() {
  const me = useMe();
  if (me.isPending) return null;
  if (!me.data)
    return (
      <div className={styles.user}>
        <Link href="/login">Sign in</Link>
      </div>
    );
  async function signOut() {
    await api("/api/auth/logout", ignoredBody, { method: "POST" });
    window.location.assign("/login");
  }
  return (
    <div className={styles.user} data-testid="user-box">
      <span>
        {me.data.email} · <span data-testid="user-role">{me.data.role}</span>
      </span>
      {me.data.kind === "user" ? (
        <Link href="/account" prefetch={false}>
          Account
        </Link>
      ) : null}
      {me.data.kind === "user" ? (
        <button type="button" className={styles.button} onClick={() => void signOut()}>
          Sign out
        </button>
      ) : null}
    </div>
  );
}
