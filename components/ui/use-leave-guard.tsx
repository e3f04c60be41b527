"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { ConfirmDialog } from "./ConfirmDialog";

/** Same-origin link that navigates this tab elsewhere (not a new tab, not a download, not an in-page anchor). */
function leavingLink(event: MouseEvent): string | undefined {
  if (event.defaultPrevented || event.button !== 0) return undefined;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return undefined;
  const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(anchor instanceof HTMLAnchorElement)) return undefined;
  if (anchor.target && anchor.target !== "_self") return undefined;
  if (anchor.hasAttribute("download")) return undefined;
  const url = new URL(anchor.href, window.location.href);
  if (url.origin !== window.location.origin) return undefined;
  if (url.pathname === window.location.pathname && url.search === window.location.search) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Marks the history entry pushed on top of the page while there are unsaved changes. */
const GUARD_KEY = "__watchwallLeaveGuard";
/** `pending` value for the browser's Back button (as opposed to a link's href). */
const BACK = Symbol("back");

function isGuardEntry(state: unknown): boolean {
  return typeof state === "object" && state !== null && GUARD_KEY in state;
}

/**
 * While `dirty`, leaving asks first: closing or reloading the tab gets the browser's own warning
 * (beforeunload); an in-app link or the browser's Back button opens a confirmation dialog, which the caller
 * renders.
 *
 * Back cannot be cancelled once the browser has moved, so a copy of the current entry is pushed on top while
 * the page is dirty: Back lands on that copy's twin (same URL, nothing visible changes) and asks; Cancel steps
 * forward again, Leave steps back once more.
 */
export function useLeaveGuard(dirty: boolean, what = "your unsaved changes"): ReactNode {
  const router = useRouter();
  const [pending, setPending] = useState<string | typeof BACK>();
  /** Set while this hook itself moves through history, so its own popstate is not taken for the user's. */
  const selfNavigation = useRef(false);

  // [I] Saved or discarded, the guard entry stays in history (Back then needs one press more): stepping back
  // over it as soon as the page is clean would re-render the page under whoever is looking at it.

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need returnValue set to show the prompt.
      event.returnValue = "";
    };
    // Capture on window runs before Next's Link handler (React listens on the document).
    const onClick = (event: MouseEvent) => {
      const href = leavingLink(event);
      if (!href) return;
      event.preventDefault();
      event.stopPropagation();
      setPending(href);
    };
    const onPopState = (event: PopStateEvent) => {
      if (selfNavigation.current) {
        selfNavigation.current = false;
        return;
      }
      // Forward onto the guard entry (after Cancel from another path) is not leaving.
      if (isGuardEntry(event.state)) return;
      setPending(BACK);
    };
    if (!isGuardEntry(window.history.state)) {
      // Keep the router's own state in the copy so that going back to the twin restores the same page.
      const state: unknown = window.history.state;
      const base = typeof state === "object" && state !== null ? state : {};
      window.history.pushState({ ...base, [GUARD_KEY]: true }, "", window.location.href);
    }
    window.addEventListener("beforeunload", onBeforeUnload);
    window.addEventListener("click", onClick, true);
    window.addEventListener("popstate", onPopState);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      window.removeEventListener("click", onClick, true);
      window.removeEventListener("popstate", onPopState);
    };
  }, [dirty]);

  if (!pending || !dirty) return null;
  return (
    <ConfirmDialog
      title="Leave without saving?"
      confirmLabel="Leave and lose changes"
      danger
      onCancel={() => {
        if (pending === BACK) {
          // Back to the guard entry: the page stays as it was, edits included.
          selfNavigation.current = true;
          window.history.forward();
        }
        setPending(undefined);
      }}
      onConfirm={() => {
        const target = pending;
        setPending(undefined);
        if (target === BACK) {
          selfNavigation.current = true;
          window.history.back();
        } else {
          router.push(target);
        }
      }}
    >
      You have not saved {what}. If you leave now they are lost.
    </ConfirmDialog>
  );
}
