import type { DashboardDocument, HealthWidget } from "../model";

// Watchwall-only widget features have no CloudWatch form. Export writes their nearest CloudWatch equivalent
// and these warnings say what changed, so nobody is surprised by the dashboard in the console.

export interface ExportWarning {
  path: string;
  message: string;
}

function list(values: readonly string[] | undefined, all: string): string {
  return values?.length ? values.join(", ") : all;
}

/** The text a Health widget becomes in CloudWatch: what it was and where to see it. */
export function healthWidgetMarkdown(widget: HealthWidget): string {
  return [
    `**${widget.title ?? "AWS Health events"}** — a Watchwall AWS Health widget.`,
    "",
    `Open events for accounts: ${list(widget.accounts, "all")}; services: ${list(widget.services, "all")}; Regions: ${list(widget.regions, "all")}.`,
    "",
    "CloudWatch dashboards cannot show AWS Health events; open this dashboard in Watchwall to see them.",
  ].join("\n");
}

export function exportWarnings(document: DashboardDocument): ExportWarning[] {
  return document.widgets.flatMap((widget, index): ExportWarning[] => {
    const path = `/widgets/${index}`;
    if (widget.type === "alarm-status" && widget.selector) {
      return [
        {
          path,
          message: `"${widget.title ?? widget.id}" selects alarms by account, Region, name prefix and state; CloudWatch keeps only the explicit list it resolves to now (alarms added later will not appear)`,
        },
      ];
    }
    if (widget.type === "aws-health") {
      return [
        {
          path,
          message: `"${widget.title ?? "AWS Health events"}" is a Watchwall AWS Health widget; CloudWatch has none, so it is exported as a text widget saying what it was`,
        },
      ];
    }
    return [];
  });
}
