import { MAX_SCALE, MIN_SCALE } from "./constants";

// Kiosk options from the URL. `?kiosk` (any value but "0"/"false") turns kiosk mode on; the rest are optional:
// `scale=1.5` overrides the automatic scale, `burnin=1` shifts content against burn-in, `dim=22-6` dims the
// screen between those local hours, `refreshMs`/`heartbeatMs` are test hooks the server honours only when
// WATCHWALL_KIOSK_TEST_HOOKS is set.

export const KIOSK_PARAMS = ["kiosk", "scale", "burnin", "dim", "refreshMs", "heartbeatMs"] as const;

export interface KioskParams {
  kiosk: boolean;
  scale?: number;
  burnIn: boolean;
  /** Local hours [from, to) during which the screen is dimmed; wraps past midnight. */
  dim?: { from: number; to: number };
  refreshMs?: number;
  heartbeatMs?: number;
}

function truthy(value: string | null): boolean {
  return value !== null && value !== "0" && value.toLowerCase() !== "false";
}

function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d{1,9}$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

export function parseKioskParams(params: URLSearchParams): KioskParams {
  const result: KioskParams = { kiosk: truthy(params.get("kiosk")), burnIn: truthy(params.get("burnin")) };
  const scale = Number(params.get("scale"));
  if (params.get("scale") !== null && Number.isFinite(scale) && scale > 0)
    result.scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
  const dim = /^(\d{1,2})-(\d{1,2})$/.exec(params.get("dim") ?? "");
  if (dim) {
    const from = Number(dim[1]);
    const to = Number(dim[2]);
    if (from <= 23 && to <= 23 && from !== to) result.dim = { from, to };
  }
  const refreshMs = positiveInt(params.get("refreshMs"));
  if (refreshMs !== undefined) result.refreshMs = refreshMs;
  const heartbeatMs = positiveInt(params.get("heartbeatMs"));
  if (heartbeatMs !== undefined) result.heartbeatMs = heartbeatMs;
  return result;
}

/** The same URL without kiosk mode (what Escape and the exit control go to). */
export function withoutKiosk(search: string): string {
  const params = new URLSearchParams(search);
  params.delete("kiosk");
  const query = params.toString();
  return query ? `?${query}` : "";
}

export function isDimmed(dim: KioskParams["dim"], hour: number): boolean {
  if (!dim) return false;
  return dim.from < dim.to ? hour >= dim.from && hour < dim.to : hour >= dim.from || hour < dim.to;
}
