"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import styles from "./dialog.module.css";

export interface DialogProps {
  /** The dialog's heading; also its accessible name. */
  title: string;
  /** Called on Escape, on the close button and by the caller's own buttons. */
  onClose: () => void;
  children: ReactNode;
  /** Buttons shown in the heading row, before the close button. */
  actions?: ReactNode;
  size?: "small" | "medium" | "large";
  testId?: string;
}

/**
 * The one dialog of the app: the native modal `<dialog>` (the browser traps focus, makes the page inert, gives
 * it the dialog role and turns Escape into `cancel`). Mounted = open; the caller unmounts it to close. Focus
 * goes back to whatever had it before the dialog opened. Mark the field to start in with `data-autofocus`.
 */
export function Dialog({ title, onClose, children, actions, size = "medium", testId }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // React's autoFocus runs before the dialog is open (and is lost); `data-autofocus` marks the field instead.
    dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    // Escape: the parent decides (it may refuse, e.g. while saving); the browser must not close on its own.
    const onCancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener("cancel", onCancel);
    return () => {
      dialog.removeEventListener("cancel", onCancel);
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`${styles.dialog} ${styles[size]}`}
      aria-labelledby={titleId}
      data-testid={testId}
    >
      <div className={styles.header}>
        <h2 id={titleId} className={styles.title}>
          {title}
        </h2>
        {actions}
        <button type="button" className={styles.close} aria-label="Close" onClick={onClose}>
          ✕
        </button>
      </div>
      <div className={styles.body}>{children}</div>
    </dialog>
  );
}
