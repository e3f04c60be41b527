// Values JSON can carry but PostgreSQL cannot store (NUL, lone UTF-16 surrogates) or that blow the stack of
// JSON.stringify and of recursive validators (deep nesting). Found with an explicit stack, so the walk itself
// never recurses; reported with the path of the first offending field.

export interface UnstorableValue {
  path: string;
  message: string;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function stringProblem(value: string): string | undefined {
  if (value.includes("\u0000")) return "contains a NUL character (U+0000), which cannot be stored";
  if (LONE_SURROGATE.test(value)) return "contains a lone UTF-16 surrogate, which is not valid Unicode";
  return undefined;
}

export function findUnstorableValue(root: unknown, maxDepth: number): UnstorableValue | undefined {
  const stack: Array<{ value: unknown; path: string[] }> = [{ value: root, path: [] }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { value, path } = item;
    if (typeof value === "string") {
      const problem = stringProblem(value);
      if (problem) return { path: path.join("."), message: problem };
      continue;
    }
    if (typeof value !== "object" || value === null) continue;
    if (path.length >= maxDepth) {
      return { path: path.join("."), message: `nests deeper than ${maxDepth} levels` };
    }
    const entries = Array.isArray(value)
      ? value.map((v, i) => [String(i), v] as const)
      : Object.entries(value);
    for (const [key, child] of entries) {
      const keyProblem = stringProblem(key);
      if (keyProblem) {
        const shown = key.replaceAll("\u0000", "\uFFFD").replace(/[\uD800-\uDFFF]/g, "\uFFFD");
        return { path: [...path, shown].join("."), message: `its name ${keyProblem}` };
      }
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return undefined;
}
