// Building blocks of the demo dashboards' bodies, written in CloudWatch's own JSON format.
import type { DemoRegion } from "@/lib/simulator/accounts";

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface DashboardBody {
  start?: string;
  end?: string;
  periodOverride?: "auto" | "inherit";
  widgets: JsonObject[];
}

export function textWidget(
  x: number,
  y: number,
  width: number,
  height: number,
  markdown: string,
): JsonObject {
  return { type: "text", x, y, width, height, properties: { markdown } };
}

export function metricWidget(
  x: number,
  y: number,
  width: number,
  height: number,
  properties: JsonObject & { region: DemoRegion; metrics: Json[] },
): JsonObject {
  return { type: "metric", x, y, width, height, properties };
}

/** A SEARCH() expression; quotes inside the search term follow CloudWatch's own escaping. */
export function search(term: string, stat: string, period: number): string {
  return `SEARCH('${term}', '${stat}', ${period})`;
}
