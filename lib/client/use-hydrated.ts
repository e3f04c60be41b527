"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => undefined;

/** False during server rendering and hydration, true once React runs in the browser: forms keep their
 *  submit button disabled until then, so an early click is not a plain HTML form post. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
