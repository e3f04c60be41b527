import { DEFAULT_PRICE_PER_GB, PRICE_PER_GB_BY_REGION } from "./constants";

// What a Logs Insights query cost: bytes scanned × the Region's price per GB (GB = 10^9 bytes, as AWS bills).

const BYTES_PER_GB = 1e9;

export function pricePerGb(region: string): number {
  return PRICE_PER_GB_BY_REGION[region] ?? DEFAULT_PRICE_PER_GB;
}

export function queryCostUsd(bytesScanned: number, region: string): number {
  return (Math.max(0, bytesScanned) / BYTES_PER_GB) * pricePerGb(region);
}
