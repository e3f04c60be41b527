import type { VariableValuesRequest } from "@/lib/contracts/variable-values";
import type { DashboardVariable } from "@/lib/dashboards/model";
import { variableValues } from "@/lib/metrics/variable-values";
import {
  allowedView,
  canonicalJson,
  isSearchedVariable,
  OutsideScopeError,
  type AllowedView,
  type ScopedPrincipal,
} from "./allowed-views";

// Variables of a dashboard run by a scoped principal: their definitions must be the saved ones, and a chosen
// value must be one the variable offers. A free-text (`input`) variable with no listed values may only keep
// its default: any typed text would let a screen rewrite the widget's queries (a pattern variable reaches
// Metric Math expressions and Logs Insights query text).

function shown(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}

/** A searched variable's values, listed for a scoped principal: only a variable of the dashboard it names,
 *  in that dashboard's default account and Region (where the browser lists them). */
export async function checkScopedVariableListing(
  principal: ScopedPrincipal,
  request: VariableValuesRequest,
): Promise<void> {
  const view = await allowedView(principal, request.dashboardId);
  const listed = view.variables.some(
    (v) =>
      isSearchedVariable(v) &&
      v.search === request.search &&
      v.populateFrom === request.populateFrom &&
      request.accountId === view.defaultAccountId &&
      request.region === view.defaultRegion,
  );
  if (!listed)
    throw new OutsideScopeError(
      "variable_not_on_dashboard",
      `This search is not one of dashboard ${view.id}'s variables in its account and Region`,
    );
}

/** The request's variable definitions are the dashboard's (searched variables' listed values aside). */
export function checkVariableDefinitions(view: AllowedView, sent: readonly DashboardVariable[]): void {
  const same =
    sent.length === view.variables.length &&
    view.variables.every((saved, i) => {
      const given = sent[i];
      if (!given) return false;
      if (!isSearchedVariable(saved)) return canonicalJson(given) === canonicalJson(saved);
      return canonicalJson({ ...given, values: undefined }) === canonicalJson(saved);
    });
  if (!same)
    throw new OutsideScopeError(
      "variables_changed",
      `The variables differ from those saved on dashboard ${view.id} (version ${view.version})`,
    );
}

/**
 * The dashboard's variables as this request runs them — searched variables listed by the server, never by the
 * caller — after checking every chosen value is one the variable offers (its default, a listed value, or one
 * of its search's results).
 */
export async function permittedVariables(
  view: AllowedView,
  values: Readonly<Record<string, string>>,
): Promise<DashboardVariable[]> {
  const accountId = view.defaultAccountId;
  const effective = await Promise.all(
    view.variables.map(async (variable): Promise<DashboardVariable> => {
      if (!isSearchedVariable(variable) || !accountId) return variable;
      // Listed only when needed: a chosen value to check, or a default of "the first result".
      if (values[variable.id] === undefined && variable.defaultValue !== "__FIRST") return variable;
      try {
        // From the shared catalogue cache: no AWS call per refresh.
        const listed = await variableValues({
          accountId,
          region: view.defaultRegion,
          search: variable.search,
          populateFrom: variable.populateFrom,
        });
        return { ...variable, values: listed.values.map((value) => ({ value })) };
      } catch {
        // An unreadable search lists nothing (as in the browser): only the default remains allowed.
        return variable;
      }
    }),
  );
  for (const variable of effective) {
    const chosen = values[variable.id];
    if (chosen === undefined) continue;
    if (chosen === variable.defaultValue && chosen !== "__FIRST") continue;
    if (variable.values?.some((v) => v.value === chosen)) continue;
    throw new OutsideScopeError(
      "variable_value",
      `${shown(chosen)} is not one of the values of variable ${shown(variable.label ?? variable.id)} on dashboard ${view.id}`,
    );
  }
  return effective;
}
