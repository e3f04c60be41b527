"use client";

import { errorText } from "@/lib/client/error-text";
import styles from "./metric-browser.module.css";

/** A failed call, said where it happened: what failed, then the server's (and AWS's) own words. */
export function ErrorNotice({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: unknown;
  onRetry?: () => void;
}) {
  const text = errorText(error);
  return (
    <div className={styles.error} role="alert">
      <strong>{title}</strong>
      <span className={styles.errorMessage}>{text.message}</span>
      {(text.awsCode || text.awsMessage) && (
        <span className={styles.errorAws}>
          AWS{text.awsCode ? ` ${text.awsCode}` : ""}
          {text.awsMessage ? `: ${text.awsMessage}` : ""}
        </span>
      )}
      {onRetry && (
        <button type="button" className={styles.linkButton} onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
