// Text formats of CloudWatch's alarm service, which is written in Java: doubles print as Java's
// Double.toString ("2.0", "21.5", "1.0E7"), dates in a few fixed UTC patterns, and the reason-data JSON
// documents keep those doubles ("threshold":2.0), so they are written by hand rather than JSON.stringify.

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Java's Double.toString for finite values (scientific notation outside [1e-3, 1e7)). */
export function javaDouble(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "Infinity" : "-Infinity";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const abs = Math.abs(x);
  if (abs >= 1e-3 && abs < 1e7) {
    const s = String(x);
    return s.includes(".") ? s : `${s}.0`;
  }
  const [mantissa = "0", exponent = "0"] = x.toExponential().split("e");
  const m = mantissa.includes(".") ? mantissa : `${mantissa}.0`;
  return `${m}E${Number(exponent)}`;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** "21/01/26 20:17:00": the datapoint stamps inside a StateReason (dd/MM/yy HH:mm:ss, UTC). */
export function reasonDate(epochMs: number): string {
  const d = new Date(epochMs);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCFullYear() % 100)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** "2026-01-21T20:22:54.408+0000": timestamps inside StateReasonData and HistoryData. */
export function isoMillis(epochMs: number): string {
  return new Date(epochMs).toISOString().replace("Z", "+0000");
}

/** "Friday 22 July, 2022 15:57:45 UTC": the change time in a composite alarm's StateReason. */
export function longDate(epochMs: number): string {
  const d = new Date(epochMs);
  return `${WEEKDAYS[d.getUTCDay()]} ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]}, ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC`;
}

/** A number that the JSON writer prints the Java way. */
export class JavaDouble {
  constructor(readonly value: number) {}
}

export function jd(value: number): JavaDouble {
  return new JavaDouble(value);
}

/** An already serialised JSON document, embedded as is (e.g. a StateReasonData inside HistoryData). */
export class RawJson {
  constructor(readonly text: string) {}
}

export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JavaDouble
  | RawJson
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue | undefined };

/** Compact JSON; JavaDouble values print as Java doubles, undefined members are left out. */
export function writeJson(value: JsonValue): string {
  if (value === null) return "null";
  if (value instanceof JavaDouble) return javaDouble(value.value);
  if (value instanceof RawJson) return value.text;
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (Array.isArray(value)) return `[${value.map((v: JsonValue) => writeJson(v)).join(",")}]`;
  const parts: string[] = [];
  for (const [key, member] of Object.entries(value)) {
    if (member === undefined) continue;
    parts.push(`${JSON.stringify(key)}:${writeJson(member)}`);
  }
  return `{${parts.join(",")}}`;
}

export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return n === 1 ? singular : pluralForm;
}
