import { MESSAGES } from "./body-constants";
import { isJsonObject, jsonPointer, type JsonObject } from "./json";

// Collects PutDashboard-style messages while walking a body. Each typed accessor reports a wrong type at the
// key's own path and returns undefined, so callers can keep checking the rest of the body.

export interface CloudWatchValidationMessage {
  /** JSON pointer into the body, e.g. "/widgets/2/properties/metrics/0/1"; "" for the body itself. */
  dataPath: string;
  message: string;
}

/** "putDashboard": what CloudWatch accepts. "import": also accepts widgets we will keep as unsupported. */
export type ValidationMode = "putDashboard" | "import";

export type Path = ReadonlyArray<string | number>;

interface FieldOptions {
  required?: boolean;
}

export class Checker {
  readonly errors: CloudWatchValidationMessage[] = [];
  readonly warnings: CloudWatchValidationMessage[] = [];

  constructor(readonly mode: ValidationMode) {}

  error(path: Path, message: string): void {
    this.errors.push({ dataPath: jsonPointer(path), message });
  }

  warn(path: Path, message: string): void {
    this.warnings.push({ dataPath: jsonPointer(path), message });
  }

  private present(owner: JsonObject, key: string, path: Path, options: FieldOptions): boolean {
    if (owner[key] !== undefined) return true;
    if (options.required) this.error(path, MESSAGES.required(key));
    return false;
  }

  string(owner: JsonObject, key: string, path: Path, options: FieldOptions = {}): string | undefined {
    if (!this.present(owner, key, path, options)) return undefined;
    const value = owner[key];
    if (typeof value === "string") return value;
    this.error([...path, key], MESSAGES.type("string"));
    return undefined;
  }

  boolean(owner: JsonObject, key: string, path: Path, options: FieldOptions = {}): boolean | undefined {
    if (!this.present(owner, key, path, options)) return undefined;
    const value = owner[key];
    if (typeof value === "boolean") return value;
    this.error([...path, key], MESSAGES.type("boolean"));
    return undefined;
  }

  number(
    owner: JsonObject,
    key: string,
    path: Path,
    options: FieldOptions & { integer?: boolean; min?: number; max?: number } = {},
  ): number | undefined {
    if (!this.present(owner, key, path, options)) return undefined;
    const value = owner[key];
    const at = [...path, key];
    if (typeof value !== "number" || !Number.isFinite(value)) {
      this.error(at, MESSAGES.type(options.integer ? "integer" : "number"));
      return undefined;
    }
    if (options.integer && !Number.isInteger(value)) {
      this.error(at, MESSAGES.type("integer"));
      return undefined;
    }
    if (options.min !== undefined && value < options.min) {
      this.error(at, MESSAGES.min(options.min));
      return undefined;
    }
    if (options.max !== undefined && value > options.max) {
      this.error(at, MESSAGES.max(options.max));
      return undefined;
    }
    return value;
  }

  oneOf<T extends string>(
    owner: JsonObject,
    key: string,
    path: Path,
    allowed: readonly T[],
    options: FieldOptions = {},
  ): T | undefined {
    const value = this.string(owner, key, path, options);
    if (value === undefined) return undefined;
    const match = allowed.find((candidate) => candidate === value);
    if (match === undefined) this.error([...path, key], MESSAGES.allowed);
    return match;
  }

  object(owner: JsonObject, key: string, path: Path, options: FieldOptions = {}): JsonObject | undefined {
    if (!this.present(owner, key, path, options)) return undefined;
    const value = owner[key];
    if (isJsonObject(value)) return value;
    this.error([...path, key], MESSAGES.type("object"));
    return undefined;
  }

  array(
    owner: JsonObject,
    key: string,
    path: Path,
    options: FieldOptions & { maxItems?: number; minItems?: number } = {},
  ): unknown[] | undefined {
    if (!this.present(owner, key, path, options)) return undefined;
    const value: unknown = owner[key];
    if (!Array.isArray(value)) {
      this.error([...path, key], MESSAGES.type("array"));
      return undefined;
    }
    const items: unknown[] = value;
    if (options.maxItems !== undefined && items.length > options.maxItems) {
      this.error([...path, key], MESSAGES.maxItems(options.maxItems));
    }
    if (options.minItems !== undefined && items.length < options.minItems) {
      this.error([...path, key], MESSAGES.minItems(options.minItems));
    }
    return items;
  }

  /** Every element must be a string. */
  stringArray(
    owner: JsonObject,
    key: string,
    path: Path,
    options: FieldOptions & { maxItems?: number } = {},
  ) {
    const items = this.array(owner, key, path, options);
    if (!items) return undefined;
    items.forEach((item, index) => {
      if (typeof item !== "string") this.error([...path, key, index], MESSAGES.type("string"));
    });
    return items.filter((item): item is string => typeof item === "string");
  }

  /** Warn about keys outside `known`. */
  unexpectedKeys(owner: JsonObject, known: ReadonlySet<string>, path: Path, where: string): void {
    for (const key of Object.keys(owner)) {
      if (!known.has(key)) this.warn([...path, key], MESSAGES.unexpected(key, where));
    }
  }
}
