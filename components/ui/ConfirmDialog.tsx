"use client";

import type { ReactNode } from "react";
import { Dialog } from "./Dialog";
import styles from "./dialog.module.css";

/** Asks before something the user may regret; the confirming button names the action. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  danger = false,
  onConfirm,
  onCancel,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Dialog title={title} onClose={onCancel} size="small">
      <div>{children}</div>
      <div className={styles.buttons}>
        <button type="button" className={styles.button} onClick={onCancel} data-autofocus>
          Cancel
        </button>
        <button type="button" className={danger ? styles.danger : styles.primary} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
