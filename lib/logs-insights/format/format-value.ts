// GetQueryResults renders every value as a string (8.7).

import { BOOLEAN_RENDERING, NUMBER_RENDERING } from "../semantics";
import type { Kind, Value } from "../types";

function pad(n: number, width: number): string {
  const s = String(n);
  return s.length >= width ? s : "0".repeat(width - s.length) + s;
}

/** `YYYY-MM-DD HH:MM:SS.mmm` in UTC. */
export function formatTimestamp(ms: number): string {
  const d = new Date(ms);
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)} ` +
    `${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}.${pad(d.getUTCMilliseconds(), 3)}`
  );
}

export function formatNumber(n: number): string {
  if (Object.is(n, -0)) return "0";
  if (NUMBER_RENDERING === "max-6-fraction-digits" && !Number.isInteger(n) && Math.abs(n) < 1e21) {
    return String(Number(n.toFixed(6)));
  }
  return String(n);
}

/** The string AWS would print, or null when the field is omitted from the row. */
export function formatValue(v: Value, kind: Kind): string | null {
  if (v === null) return null;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return null;
    return kind === "date" ? formatTimestamp(v) : formatNumber(v);
  }
  if (typeof v === "string") return v;
  if (typeof v === "boolean") {
    if (BOOLEAN_RENDERING === "numeric") return v ? "1" : "0";
    return v ? "true" : "false";
  }
  return JSON.stringify(v);
}
