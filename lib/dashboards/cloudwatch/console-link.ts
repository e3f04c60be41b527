import type { TimeRange } from "@/lib/time";
import type { MetricWidget } from "../model";
import { exportMetricProperties } from "./export-metric-widget";
import { cloudWatchTimeFields } from "./time-fields";

// "Open in CloudWatch console": the console's Metrics page takes the graph as the widget's own JSON in the
// URL fragment, encoded as JSURL (the compact URL-safe JSON the console itself writes into its links).

/** JSURL's escaping: word characters, "-" and "." stay; "$" is "!"; anything else is *hh or **hhhh. */
function escapeJsurl(text: string): string {
  return text.replace(/[^\w\-.]/g, (ch) => {
    if (ch === "$") return "!";
    const code = ch.charCodeAt(0);
    return code < 0x100
      ? `*${code.toString(16).padStart(2, "0")}`
      : `**${code.toString(16).padStart(4, "0")}`;
  });
}

/** JSON → JSURL, as the console writes it: `~(key~value~…)` objects, `~(~a~b)` arrays, `~'text` strings. */
export function toJsurl(value: unknown): string | undefined {
  if (value === undefined || typeof value === "function" || typeof value === "symbol") return undefined;
  if (value === null) return "~null";
  if (typeof value === "number") return Number.isFinite(value) ? `~${value}` : "~null";
  if (typeof value === "boolean") return `~${value}`;
  if (typeof value === "string") return `~'${escapeJsurl(value)}`;
  if (Array.isArray(value)) {
    const items = value.map((item) => toJsurl(item) ?? "~null").join("");
    return `~(${items || "~"})`;
  }
  if (typeof value !== "object") return undefined;
  const fields: string[] = [];
  for (const [key, field] of Object.entries(value)) {
    const encoded = toJsurl(field);
    if (encoded !== undefined) fields.push(`${escapeJsurl(key)}${encoded}`);
  }
  return `~(${fields.join("~")})`;
}

/** The console's metric graph for `widget` over `range`, in the widget's Region. */
export function cloudWatchConsoleMetricLink(widget: MetricWidget, range: TimeRange): string {
  const properties = exportMetricProperties(widget, { compact: false });
  const graph = { ...properties, ...cloudWatchTimeFields(range) };
  const region = encodeURIComponent(widget.region);
  return `https://${region}.console.aws.amazon.com/cloudwatch/home?region=${region}#metricsV2:graph=${toJsurl(graph)}`;
}
