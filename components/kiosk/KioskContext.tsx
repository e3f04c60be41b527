"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import { useSearchParams } from "next/navigation";
import { parseKioskParams, type KioskParams } from "@/lib/kiosk/kiosk-params";

// Kiosk state shared down the tree: the URL's kiosk options, whether the viewer may leave kiosk mode (the
// authentication work decides that per role: a "display" session may not), and whether an outer shell (a
// playlist) already draws the kiosk chrome.

export interface KioskPolicy {
  canExit: boolean;
}

const PolicyContext = createContext<KioskPolicy>({ canExit: true });
interface OuterShell {
  inside: boolean;
  /** The view reports when its newest data arrived (the outer shell's "updated" time). */
  onUpdated?: (at: number) => void;
}

const OuterShellContext = createContext<OuterShell>({ inside: false });

/** Wrap pages (e.g. in the layout, from the session's role) to forbid leaving kiosk mode. */
export function KioskPolicyProvider({ canExit, children }: { canExit: boolean; children: ReactNode }) {
  const value = useMemo(() => ({ canExit }), [canExit]);
  return <PolicyContext.Provider value={value}>{children}</PolicyContext.Provider>;
}

export function useKioskPolicy(): KioskPolicy {
  return useContext(PolicyContext);
}

export function OuterKioskShell({
  onUpdated,
  children,
}: {
  onUpdated?: (at: number) => void;
  children: ReactNode;
}) {
  const value = useMemo(() => ({ inside: true, ...(onUpdated ? { onUpdated } : {}) }), [onUpdated]);
  return <OuterShellContext.Provider value={value}>{children}</OuterShellContext.Provider>;
}

export function useInsideKioskShell(): boolean {
  return useContext(OuterShellContext).inside;
}

export function useOuterShellUpdated(): ((at: number) => void) | undefined {
  return useContext(OuterShellContext).onUpdated;
}

export function useKioskParams(): KioskParams {
  const params = useSearchParams();
  return useMemo(() => parseKioskParams(new URLSearchParams(params.toString())), [params]);
}
