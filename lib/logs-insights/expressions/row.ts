import type { LogEvent, Value } from "../types";

const NO_SLOTS: Value[] = [];

/**
 * One record flowing through the pipeline: an event (with its lazily parsed JSON and known-format fields)
 * or an aggregated row (ev = null). Ephemeral fields live in numbered slots so compiled getters read them
 * without name lookups. During the streaming phase a single Row is reused for every event.
 */
export class Row {
  ev: LogEvent | null = null;
  vals: Value[];
  /** Arrival order, for stable ordering. */
  seq = 0;
  /** 0 = not looked at, 1 = `json` holds the parsed object, 2 = the message has no JSON. */
  jsonState = 0;
  json: unknown = null;
  /**
   * Top-level JSON keys the query references, scanned without building the object: 0 = not scanned,
   * 1 = `lite` holds them, 2 = not JSON, 3 = use the fully parsed `json` instead.
   */
  liteState = 0;
  lite: Value[] | null = null;
  /** 0 = not looked at, 1 = `ext` holds known-format fields (Lambda REPORT, VPC flow log...), 2 = none. */
  extState = 0;
  ext: Record<string, Value> | null = null;

  constructor(vals: Value[] = []) {
    this.vals = vals;
  }

  reset(ev: LogEvent, seq: number): void {
    this.ev = ev;
    this.seq = seq;
    this.jsonState = 0;
    this.json = null;
    this.liteState = 0;
    this.extState = 0;
    this.ext = null;
  }

  /** A standalone copy that survives the next `reset` (slots copied, parsed JSON shared). */
  detach(): Row {
    // Without slots nothing ever writes to `vals`, so copies can share one empty array.
    const r = new Row(this.vals.length === 0 ? NO_SLOTS : this.vals.slice());
    r.ev = this.ev;
    r.seq = this.seq;
    r.jsonState = this.jsonState;
    r.json = this.json;
    if (this.liteState === 1 && this.lite !== null) {
      r.liteState = 1;
      r.lite = this.lite.slice();
    }
    r.extState = this.extState;
    r.ext = this.ext;
    return r;
  }
}

export type Getter = (row: Row) => Value;
