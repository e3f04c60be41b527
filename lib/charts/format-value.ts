// Numbers for people: "1.23k", "45.2%", "1.5 MiB", "250 ms". Units are CloudWatch's unit names; without one a
// value gets SI suffixes. Full precision (a number widget option) shows every digit, grouped, unscaled.

/** [I] Significant digits of abbreviated values ("1.23k", "12.3k", "123k"). */
export const DEFAULT_SIGNIFICANT_DIGITS = 3;
/** [I] Fraction digits shown with full precision. */
export const FULL_PRECISION_FRACTION_DIGITS = 6;
/** [I] Byte units scale by 1024 (KiB, MiB…); bit units by 1000 (kb, Mb…). */
export const BYTE_BASE = 1024;
/** [I] Locale of formatted numbers; fixed so a wall display looks the same on every machine. */
export const NUMBER_LOCALE = "en-US";

export interface ValueFormat {
  /** CloudWatch unit name ("Percent", "Bytes/Second", …); absent or "None"/"Count": plain number. */
  unit?: string;
  fullPrecision?: boolean;
  significantDigits?: number;
}

export interface FormattedValue {
  /** The number part ("1.23", "-45"). */
  number: string;
  /** What follows it ("k", "%", " MiB", " ms/s"); may be empty. */
  suffix: string;
}

const SI_PREFIXES = ["", "k", "M", "G", "T", "P", "E"];
const BYTE_PREFIXES = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];
const BIT_PREFIXES = ["b", "kb", "Mb", "Gb", "Tb", "Pb", "Eb"];

type UnitKind = "plain" | "percent" | "bytes" | "bits" | "time" | "other";

interface UnitInfo {
  kind: UnitKind;
  /** Multiplier to the kind's base unit (bytes, bits, seconds). */
  scale: number;
  perSecond: boolean;
  /** Symbol of the unit itself, for full precision. */
  symbol: string;
}

const BASE_UNITS: Record<string, Omit<UnitInfo, "perSecond">> = {
  none: { kind: "plain", scale: 1, symbol: "" },
  count: { kind: "plain", scale: 1, symbol: "" },
  percent: { kind: "percent", scale: 1, symbol: "%" },
  bytes: { kind: "bytes", scale: 1, symbol: " B" },
  kilobytes: { kind: "bytes", scale: BYTE_BASE, symbol: " KB" },
  megabytes: { kind: "bytes", scale: BYTE_BASE ** 2, symbol: " MB" },
  gigabytes: { kind: "bytes", scale: BYTE_BASE ** 3, symbol: " GB" },
  terabytes: { kind: "bytes", scale: BYTE_BASE ** 4, symbol: " TB" },
  bits: { kind: "bits", scale: 1, symbol: " b" },
  kilobits: { kind: "bits", scale: 1e3, symbol: " kb" },
  megabits: { kind: "bits", scale: 1e6, symbol: " Mb" },
  gigabits: { kind: "bits", scale: 1e9, symbol: " Gb" },
  terabits: { kind: "bits", scale: 1e12, symbol: " Tb" },
  microseconds: { kind: "time", scale: 1e-6, symbol: " µs" },
  milliseconds: { kind: "time", scale: 1e-3, symbol: " ms" },
  seconds: { kind: "time", scale: 1, symbol: " s" },
};

export function unitInfo(unit: string | undefined): UnitInfo {
  const text = (unit ?? "").trim();
  const perSecond = /\/second$/i.test(text);
  const base = (perSecond ? text.replace(/\/second$/i, "") : text).toLowerCase();
  if (base === "") return { kind: "plain", scale: 1, symbol: perSecond ? "/s" : "", perSecond };
  const known = BASE_UNITS[base];
  if (known) return { ...known, symbol: known.symbol + (perSecond ? "/s" : ""), perSecond };
  return { kind: "other", scale: 1, symbol: ` ${text}`, perSecond: false };
}

/** Rounds to `digits` significant digits and drops trailing zeros ("1.20" → "1.2"). */
export function roundSignificant(value: number, digits = DEFAULT_SIGNIFICANT_DIGITS): string {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  if (abs >= 10 ** digits) return String(Math.round(value));
  const text = value.toPrecision(digits);
  if (text.includes("e")) return String(Number(text));
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

/** Scales by powers of `base` while the value is at least `base`; bumps again when rounding reaches it. */
function scaled(
  value: number,
  base: number,
  prefixes: readonly string[],
  digits: number,
): { number: string; prefix: string } {
  let v = value;
  let i = 0;
  while (Math.abs(v) >= base && i < prefixes.length - 1) {
    v /= base;
    i++;
  }
  let number = roundSignificant(v, digits);
  if (Math.abs(Number(number)) >= base && i < prefixes.length - 1) {
    i++;
    number = roundSignificant(v / base, digits);
  }
  return { number, prefix: prefixes[i] ?? "" };
}

const TIME_STEPS: ReadonlyArray<readonly [number, string]> = [
  [86_400, "d"],
  [3_600, "h"],
  [60, "min"],
  [1, "s"],
  [1e-3, "ms"],
  [1e-6, "µs"],
];

function formatSeconds(seconds: number, digits: number): FormattedValue {
  const abs = Math.abs(seconds);
  if (abs === 0) return { number: "0", suffix: " s" };
  for (const [size, symbol] of TIME_STEPS) {
    if (abs >= size || size === 1e-6)
      return { number: roundSignificant(seconds / size, digits), suffix: ` ${symbol}` };
  }
  return { number: roundSignificant(seconds, digits), suffix: " s" };
}

function fullPrecisionNumber(value: number): string {
  return value.toLocaleString(NUMBER_LOCALE, { maximumFractionDigits: FULL_PRECISION_FRACTION_DIGITS });
}

export function formatValueParts(value: number, format: ValueFormat = {}): FormattedValue {
  if (!Number.isFinite(value))
    return { number: Number.isNaN(value) ? "—" : value > 0 ? "∞" : "-∞", suffix: "" };
  const info = unitInfo(format.unit);
  if (format.fullPrecision) return { number: fullPrecisionNumber(value), suffix: info.symbol };
  const digits = format.significantDigits ?? DEFAULT_SIGNIFICANT_DIGITS;
  const rate = info.perSecond ? "/s" : "";
  switch (info.kind) {
    case "percent":
      return { number: roundSignificant(value, digits), suffix: "%" };
    case "bytes": {
      const s = scaled(value * info.scale, BYTE_BASE, BYTE_PREFIXES, digits);
      return { number: s.number, suffix: ` ${s.prefix}${rate}` };
    }
    case "bits": {
      const s = scaled(value * info.scale, 1000, BIT_PREFIXES, digits);
      return { number: s.number, suffix: ` ${s.prefix}${rate}` };
    }
    case "time": {
      const t = formatSeconds(value * info.scale, digits);
      return { number: t.number, suffix: t.suffix + rate };
    }
    case "plain": {
      const s = scaled(value, 1000, SI_PREFIXES, digits);
      return { number: s.number, suffix: s.prefix + rate };
    }
    default: {
      const s = scaled(value, 1000, SI_PREFIXES, digits);
      return { number: s.number, suffix: s.prefix + info.symbol };
    }
  }
}

export function formatValue(value: number, format: ValueFormat = {}): string {
  const parts = formatValueParts(value, format);
  return parts.number + parts.suffix;
}

/** A signed change: "+1.2k", "-3%", "±0". */
export function formatDelta(delta: number, format: ValueFormat = {}): string {
  if (delta === 0) return "±0";
  const text = formatValue(delta, format);
  return delta > 0 ? `+${text}` : text;
}

/** A relative change already in percent: 12.5 → "+12.5%". */
export function formatPercentChange(percent: number): string {
  if (!Number.isFinite(percent)) return "";
  const text = roundSignificant(percent, DEFAULT_SIGNIFICANT_DIGITS);
  return percent > 0 ? `+${text}%` : `${text}%`;
}
