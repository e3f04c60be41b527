"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/**
 * Width of an element in CSS pixels, kept current with a ResizeObserver. A callback ref, so an element that
 * appears after the first render (e.g. once data has loaded) is still observed.
 */
export function useContainerWidth<T extends HTMLElement>() {
  const [width, setWidth] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((element: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element) return;
    setWidth(Math.round(element.getBoundingClientRect().width));
    const next = new ResizeObserver((entries) => {
      const measured = Math.round(entries[0]?.contentRect.width ?? 0);
      setWidth((current) => (Math.abs(current - measured) >= 1 ? measured : current));
    });
    next.observe(element);
    observer.current = next;
  }, []);
  useEffect(() => () => observer.current?.disconnect(), []);
  return { ref, width };
}
