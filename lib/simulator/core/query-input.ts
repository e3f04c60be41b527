// Expands awsQuery form parameters into the nested input shape: `A.member.1.B=x` becomes `{A: [{B: "x"}]}`,
// `M.entry.1.key=k&M.entry.1.value=v` becomes `{M: {k: "v"}}`, `A.B=x` becomes `{A: {B: "x"}}`. Leaves stay
// strings; an empty list arrives as `A=` and therefore as `""` (see `asArray` in coerce.ts).
import { serializationError } from "./errors";
import { isUnsafeKey } from "./values";

/** Deeper keys than this are rejected instead of recursing on attacker-controlled depth. */
export const MAX_QUERY_KEY_DEPTH = 32;

interface RawNode {
  value?: string;
  children?: Map<string, RawNode>;
}

const INDEX = /^\d+$/;

function child(node: RawNode, name: string): RawNode {
  node.children ??= new Map();
  let next = node.children.get(name);
  if (!next) {
    next = {};
    node.children.set(name, next);
  }
  return next;
}

function indexedChildren(node: RawNode): RawNode[] {
  const entries = [...(node.children ?? new Map<string, RawNode>())].filter(([k]) => INDEX.test(k));
  entries.sort((a, b) => Number(a[0]) - Number(b[0]));
  return entries.map(([, v]) => v);
}

function convert(node: RawNode): unknown {
  const children = node.children;
  if (!children || children.size === 0) return node.value ?? "";
  if (children.size === 1) {
    const member = children.get("member");
    if (member) return indexedChildren(member).map(convert);
    const entry = children.get("entry");
    if (entry) {
      const map: Record<string, unknown> = {};
      for (const e of indexedChildren(entry)) {
        const key = e.children?.get("key")?.value;
        const value = e.children?.get("value");
        if (key !== undefined && !isUnsafeKey(key)) map[key] = value ? convert(value) : "";
      }
      return map;
    }
  }
  const out: Record<string, unknown> = {};
  for (const [name, sub] of children) if (!isUnsafeKey(name)) out[name] = convert(sub);
  return out;
}

export function expandQueryParams(
  params: Iterable<[string, string]>,
  skip: ReadonlySet<string> = new Set(["Action", "Version"]),
): Record<string, unknown> {
  const root: RawNode = {};
  for (const [key, value] of params) {
    if (skip.has(key) || key === "") continue;
    const segments = key.split(".");
    if (segments.length > MAX_QUERY_KEY_DEPTH)
      throw serializationError(`Parameter name too deeply nested: ${key.slice(0, 64)}`);
    let node = root;
    for (const segment of segments) node = child(node, segment);
    node.value = value;
  }
  const expanded = convert(root);
  return typeof expanded === "object" && expanded !== null && !Array.isArray(expanded) ? { ...expanded } : {};
}
