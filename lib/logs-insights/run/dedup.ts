import type { Command } from "../ast";
import type { Row } from "../expressions/row";
import type { Value } from "../types";
import type { EventScope, TableScope } from "./scopes";

type DedupCommand = Extract<Command, { kind: "dedup" }>;

function keyPart(v: Value): string {
  if (typeof v === "object") return "o" + JSON.stringify(v);
  return typeof v + ":" + String(v);
}

/** Keeps the first row (in the current order) per distinct tuple; rows with a missing dedup field all stay. */
export function compileDedup(cmd: DedupCommand, scope: EventScope | TableScope): (rows: Row[]) => Row[] {
  const getters = cmd.fields.map((f) => scope.resolveField(f.name, f).fn);
  return (rows) => {
    const seen = new Set<string>();
    const out: Row[] = [];
    for (const r of rows) {
      let key = "";
      let missing = false;
      for (const g of getters) {
        const v = g(r);
        if (v === null) {
          missing = true;
          break;
        }
        key += keyPart(v) + "\u0001";
      }
      if (missing) {
        out.push(r);
        continue;
      }
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(r);
    }
    return out;
  };
}
