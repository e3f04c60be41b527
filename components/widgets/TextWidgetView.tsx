import type { ReactNode } from "react";
import Markdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import type { TextWidget } from "@/lib/dashboards/model";
import { TEST_IDS } from "@/lib/testing/test-ids";
import { parseButtonLink } from "@/lib/widgets/widget-text";
import { WidgetFrame } from "./WidgetFrame";
import styles from "./widgets.module.css";

/**
 * [I] Raw HTML inside a text widget's Markdown is dropped (not shown as text): dashboards are shared, so
 * nothing in them may inject markup or scripts.
 */
export const TEXT_WIDGET_SKIP_HTML = true;

function MarkdownLink({ href, children }: { href?: string; children?: ReactNode }) {
  const button = typeof children === "string" ? parseButtonLink(children) : null;
  const className = button
    ? `${styles.linkButton} ${button.primary ? styles.linkButtonPrimary : ""}`
    : undefined;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={className}>
      {button ? button.label : children}
    </a>
  );
}

const COMPONENTS: Components = {
  a: ({ href, children }) => <MarkdownLink href={href}>{children}</MarkdownLink>,
};

export interface TextWidgetViewProps {
  widget: TextWidget;
  actions?: ReactNode;
}

/** A text widget: GitHub-flavoured Markdown, no raw HTML, links open in a new tab. */
export function TextWidgetView({ widget, actions }: TextWidgetViewProps) {
  return (
    <WidgetFrame
      id={widget.id}
      {...(widget.title ? { title: widget.title } : {})}
      actions={actions}
      transparent={widget.background === "transparent"}
    >
      <div className={styles.markdown} data-testid={TEST_IDS.widgetState} data-state="ready">
        <Markdown remarkPlugins={[remarkGfm]} skipHtml={TEXT_WIDGET_SKIP_HTML} components={COMPONENTS}>
          {widget.markdown}
        </Markdown>
      </div>
    </WidgetFrame>
  );
}
