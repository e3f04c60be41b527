// FilterLogEvents / metric filter patterns (7.2).

import { compileJsonPattern } from "./json-pattern";
import { compileSpaceDelimited } from "./space-delimited";
import { compileTerms } from "./terms";

export interface FilterPattern {
  readonly kind: "all" | "terms" | "json" | "space-delimited";
  readonly text: string;
  readonly test: (message: string) => boolean;
}

/** Parses a filter pattern; throws InvalidFilterPatternError (InvalidParameterException) when malformed. */
export function parseFilterPattern(p: string): FilterPattern {
  const text = p.trim();
  if (text === "") return { kind: "all", text, test: () => true };
  if (text.startsWith("{")) return { kind: "json", text, test: compileJsonPattern(text) };
  if (text.startsWith("[")) return { kind: "space-delimited", text, test: compileSpaceDelimited(text) };
  return { kind: "terms", text, test: compileTerms(text) };
}

export function matchesFilterPattern(fp: FilterPattern, message: string): boolean {
  return fp.test(message);
}
