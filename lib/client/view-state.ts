"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import {
  decodeViewState,
  encodeViewState,
  VARIABLE_PARAM_PREFIX,
  VIEW_PARAMS,
  type ViewState,
} from "@/lib/time";

// The dashboard's view state lives in the URL (range, zone, refresh, variables), so a copied URL reproduces
// the view and the browser's Back button undoes a zoom. Other query parameters (e.g. edit mode) are kept.

const OWN = new Set<string>(Object.values(VIEW_PARAMS));

export function useViewState() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const decoded = useMemo(() => decodeViewState(new URLSearchParams(params.toString())), [params]);

  const href = useCallback(
    (next: ViewState) => {
      const merged = encodeViewState(next);
      for (const [key, value] of params) {
        if (!OWN.has(key) && !key.startsWith(VARIABLE_PARAM_PREFIX)) merged.append(key, value);
      }
      const query = merged.toString();
      return query ? `${pathname}?${query}` : pathname;
    },
    [params, pathname],
  );

  return {
    state: decoded.ok ? decoded.value : ({ vars: {} } satisfies ViewState),
    error: decoded.ok ? undefined : decoded.reason,
    href,
    /** A new history entry: Back returns to the previous view. */
    push: useCallback((next: ViewState) => router.push(href(next), { scroll: false }), [router, href]),
    replace: useCallback((next: ViewState) => router.replace(href(next), { scroll: false }), [router, href]),
  };
}
