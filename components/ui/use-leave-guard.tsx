"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";
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

/**
 * While `dirty`, leaving asks first: closing or reloading the tab gets the browser's own warning
 * (beforeunload); an in-app link opens a confirmation dialog, which the caller renders.
 */
export function useLeaveGuard(dirty: boolean, what = "your unsaved changes"): ReactNode {
  const router = useRouter();
  const [pending, setPending] = useState<string>();

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
    window.addEventListener("beforeunload", onBeforeUnload);
    window.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      window.removeEventListener("click", onClick, true);
    };
  }, [dirty]);

  if (!pending || !dirty) return null;
  return (
    <ConfirmDialog
      title="Leave without saving?"
      confirmLabel="Leave and lose changes"
      danger
      onCancel={() => setPending(undefined)}
      onConfirm={() => {
        const href = pending;
        setPending(undefined);
        router.push(href);
      }}
    >
      You have not saved {what}. If you leave now they are lost.
    </ConfirmDialog>
  );
}
