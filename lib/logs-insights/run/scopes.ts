// Name resolution at a point of the pipeline. Before the first stats the names are event fields plus the
// ephemeral fields the query defined so far; after a stats they are that stats command's output columns.

import type { Span } from "../ast";
import { syntaxErrorAt } from "../errors";
import { canonicalText, constant, type CallExpr, type Compiled, type Scope } from "../expressions/compiled";
import type { Row } from "../expressions/row";
import { eventField, makeLogFieldValue } from "../fields/event-fields";
import { TopLevelKeys, walkPath } from "../fields/json-fields";
import { jsonToValue } from "../functions/general";
import {
  MALFORMED_QUERY_MESSAGES as M,
  REJECT_EPHEMERAL_REDEFINITION,
  UNKNOWN_FIELD_AFTER_STATS,
} from "../semantics";
import type { Kind } from "../types";

export interface SlotInfo {
  slot: number;
  kind: Kind;
}

export function slotGetter(info: SlotInfo): Compiled {
  const slot = info.slot;
  return { fn: (r: Row) => r.vals[slot] ?? null, kind: info.kind, isConst: false };
}

abstract class SlotScope implements Scope {
  readonly aggregate: ((call: CallExpr) => Compiled) | null = null;
  protected readonly names = new Map<string, SlotInfo>();
  private readonly explicit = new Set<string>();

  constructor(
    readonly src: string,
    readonly now: number,
    public nextSlot: number,
  ) {}

  /**
   * Allocates a slot for an ephemeral field. `explicit` names (`as x`, parse targets) may not be defined
   * twice; a repeated unaliased expression just reuses its slot.
   */
  define(name: string, kind: Kind, span: Span, explicit: boolean): SlotInfo {
    if (explicit && REJECT_EPHEMERAL_REDEFINITION && this.explicit.has(name)) {
      throw syntaxErrorAt(M.ephemeralRedefined(name), span.start, span.end);
    }
    if (explicit) this.explicit.add(name);
    const existing = this.names.get(name);
    if (existing !== undefined && !explicit) return existing;
    const info = { slot: this.nextSlot++, kind };
    this.names.set(name, info);
    return info;
  }

  /** `j.key.sub` where `j` holds a structure (jsonParse result). */
  protected structAccess(name: string): Compiled | null {
    for (let dot = name.indexOf("."); dot > 0; dot = name.indexOf(".", dot + 1)) {
      const base = this.names.get(name.slice(0, dot));
      if (base === undefined) continue;
      const segs = name.slice(dot + 1).split(".");
      const slot = base.slot;
      return {
        fn: (r) => {
          const v = r.vals[slot] ?? null;
          return v !== null && typeof v === "object" ? jsonToValue(walkPath(v, segs)) : null;
        },
        kind: "any",
        isConst: false,
      };
    }
    return null;
  }

  abstract resolveField(name: string, span: Span): Compiled;
  abstract lookupColumn(canonical: string): Compiled | null;
}

export class EventScope extends SlotScope {
  private readonly logValue: (logGroup: string) => string;
  private readonly jsonKeys = new TopLevelKeys();

  constructor(src: string, now: number, accountId: string | undefined) {
    super(src, now, 0);
    this.logValue = makeLogFieldValue(accountId);
  }

  resolveField(name: string): Compiled {
    const own = this.names.get(name);
    if (own !== undefined) return slotGetter(own);
    return this.structAccess(name) ?? eventField(name, this.logValue, this.jsonKeys);
  }

  lookupColumn(): Compiled | null {
    return null;
  }
}

export class TableScope extends SlotScope {
  private readonly byText = new Map<string, SlotInfo>();

  /** Registers an output column under its name and (for expression columns) its canonical text. */
  addColumn(name: string, text: string, info: SlotInfo): void {
    this.names.set(name, info);
    this.byText.set(canonicalText(text), info);
    this.byText.set(canonicalText(name), info);
  }

  resolveField(name: string, span: Span): Compiled {
    const own = this.names.get(name);
    if (own !== undefined) return slotGetter(own);
    const struct = this.structAccess(name);
    if (struct !== null) return struct;
    if (UNKNOWN_FIELD_AFTER_STATS === "error")
      throw syntaxErrorAt(M.notAggregated(name), span.start, span.end);
    return constant(null);
  }

  lookupColumn(canonical: string): Compiled | null {
    const info = this.byText.get(canonical);
    return info === undefined ? null : slotGetter(info);
  }
}
