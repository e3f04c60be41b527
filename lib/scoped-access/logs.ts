import type { z } from "zod";
import type { startLogsQuerySchema } from "@/lib/contracts/logs";
import { resolveLogWidget } from "@/lib/logs/log-widget";
import type { Ticket } from "@/lib/logs/shared-runs";
import {
  allowedView,
  canonicalJson,
  holderKey,
  OutsideScopeError,
  type ScopedPrincipal,
} from "./allowed-views";
import { permittedVariables } from "./variables";

type StartBody = z.output<typeof startLogsQuerySchema>;

/**
 * A Logs Insights start from a wall screen or anonymous viewer must be exactly what one of the log widgets of
 * the dashboard it names runs (as the browser resolves it: query text, log groups, account and Region, with
 * permitted variable values), and writes no history. Throws OutsideScopeError (403) otherwise.
 */
export async function checkScopedLogsStart(principal: ScopedPrincipal, body: StartBody): Promise<void> {
  const view = await allowedView(principal, body.dashboardId);
  if (body.history || body.mode !== "groups" || body.limit !== undefined)
    throw new OutsideScopeError(
      "log_query_not_on_dashboard",
      "Wall screens and anonymous viewers run log widgets as saved: no history, prefix mode or row limit",
    );
  const values = body.variableValues ?? {};
  await permittedVariables(view, values);
  const sent = canonicalJson({ query: body.query, groups: body.groups });
  const candidates = view.logWidgets.filter((w) => body.widgetId === undefined || w.id === body.widgetId);
  const matches = candidates.some((widget) => {
    const accountId = widget.accountId ?? view.defaultAccountId;
    if (!accountId) return false;
    // The browser resolves with the saved variables (searched ones not listed), so the server does too.
    const resolved = resolveLogWidget(widget, view.variables, values);
    const expected = canonicalJson({
      query: resolved.query.trim(),
      groups: resolved.groups.map((name) => ({ accountId, region: resolved.region, name })),
    });
    return expected === sent;
  });
  if (!matches)
    throw new OutsideScopeError(
      "log_query_not_on_dashboard",
      `This Logs Insights query (text, log groups, account and Region) is not one of dashboard ${view.id}'s log widgets`,
    );
}

/** A scoped principal reads and releases only the Logs Insights tickets it started. */
export function checkTicketHolder(principal: ScopedPrincipal | null, ticket: Pick<Ticket, "holder">): void {
  if (principal && ticket.holder !== holderKey(principal))
    throw new OutsideScopeError(
      "not_your_query",
      "This Logs Insights query was not started by this screen or viewer: it may only read and release its own",
    );
}
