// Discovered JSON fields (8.2). AWS flattens JSON at ingestion (`user.id`, `items.0.instanceId`); here the
// message is parsed lazily, once per event and only when a query references such a field, and the dotted
// name is resolved by walking the parsed object.

import type { Row } from "../expressions/row";
import { scanTopLevelKeys } from "./json-scan";
import { EMBEDDED_JSON_DISCOVERY, JSON_BOOLEAN_DISCOVERY } from "../semantics";
import type { Value } from "../types";

const hasOwn = Object.prototype.hasOwnProperty;

function embeddedAllowed(logGroup: string): boolean {
  if (EMBEDDED_JSON_DISCOVERY === "all-log-groups") return true;
  if (EMBEDDED_JSON_DISCOVERY === "never") return false;
  return logGroup.startsWith("/aws/lambda/");
}

/** The first balanced `{...}` in a line, honouring strings; null if none. */
export function firstJsonFragment(s: string): string | null {
  const open = s.indexOf("{");
  if (open < 0) return null;
  let depth = 0;
  let inString = false;
  for (let i = open; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123) depth++;
    else if (c === 125 && --depth === 0) return s.slice(open, i + 1);
  }
  return null;
}

/** The parsed JSON object of the row's message, or null when the message is not JSON. */
export function rowJson(row: Row): unknown {
  if (row.jsonState === 0) {
    row.jsonState = 2;
    const ev = row.ev;
    if (ev === null) return null;
    const m = ev.message;
    let i = 0;
    while (i < m.length && m.charCodeAt(i) <= 32) i++;
    let text: string | null = null;
    if (m.charCodeAt(i) === 123) text = m;
    else if (embeddedAllowed(ev.logGroup)) text = firstJsonFragment(m);
    if (text !== null) {
      try {
        const parsed: unknown = JSON.parse(text);
        if (parsed !== null && typeof parsed === "object") {
          row.json = parsed;
          row.jsonState = 1;
        }
      } catch {
        // Not JSON after all: the event simply has no discovered JSON fields.
      }
    }
  }
  return row.jsonState === 1 ? row.json : null;
}

/** Splits a field name into path segments; `@@key` addresses a JSON key that starts with `@`. */
export function pathSegments(name: string): string[] {
  const n = name.startsWith("@@") ? name.slice(1) : name;
  return n.split(".");
}

/**
 * Walks `segs` from `root`. A key that itself contains dots is found by joining segments when the single
 * segment is absent; array elements are addressed by index.
 */
export function walkPath(root: unknown, segs: readonly string[]): unknown {
  let cur: unknown = root;
  let i = 0;
  while (i < segs.length) {
    if (cur === null || typeof cur !== "object") return undefined;
    if (Array.isArray(cur)) {
      const seg = segs[i] ?? "";
      if (!/^\d+$/.test(seg)) return undefined;
      cur = cur[Number(seg)];
      i++;
      continue;
    }
    const obj = cur as Record<string, unknown>;
    let key = segs[i] ?? "";
    let j = i;
    for (;;) {
      if (hasOwn.call(obj, key)) {
        cur = obj[key];
        i = j + 1;
        break;
      }
      j++;
      if (j >= segs.length) return undefined;
      key += "." + (segs[j] ?? "");
    }
  }
  return cur;
}

/** Converts a discovered JSON leaf into a field value; objects and arrays are not fields themselves. */
export function jsonLeafValue(v: unknown): Value {
  if (typeof v === "number" || typeof v === "string") return v;
  if (typeof v === "boolean") return JSON_BOOLEAN_DISCOVERY === "string" ? (v ? "true" : "false") : v;
  return null;
}

/** The top-level JSON keys one query references, each with its index in `Row.lite`. */
export class TopLevelKeys {
  readonly list: string[] = [];
  index(key: string): number {
    const i = this.list.indexOf(key);
    if (i >= 0) return i;
    this.list.push(key);
    return this.list.length - 1;
  }
}

function fillTopLevel(row: Row, keys: TopLevelKeys): void {
  row.liteState = 2;
  if (row.jsonState === 1) {
    row.liteState = 3;
    return;
  }
  const ev = row.ev;
  if (ev === null) return;
  const m = ev.message;
  let i = 0;
  while (i < m.length && m.charCodeAt(i) <= 32) i++;
  if (m.charCodeAt(i) !== 123) {
    if (embeddedAllowed(ev.logGroup)) row.liteState = 3;
    return;
  }
  const n = keys.list.length;
  const out = row.lite ?? (row.lite = new Array<Value>(n));
  for (let k = 0; k < n; k++) out[k] = null;
  const r = scanTopLevelKeys(m, keys.list, out, JSON_BOOLEAN_DISCOVERY === "string");
  row.liteState = r === "ok" ? 1 : r === "fallback" ? 3 : 2;
}

/**
 * Getter of a discovered JSON field. Top-level keys are read with the one-pass scanner shared by all the
 * query's top-level fields; dotted paths parse the message once per row with JSON.parse.
 */
export function makeJsonFieldGetter(name: string, keys: TopLevelKeys): (row: Row) => Value {
  const segs = pathSegments(name);
  if (segs.length === 1) {
    const key = segs[0] ?? "";
    const index = keys.index(key);
    return (row) => {
      if (row.liteState === 0) fillTopLevel(row, keys);
      if (row.liteState === 1) return row.lite?.[index] ?? null;
      if (row.liteState === 2) return null;
      const j = rowJson(row);
      if (j === null || Array.isArray(j)) return null;
      const obj = j as Record<string, unknown>;
      return hasOwn.call(obj, key) ? jsonLeafValue(obj[key]) : null;
    };
  }
  return (row) => {
    const j = rowJson(row);
    return j === null ? null : jsonLeafValue(walkPath(j, segs));
  };
}
