// Small text decisions of the text and placeholder widgets.

export interface ButtonLink {
  label: string;
  primary: boolean;
}

/**
 * CloudWatch text widgets draw a link written `[button:Label](url)` as a button, and
 * `[button:primary:Label](url)` as a highlighted one. Null for ordinary link text.
 */
export function parseButtonLink(text: string): ButtonLink | null {
  const match = /^button:(primary:)?(.+)$/i.exec(text.trim());
  if (!match) return null;
  const label = (match[2] ?? "").trim();
  return label ? { label, primary: Boolean(match[1]) } : null;
}

/** The CloudWatch widget type a placeholder stands for: "explorer", "custom", 'metric (view "heatmap")'. */
export function unsupportedTypeName(original: Readonly<Record<string, unknown>>): string {
  const type = typeof original.type === "string" && original.type ? original.type : "unknown";
  const properties = original.properties;
  if (typeof properties === "object" && properties !== null && "view" in properties) {
    const view = (properties as { view?: unknown }).view;
    if (typeof view === "string" && view) return `${type} (view "${view}")`;
  }
  return type;
}

export function unsupportedMessage(original: Readonly<Record<string, unknown>>): string {
  return `CloudWatch widget type ${unsupportedTypeName(original)} is not supported; kept for export`;
}
