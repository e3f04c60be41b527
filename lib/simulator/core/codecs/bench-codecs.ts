// Encoding cost of a large GetMetricData reply in each wire format: `npx tsx lib/simulator/core/codecs/bench-codecs.ts`.
import { TimestampList } from "../types";
import { encodeCbor } from "./cbor";
import { encodeJson } from "./json";
import { encodeQuerySuccess } from "./xml";

const SERIES = 500;
const POINTS = 1440;

function reply(compact: boolean) {
  return {
    MetricDataResults: Array.from({ length: SERIES }, (_, s) => {
      const ts = Float64Array.from({ length: POINTS }, (_, i) => 1_700_000_000 + i * 60);
      const values = Float64Array.from(ts, (t) => (t % 97) / 3);
      return {
        Id: `m${s}`,
        Label: `series ${s}`,
        StatusCode: "Complete",
        Timestamps: compact ? new TimestampList(ts) : Array.from(ts, (t) => new Date(t * 1000)),
        Values: compact ? values : Array.from(values),
      };
    }),
    Messages: [],
  };
}

function best(run: () => string | Uint8Array): { ms: number; bytes: number } {
  let ms = Infinity;
  let bytes = 0;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    bytes = run().length;
    ms = Math.min(ms, performance.now() - t);
  }
  return { ms: Math.round(ms), bytes };
}

for (const compact of [false, true]) {
  const output = reply(compact);
  const shape = compact ? "TimestampList + Float64Array" : "Date[] + number[]";
  for (const [name, run] of [
    ["json", () => encodeJson(output)],
    ["cbor", () => encodeCbor(output)],
    ["xml", () => encodeQuerySuccess("GetMetricData", "urn:bench", output, "req")],
  ] as const) {
    const r = best(run);
    console.log(`${shape.padEnd(30)} ${name.padEnd(5)} ${String(r.ms).padStart(6)} ms ${r.bytes} bytes`);
  }
}
