// Per-group state of each stats function. `add` runs once per event and must not allocate; `result` may be
// called many times (partial results) and must not disturb the state.

import { toNumber } from "../expressions/values";
import { EARLIEST_LATEST_TIES, EMPTY_NUMERIC_AGGREGATE, PERCENTILE_METHOD, STDDEV_KIND } from "../semantics";
import { compareSortKeys, toSortKey } from "../sort/natural-compare";
import type { Value } from "../types";

export interface Accumulator {
  add(v: Value, ts: number): void;
  result(): Value;
}

const EMPTY: Value = EMPTY_NUMERIC_AGGREGATE === "zero" ? 0 : null;

export class CountAll implements Accumulator {
  n = 0;
  add(): void {
    this.n++;
  }
  result(): Value {
    return this.n;
  }
}

export class CountPresent implements Accumulator {
  n = 0;
  add(v: Value): void {
    if (v !== null) this.n++;
  }
  result(): Value {
    return this.n;
  }
}

export class CountDistinct implements Accumulator {
  private readonly seen = new Set<unknown>();
  add(v: Value): void {
    if (v === null) return;
    this.seen.add(typeof v === "object" ? JSON.stringify(v) : v);
  }
  result(): Value {
    return this.seen.size;
  }
}

export class Sum implements Accumulator {
  private total = 0;
  private n = 0;
  add(v: Value): void {
    const x = typeof v === "number" ? v : toNumber(v);
    if (x === null) return;
    this.total += x;
    this.n++;
  }
  result(): Value {
    return this.n === 0 ? EMPTY : this.total;
  }
}

export class Avg implements Accumulator {
  private total = 0;
  private n = 0;
  add(v: Value): void {
    const x = typeof v === "number" ? v : toNumber(v);
    if (x === null) return;
    this.total += x;
    this.n++;
  }
  result(): Value {
    return this.n === 0 ? EMPTY : this.total / this.n;
  }
}

export class Extreme implements Accumulator {
  private best: number | null = null;
  constructor(private readonly wantMax: boolean) {}
  add(v: Value): void {
    const x = typeof v === "number" ? v : toNumber(v);
    if (x === null) return;
    if (this.best === null || (this.wantMax ? x > this.best : x < this.best)) this.best = x;
  }
  result(): Value {
    return this.best ?? EMPTY;
  }
}

/** Welford's online algorithm: numerically stable in one pass. */
export class StdDev implements Accumulator {
  private n = 0;
  private mean = 0;
  private m2 = 0;
  add(v: Value): void {
    const x = typeof v === "number" ? v : toNumber(v);
    if (x === null) return;
    this.n++;
    const d = x - this.mean;
    this.mean += d / this.n;
    this.m2 += d * (x - this.mean);
  }
  result(): Value {
    if (this.n === 0) return EMPTY;
    if (this.n === 1) return 0;
    return Math.sqrt(this.m2 / (STDDEV_KIND === "sample" ? this.n - 1 : this.n));
  }
}

export class Percentile implements Accumulator {
  private values = new Float64Array(16);
  private n = 0;
  private sorted = true;
  constructor(private readonly p: number) {}
  add(v: Value): void {
    const x = typeof v === "number" ? v : toNumber(v);
    if (x === null) return;
    if (this.n === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    if (this.n > 0 && x < (this.values[this.n - 1] as number)) this.sorted = false;
    this.values[this.n++] = x;
  }
  result(): Value {
    if (this.n === 0) return EMPTY;
    if (!this.sorted) {
      this.values.subarray(0, this.n).sort();
      this.sorted = true;
    }
    const vals = this.values;
    if (PERCENTILE_METHOD === "linear-interpolation") {
      const pos = (this.p / 100) * (this.n - 1);
      const lo = Math.floor(pos);
      const hi = Math.min(this.n - 1, lo + 1);
      return (vals[lo] as number) + ((vals[hi] as number) - (vals[lo] as number)) * (pos - lo);
    }
    const rank = Math.min(this.n, Math.max(1, Math.ceil((this.p / 100) * this.n)));
    return vals[rank - 1] as number;
  }
}

/** earliest/latest: the value from the event with the smallest/largest timestamp. */
export class ByTime implements Accumulator {
  private bestTs = NaN;
  private value: Value = null;
  constructor(private readonly latest: boolean) {}
  add(v: Value, ts: number): void {
    if (v === null) return;
    const better = Number.isNaN(this.bestTs)
      ? true
      : this.latest
        ? ts > this.bestTs || (ts === this.bestTs && EARLIEST_LATEST_TIES === "last-fed")
        : ts < this.bestTs || (ts === this.bestTs && EARLIEST_LATEST_TIES === "last-fed");
    if (better) {
      this.bestTs = ts;
      this.value = v;
    }
  }
  result(): Value {
    return this.value;
  }
}

/** sortsFirst/sortsLast: the smallest/largest value in natural sort order. */
export class BySortOrder implements Accumulator {
  private value: Value = null;
  private key: string | number | null = null;
  constructor(private readonly last: boolean) {}
  add(v: Value): void {
    const k = toSortKey(v);
    if (k === null) return;
    if (this.key === null) {
      this.key = k;
      this.value = v;
      return;
    }
    const c = compareSortKeys(k, this.key);
    if (this.last ? c > 0 : c < 0) {
      this.key = k;
      this.value = v;
    }
  }
  result(): Value {
    return this.value;
  }
}
