"use client";

import { Dialog } from "./Dialog";
import styles from "./dialog.module.css";

/** Where the clipboard is refused (plain http, permissions), the text is shown selected, to copy by hand. */
export function CopyTextDialog({
  title,
  text,
  onClose,
}: {
  title: string;
  text: string;
  onClose: () => void;
}) {
  return (
    <Dialog title={title} onClose={onClose}>
      <textarea
        readOnly
        aria-label={title}
        className={`${styles.input} ${styles.mono}`}
        value={text}
        rows={Math.min(20, text.split("\n").length + 1)}
        data-autofocus
        onFocus={(e) => e.currentTarget.select()}
      />
    </Dialog>
  );
}
