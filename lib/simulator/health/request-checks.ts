// Model constraint checks for Health requests, collected the way AWS's request validator reports them
// ("N validation errors detected: Value ... at 'filter.regions' failed to satisfy constraint: ...").
import { asArray, asDate, asInteger, asRecord, asString } from "@/lib/simulator/core/coerce";
import { CONSTRAINT, violation } from "@/lib/simulator/core/validation-message";
import { SUPPORTED_LOCALES } from "./health-config";
import { healthValidationError, unsupportedLocale } from "./health-errors";

export interface DateRange {
  from?: number;
  to?: number;
}

export interface ListOptions {
  min?: number;
  max?: number;
  allowed?: readonly string[];
  required?: boolean;
}

const NEXT_TOKEN = /^[a-zA-Z0-9=/+_.-]{4,10000}$/;

/** Accumulates violations of one request; `throwIfAny` raises them together, as AWS does. */
export class RequestChecks {
  readonly violations: string[] = [];

  /** A list of strings; undefined when absent. */
  stringList(value: unknown, member: string, options: ListOptions = {}): string[] | undefined {
    if (value === undefined || value === null) {
      if (options.required) this.violations.push(violation(undefined, member, CONSTRAINT.notNull));
      return undefined;
    }
    const items = asArray(value).map((item) => asString(item) ?? "");
    const shown = `[${items.join(", ")}]`;
    if (options.min !== undefined && items.length < options.min)
      this.violations.push(violation(shown, member, CONSTRAINT.minLength(options.min)));
    if (options.max !== undefined && items.length > options.max)
      this.violations.push(violation(shown, member, CONSTRAINT.maxLength(options.max)));
    const allowed = options.allowed;
    if (allowed && items.some((item) => !allowed.includes(item))) {
      const constraint = `Member must satisfy constraint: [Member must satisfy enum value set: [${allowed.join(", ")}]]`;
      this.violations.push(violation(shown, member, constraint));
    }
    return items;
  }

  /** A list of structures; undefined when absent. */
  structureList(
    value: unknown,
    member: string,
    options: ListOptions = {},
  ): Record<string, unknown>[] | undefined {
    if (value === undefined || value === null) {
      if (options.required) this.violations.push(violation(undefined, member, CONSTRAINT.notNull));
      return undefined;
    }
    const items = asArray(value);
    const shown = `[${items.length} items]`;
    if (options.min !== undefined && items.length < options.min)
      this.violations.push(violation(shown, member, CONSTRAINT.minLength(options.min)));
    if (options.max !== undefined && items.length > options.max)
      this.violations.push(violation(shown, member, CONSTRAINT.maxLength(options.max)));
    return items.map((item) => asRecord(item) ?? {});
  }

  string(value: unknown, member: string, options: { required?: boolean } = {}): string | undefined {
    const s = asString(value);
    if (s === undefined && options.required)
      this.violations.push(violation(undefined, member, CONSTRAINT.notNull));
    return s;
  }

  enumValue(
    value: unknown,
    member: string,
    allowed: readonly string[],
    required: boolean,
  ): string | undefined {
    const s = this.string(value, member, { required });
    if (s !== undefined && !allowed.includes(s))
      this.violations.push(
        violation(s, member, `Member must satisfy enum value set: [${allowed.join(", ")}]`),
      );
    return s;
  }

  maxResults(value: unknown, limits: { min: number; max: number; default: number }): number {
    if (value === undefined || value === null) return limits.default;
    const n = asInteger(value);
    if (n === undefined) {
      this.violations.push(violation(value, "maxResults", "Member must be an integer"));
      return limits.default;
    }
    if (n < limits.min) this.violations.push(violation(n, "maxResults", CONSTRAINT.minValue(limits.min)));
    if (n > limits.max) this.violations.push(violation(n, "maxResults", CONSTRAINT.maxValue(limits.max)));
    return n;
  }

  nextToken(value: unknown): string | undefined {
    const token = asString(value);
    if (token !== undefined && !NEXT_TOKEN.test(token))
      this.violations.push(violation(token, "nextToken", CONSTRAINT.pattern("[a-zA-Z0-9=/+_.-]{4,10000}")));
    return token;
  }

  dateRange(value: unknown): DateRange | undefined {
    const record = asRecord(value);
    if (!record) return undefined;
    const from = asDate(record.from);
    const to = asDate(record.to);
    return {
      ...(from ? { from: from.getTime() } : {}),
      ...(to ? { to: to.getTime() } : {}),
    };
  }

  dateRangeList(value: unknown, member: string): DateRange[] | undefined {
    if (value === undefined || value === null) return undefined;
    const items = asArray(value);
    if (items.length < 1) this.violations.push(violation("[]", member, CONSTRAINT.minLength(1)));
    if (items.length > 10)
      this.violations.push(violation(`[${items.length} ranges]`, member, CONSTRAINT.maxLength(10)));
    return items.flatMap((item) => this.dateRange(item) ?? []);
  }

  /** Raises the collected violations; then an unsupported locale (the service's own check). */
  throwIfAny(locale?: unknown): void {
    const code = asString(locale);
    if (code !== undefined && code.length < 2)
      this.violations.push(violation(code, "locale", CONSTRAINT.minLength(2)));
    if (code !== undefined && code.length > 256)
      this.violations.push(violation(code, "locale", CONSTRAINT.maxLength(256)));
    if (this.violations.length > 0) throw healthValidationError(this.violations);
    if (code !== undefined && !SUPPORTED_LOCALES.has(code)) throw unsupportedLocale(code);
  }
}

export function inRange(epochMs: number, range: DateRange): boolean {
  return (
    (range.from === undefined || epochMs >= range.from) && (range.to === undefined || epochMs <= range.to)
  );
}

export function inAnyRange(date: Date | undefined, ranges: readonly DateRange[] | undefined): boolean {
  if (!ranges || ranges.length === 0) return true;
  if (!date) return false;
  const t = date.getTime();
  return ranges.some((r) => inRange(t, r));
}
