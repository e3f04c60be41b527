import type { ReactNode } from "react";
import { TEST_IDS } from "@/lib/testing/test-ids";
import { shortFromSeconds } from "@/lib/time";
import styles from "./widgets.module.css";

export interface WidgetFrameProps {
  id: string;
  title?: string;
  /** The period the data was fetched with, shown discreetly ("5m"). */
  periodSeconds?: number;
  /** Badges beside the title (e.g. stale data). */
  badges?: ReactNode;
  /** Buttons at the right of the header (edit, menu…). */
  actions?: ReactNode;
  /** Text widgets can ask for no panel background. */
  transparent?: boolean;
  children: ReactNode;
}

/** The box every widget sits in: title, period, badges and actions above the content. */
export function WidgetFrame({
  id,
  title,
  periodSeconds,
  badges,
  actions,
  transparent,
  children,
}: WidgetFrameProps) {
  const hasHeader = Boolean(title) || periodSeconds !== undefined || Boolean(badges) || Boolean(actions);
  return (
    <section
      className={`${styles.frame} ${transparent ? styles.frameTransparent : ""}`}
      data-testid={TEST_IDS.widget(id)}
      aria-label={title || "Widget"}
    >
      {hasHeader && (
        <header className={styles.header}>
          <h3 className={styles.title} data-testid={TEST_IDS.widgetTitle} title={title}>
            {title}
          </h3>
          {badges}
          {periodSeconds !== undefined && periodSeconds > 0 && (
            <span
              className={styles.period}
              data-testid={TEST_IDS.widgetPeriod}
              title={`Period: ${shortFromSeconds(periodSeconds)}`}
            >
              {shortFromSeconds(periodSeconds)}
            </span>
          )}
          {actions && <div className={styles.actions}>{actions}</div>}
        </header>
      )}
      <div className={styles.body}>{children}</div>
    </section>
  );
}
