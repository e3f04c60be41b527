"use client";

import { queryOptions, useQueries } from "@tanstack/react-query";
import { useMemo } from "react";
import {
  variableValuesResponse,
  type VariableValuesRequest,
  type VariableValuesResponse,
} from "@/lib/contracts/variable-values";
import type { DashboardVariable } from "@/lib/dashboards/model";
import { api } from "./api";

// Property variables filled from a search (`search` + `populateFrom`): their values are listed by the server
// in the dashboard's account and Region, and kept a few minutes like the metric catalogue.

/** [I] How long listed values are reused before they are asked for again. */
export const VARIABLE_VALUES_STALE_MS = 5 * 60_000;

export const variableValueKeys = {
  all: ["variable-values"] as const,
  one: (request: VariableValuesRequest) => ["variable-values", request] as const,
};

export function variableValuesOptions(request: VariableValuesRequest) {
  return queryOptions({
    queryKey: variableValueKeys.one(request),
    queryFn: async ({ signal }): Promise<VariableValuesResponse> =>
      api(`/api/metrics/variable-values?${new URLSearchParams({ ...request })}`, variableValuesResponse, {
        signal,
      }),
    staleTime: VARIABLE_VALUES_STALE_MS,
  });
}

function isSearched(v: DashboardVariable): v is DashboardVariable & { search: string; populateFrom: string } {
  return v.type === "property" && Boolean(v.search) && Boolean(v.populateFrom);
}

/**
 * The dashboard's variables with searched values filled in (a variable that lists its own values keeps them).
 * `scope` undefined (no account yet) leaves them as they are.
 */
export function usePopulatedVariables(
  variables: readonly DashboardVariable[],
  scope: { accountId: string; region: string } | undefined,
  /** The saved dashboard the variables are from (wall screens may only list their dashboards' variables). */
  dashboardId?: string,
): { variables: DashboardVariable[]; errors: Record<string, string> } {
  const searched = variables.filter(isSearched);
  const results = useQueries({
    queries: searched.map((v) => ({
      ...variableValuesOptions({
        accountId: scope?.accountId ?? "",
        region: scope?.region ?? "",
        search: v.search,
        populateFrom: v.populateFrom,
        ...(dashboardId ? { dashboardId } : {}),
      }),
      enabled: scope !== undefined,
    })),
  });
  const fingerprint = JSON.stringify(results.map((r) => [r.data?.values, r.error?.message]));
  return useMemo(() => {
    const parsed = JSON.parse(fingerprint) as Array<[string[] | undefined, string | undefined]>;
    const byId = new Map(searched.map((v, i) => [v.id, parsed[i]]));
    const errors: Record<string, string> = {};
    const populated = variables.map((v) => {
      const [values, error] = byId.get(v.id) ?? [];
      if (error) errors[v.id] = error;
      if (!values || (v.values && v.values.length > 0)) return v;
      return { ...v, values: values.map((value) => ({ value })) };
    });
    return { variables: populated, errors };
    // `searched` derives from `variables`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [variables, fingerprint]);
}
