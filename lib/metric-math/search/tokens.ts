// SEARCH tokenisation (section 4.1): names split at camel-case humps, digit runs and non-alphanumerics,
// plus the whole name (alphanumerics only) as one more token.

const PART_PATTERN = /[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+/g;

export interface NameTokens {
  /** Lower-cased alphanumerics of the whole name: `Project2-trial333` → `project2trial333`. */
  whole: string;
  /** Parts in original case: `Project`, `2`, `trial`, `333`. */
  parts: string[];
  /** The same parts lower-cased. */
  lowerParts: string[];
}

const cache = new Map<string, NameTokens>();
const CACHE_LIMIT = 20_000;

export function splitParts(text: string): string[] {
  return text.match(PART_PATTERN) ?? [];
}

export function nameTokens(name: string): NameTokens {
  const cached = cache.get(name);
  if (cached) return cached;
  const parts = splitParts(name);
  const tokens: NameTokens = {
    whole: parts.join("").toLowerCase(),
    parts,
    lowerParts: parts.map((p) => p.toLowerCase()),
  };
  // Metric catalogues are bounded, but guard against unbounded growth in long-lived processes.
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(name, tokens);
  return tokens;
}

/** All tokens of a name, whole first (as listed in the documentation examples). */
export function listTokens(name: string): string[] {
  const { whole, lowerParts } = nameTokens(name);
  const result = [whole];
  for (const part of lowerParts) if (!result.includes(part)) result.push(part);
  return result;
}

/**
 * A single-token term matches case-insensitively (whole name or any part); a composite term is case
 * sensitive and must appear as consecutive parts of the name. [I] Any term equal to the whole-name token
 * matches too, since that token is in the name's token list (`customcount1` finds `CustomCount1`).
 */
export function termMatchesName(term: string, name: string): boolean {
  const termParts = splitParts(term);
  if (termParts.length === 0) return false;
  const target = nameTokens(name);
  const termWhole = termParts.join("").toLowerCase();
  if (termWhole === target.whole) return true;
  if (termParts.length === 1) return target.lowerParts.includes(termWhole);
  const parts = target.parts;
  outer: for (let i = 0; i + termParts.length <= parts.length; i++) {
    for (let j = 0; j < termParts.length; j++) {
      if (parts[i + j] !== termParts[j]) continue outer;
    }
    return true;
  }
  return false;
}
