import { QueryClient } from "@tanstack/react-query";

// The browser's one QueryClient policy. Wall screens stay on one page for weeks: refetching on window focus
// only adds load, and one retry rides out a blip without hiding a real outage for long.

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false, retry: 1 } } });
}
