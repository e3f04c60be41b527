// Resolves a field name against an event: system fields, known-format fields, then discovered JSON.

import { constant, type Compiled } from "../expressions/compiled";
import type { Row } from "../expressions/row";
import type { Value } from "../types";
import { makeJsonFieldGetter, type TopLevelKeys } from "./json-fields";
import { KNOWN_FORMAT_FIELDS, LAMBDA_FIELDS, rowKnownFormat } from "./known-formats";

function eventGetter(fn: (row: Row) => Value, kind: "date" | "any" = "any"): Compiled {
  return { fn, kind, isConst: false };
}

export function makeLogFieldValue(accountId: string | undefined): (logGroup: string) => string {
  if (accountId === undefined) return (g) => g;
  const cache = new Map<string, string>();
  return (g) => {
    let v = cache.get(g);
    if (v === undefined) {
      v = `${accountId}:${g}`;
      cache.set(g, v);
    }
    return v;
  };
}

export function systemField(name: string, logValue: (logGroup: string) => string): Compiled | null {
  switch (name) {
    case "@timestamp":
      return eventGetter((r) => (r.ev === null ? null : r.ev.timestamp), "date");
    case "@ingestionTime":
      return eventGetter((r) => (r.ev === null ? null : r.ev.ingestionTime), "date");
    case "@message":
      return eventGetter((r) => (r.ev === null ? null : r.ev.message));
    case "@logStream":
      return eventGetter((r) => (r.ev === null ? null : r.ev.logStream));
    case "@log":
      return eventGetter((r) => (r.ev === null ? null : logValue(r.ev.logGroup)));
    case "@ptr":
      return eventGetter((r) => (r.ev === null ? null : r.ev.ptr));
    case "@entity":
      return constant(null);
    default:
      return null;
  }
}

/** A field that is not defined by the query itself. */
export function eventField(
  name: string,
  logValue: (logGroup: string) => string,
  keys: TopLevelKeys,
): Compiled {
  const sys = systemField(name, logValue);
  if (sys !== null) return sys;
  if (LAMBDA_FIELDS.has(name)) {
    return eventGetter((r) => rowKnownFormat(r)?.[name] ?? null);
  }
  const json = makeJsonFieldGetter(name, keys);
  if (KNOWN_FORMAT_FIELDS.has(name)) {
    return eventGetter((r) => {
      const known = rowKnownFormat(r);
      if (known !== null) return known[name] ?? null;
      return json(r);
    });
  }
  return eventGetter(json);
}
