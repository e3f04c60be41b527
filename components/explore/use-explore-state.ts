"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useRef } from "react";
import { decodeExploreState, encodeExploreState, type ExploreState } from "@/lib/explore/explore-state";

// The explorer's state is the URL: every change replaces the query string (no history entry per click), so
// the address bar is always a link to exactly this graph. A zoom pushes instead, so Back undoes it.

export function useExploreState() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const query = params.toString();
  const decoded = useMemo(() => decodeExploreState(new URLSearchParams(query)), [query]);
  // A change the URL does not show yet: two quick clicks must both land, not the second overwrite the first.
  const pending = useRef<{ query: string; state: ExploreState } | null>(null);

  const hrefFor = useCallback(
    (next: ExploreState) => `${pathname}?${encodeExploreState(next).toString()}`,
    [pathname],
  );

  const setState = useCallback(
    (update: (current: ExploreState) => ExploreState, options: { push?: boolean } = {}) => {
      const base = pending.current?.query === query ? pending.current.state : decoded.state;
      const next = update(base);
      if (next === base) return;
      pending.current = { query, state: next };
      if (options.push) router.push(hrefFor(next), { scroll: false });
      else router.replace(hrefFor(next), { scroll: false });
    },
    [decoded.state, hrefFor, query, router],
  );

  return { state: decoded.state, problems: decoded.problems, setState, hrefFor };
}
