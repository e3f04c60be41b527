"use client";

import { useState, type FormEvent } from "react";
import { api, ApiError } from "@/lib/client/api";
import { ignoredBody } from "@/lib/contracts/common";
import { authKeys, useAuthMutation, useUsers, type UserJson } from "@/lib/client/auth";
import styles from "./auth.module.css";

const ROLES = ["viewer", "editor", "admin"] as const;

interface UserChange {
  id: string;
  role?: string;
  disabled?: boolean;
  password?: string;
}

export function UsersAdmin() {
  const users = useUsers();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [role, setRole] = useState<UserJson["role"]>("viewer");
  const [error, setError] = useState<string>();
  const create = useAuthMutation(authKeys.users, (body: object) => api("/api/users", ignoredBody, { body }));
  const change = useAuthMutation(authKeys.users, ({ id, ...body }: UserChange) =>
    api(`/api/users/${id}`, ignoredBody, { method: "PATCH", body }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    create.mutate(
      { email, role, ...(password ? { password } : {}) },
      {
        onSuccess: () => {
          setEmail("");
          setPassword("");
        },
        onError: (e) => setError(e instanceof ApiError ? e.message : "Cannot add the user"),
      },
    );
  }

  function act(input: UserChange) {
    setError(undefined);
    change.mutate(input, {
      onError: (e) => setError(e instanceof ApiError ? e.message : "Cannot change the user"),
    });
  }

  return (
    <section className={styles.section} aria-label="Users">
      <h2>Users</h2>
      <form className={styles.row} onSubmit={submit} aria-label="Add a user">
        <label className={styles.field}>
          Email
          <input
            className={styles.input}
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <label className={styles.field}>
          Password (optional for SSO users)
          <input
            className={styles.input}
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <label className={styles.field}>
          Role
          <select
            className={styles.input}
            value={role}
            onChange={(e) => setRole(e.target.value as UserJson["role"])}
          >
            {ROLES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
        <button className={styles.primary} type="submit">
          Add user
        </button>
      </form>
      {error ? (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      ) : null}
      <table className={styles.table}>
        <thead>
          <tr>
            <th>Email</th>
            <th>Role</th>
            <th>Sign-in</th>
            <th>Status</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {users.data?.users.map((user) => (
            <tr key={user.id}>
              <td>{user.email}</td>
              <td>
                <select
                  aria-label={`Role of ${user.email}`}
                  className={styles.input}
                  value={user.role}
                  onChange={(e) => act({ id: user.id, role: e.target.value })}
                >
                  {ROLES.map((r) => (
                    <option key={r}>{r}</option>
                  ))}
                </select>
              </td>
              <td>{user.source}</td>
              <td>{user.disabled ? "disabled" : "active"}</td>
              <td className={styles.row}>
                <button
                  type="button"
                  className={styles.button}
                  onClick={() => act({ id: user.id, disabled: !user.disabled })}
                >
                  {user.disabled ? "Enable" : "Disable"}
                </button>
                <button
                  type="button"
                  className={styles.button}
                  onClick={() => {
                    const next = window.prompt(`New password for ${user.email} (at least 12 characters)`);
                    if (next) act({ id: user.id, password: next });
                  }}
                >
                  Reset password
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
