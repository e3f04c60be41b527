"use client";

import { useState, type FormEvent } from "react";
import { Dialog } from "./Dialog";
import styles from "./dialog.module.css";

/** Asks for one line of text (a name); replaces `window.prompt()`. */
export function PromptDialog({
  title,
  label,
  initialValue = "",
  submitLabel,
  maxLength = 255,
  error,
  busy = false,
  onSubmit,
  onCancel,
}: {
  title: string;
  label: string;
  initialValue?: string;
  submitLabel: string;
  maxLength?: number;
  error?: string;
  busy?: boolean;
  onSubmit: (value: string) => void;
  onCancel: () => void;
}) {
  const [value, setValue] = useState(initialValue);
  const trimmed = value.trim();
  function submit(event: FormEvent) {
    event.preventDefault();
    if (trimmed) onSubmit(trimmed);
  }
  return (
    <Dialog title={title} onClose={onCancel} size="small">
      <form onSubmit={submit} className={styles.body} style={{ padding: 0 }}>
        <label className={styles.field}>
          {label}
          <input
            className={styles.input}
            value={value}
            maxLength={maxLength}
            data-autofocus
            required
            onChange={(e) => setValue(e.target.value)}
          />
        </label>
        {error && (
          <p className={styles.error} role="alert">
            {error}
          </p>
        )}
        <div className={styles.buttons}>
          <button type="button" className={styles.button} onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className={styles.primary} disabled={!trimmed || busy}>
            {submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
