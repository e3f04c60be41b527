import type { MetricsQueryBody } from "@/lib/contracts/metrics-query";
import { allowedView, canonicalJson, OutsideScopeError, type ScopedPrincipal } from "./allowed-views";
import { checkVariableDefinitions, permittedVariables } from "./variables";

/**
 * A metrics query from a wall screen or anonymous viewer, checked against the dashboard it names: every widget
 * is one of its saved widgets (current version, compared as canonical JSON), the default account and the
 * variables are the dashboard's, and chosen variable values are ones the variables offer. Returns the body to
 * run, with the dashboard's variables as the server lists them. Throws OutsideScopeError (403) otherwise.
 */
export async function scopedMetricsBody(
  principal: ScopedPrincipal,
  body: MetricsQueryBody,
): Promise<MetricsQueryBody> {
  const view = await allowedView(principal, body.dashboardId);
  if ((body.defaultAccountId ?? null) !== (view.defaultAccountId ?? null))
    throw new OutsideScopeError(
      "default_account_changed",
      `defaultAccountId must be dashboard ${view.id}'s default account (${view.defaultAccountId ?? "none"})`,
    );
  for (const widget of body.widgets) {
    const saved = view.widgets.get(widget.id);
    if (saved === undefined)
      throw new OutsideScopeError(
        "widget_not_on_dashboard",
        `Widget ${JSON.stringify(widget.id)} is not on dashboard ${view.id}`,
      );
    if (saved !== canonicalJson(widget))
      throw new OutsideScopeError(
        "widget_changed",
        `Widget ${JSON.stringify(widget.id)} differs from the one saved on dashboard ${view.id} (version ${view.version})`,
      );
  }
  checkVariableDefinitions(view, body.variables);
  const variables = await permittedVariables(view, body.variableValues);
  return { ...body, variables };
}
