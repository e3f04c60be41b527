import crypto from "node:crypto";
import { LRUCache } from "lru-cache";
import { planPanel } from "./plan";
import type { PanelRequest } from "./types";
import { ttlFor } from "./fetch-unit-store";

// The assembled, downsampled and JSON-encoded answer of a view, shared by every viewer of that view in the
// same aligned window, like the AWS fetch under it: fifty screens of one dashboard cost one assembly and one
// encoding, not fifty. Keyed by the panels, their plot widths and the aligned fetch windows (not the
// viewer's exact "now"), so viewers a few seconds apart share it. Kept only briefly, so it never adds more
// than ANSWER_TTL_MS to the age of the data under it; an answer with errors is shared only while in flight.

/** [I] How long a complete answer is reused after it was assembled. */
export const ANSWER_TTL_MS = 5_000;
/** [I] Memory bound of the kept answers (encoded bytes). */
export const ANSWER_CACHE_MAX_BYTES = 64 * 1024 * 1024;

export interface EncodedAnswer {
  /** The answer's shared JSON, UTF-8: what every viewer's response carries (the route adds its own part). */
  bytes: Uint8Array;
  complete: boolean;
}

interface Entry {
  answer: Promise<EncodedAnswer>;
  size: number;
}

const KEY = Symbol.for("watchwall.metrics.answers");

function cache(): LRUCache<string, Entry> {
  const holder = globalThis as { [KEY]?: LRUCache<string, Entry> };
  holder[KEY] ??= new LRUCache<string, Entry>({
    maxSize: ANSWER_CACHE_MAX_BYTES,
    sizeCalculation: (entry) => Math.max(1, entry.size),
    ttlAutopurge: false,
  });
  return holder[KEY];
}

export function answerKey(
  panels: readonly PanelRequest[],
  range: { start: number; end: number },
  now: number,
  widths: ReadonlyMap<string, number>,
): { key: string; ttlMs: number } {
  const window = { ...range, now };
  let ttlMs = ANSWER_TTL_MS;
  const units: string[] = [];
  for (const panel of panels) {
    const plan = planPanel(panel, window);
    if (plan.serverMath) units.push(`math|${plan.serverMath.window.start}|${plan.serverMath.window.end}`);
    for (const unit of plan.units) {
      units.push(unit.key);
      ttlMs = Math.min(ttlMs, ttlFor(unit.live, unit.period));
    }
  }
  const hash = crypto
    .createHash("sha256")
    .update(JSON.stringify([panels, units, panels.map((p) => widths.get(p.key) ?? null)]))
    .digest("hex");
  return { key: hash, ttlMs };
}

/** The encoded answer for `key`: kept, being assembled for another viewer, or assembled now. */
export function sharedAnswer(
  key: string,
  ttlMs: number,
  assemble: () => Promise<EncodedAnswer>,
): Promise<EncodedAnswer> {
  const answers = cache();
  const known = answers.get(key);
  if (known) return known.answer;
  const answer = assemble();
  // In flight: every viewer of the view waits for this one assembly.
  answers.set(key, { answer, size: 1 }, { ttl: 60_000 });
  void answer.then(
    (done) => {
      if (answers.peek(key)?.answer !== answer) return;
      if (done.complete && ttlMs > 0)
        answers.set(key, { answer, size: done.bytes.byteLength }, { ttl: ttlMs });
      else answers.delete(key);
    },
    () => {
      if (answers.peek(key)?.answer === answer) answers.delete(key);
    },
  );
  return answer;
}
