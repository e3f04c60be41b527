// Request paths as latency labels: ids replaced so the series stay few (one per route, not per dashboard).

const ID_SEGMENT =
  /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d+|[0-9a-f]{16,}|c[a-z0-9]{20,})$/i;

export function routeLabel(pathname: string): string {
  return (
    pathname
      .split("/")
      .map((segment) => (ID_SEGMENT.test(segment) ? ":id" : segment))
      .join("/") || "/"
  );
}
