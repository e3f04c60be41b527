import { pricesFor } from "@/lib/aws/prices";

// What a Logs Insights query cost: bytes scanned × the Region's price (lib/aws/prices.ts, the one price list).

export function pricePerGb(region: string): number {
  return pricesFor(region).logsInsightsPerGb;
}

export function queryCostUsd(bytesScanned: number, region: string): number {
  return Math.max(0, bytesScanned) * pricesFor(region).logsInsightsPerByte;
}
