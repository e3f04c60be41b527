import type { ReactNode } from "react";
import type { UnsupportedWidget } from "@/lib/dashboards/model";
import { TEST_IDS } from "@/lib/testing/test-ids";
import { unsupportedMessage } from "@/lib/widgets/widget-text";
import { WidgetFrame } from "./WidgetFrame";
import styles from "./widgets.module.css";

export interface UnsupportedWidgetViewProps {
  widget: UnsupportedWidget;
  actions?: ReactNode;
}

/** Placeholder for a CloudWatch widget Watchwall cannot draw; the widget itself is kept for export. */
export function UnsupportedWidgetView({ widget, actions }: UnsupportedWidgetViewProps) {
  return (
    <WidgetFrame id={widget.id} {...(widget.title ? { title: widget.title } : {})} actions={actions}>
      <div className={styles.unsupported} data-testid={TEST_IDS.widgetState} data-state="unsupported">
        <p>{unsupportedMessage(widget.original)}</p>
        {widget.reason && <p className={styles.footnote}>{widget.reason}</p>}
      </div>
    </WidgetFrame>
  );
}
