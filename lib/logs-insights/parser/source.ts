// `SOURCE logGroups(namePrefix: [...], accountIdentifiers: [...], class: [...])` (API/CLI selection) and the
// `SOURCE "<group>" START=<ms> END=<ms>` prefix that DescribeQueries writes into stored query strings.

import type { SourceClause } from "../ast";
import { syntaxErrorAt } from "../errors";
import type { Cursor } from "./cursor";

const SELECTOR_LIMITS: Record<string, number> = { nameprefix: 5, accountidentifiers: 20, class: 2 };
const LOG_GROUP_CLASSES = new Set(["STANDARD", "INFREQUENT_ACCESS"]);

/** Parses the clause; the cursor is on the `SOURCE` keyword. */
export function parseSource(c: Cursor): SourceClause {
  const start = c.advance().start;
  const clause: SourceClause = {
    logGroups: [],
    namePrefixes: [],
    accountIdentifiers: [],
    classes: [],
    startTime: null,
    endTime: null,
    selector: false,
    start,
    end: start,
  };
  if (c.isKeyword("loggroups")) {
    c.advance();
    clause.selector = true;
    parseSelector(c, clause);
  } else {
    if (c.tok.type !== "str") throw c.mismatch("{STRING, 'logGroups'}");
    while (c.tok.type === "str") {
      clause.logGroups.push(c.advance().value);
      c.acceptOp(",");
    }
  }
  parseRange(c, clause);
  clause.end = c.lastEnd;
  return clause;
}

function parseSelector(c: Cursor, clause: SourceClause): void {
  c.expectOp("(", "'('");
  while (!c.isOp(")")) {
    const keyTok = c.expectFieldName("{namePrefix, accountIdentifiers, class}");
    const key = keyTok.value.toLowerCase();
    const limit = SELECTOR_LIMITS[key];
    if (limit === undefined) {
      throw syntaxErrorAt(
        `mismatched input '${keyTok.text}' expecting {namePrefix, accountIdentifiers, class}`,
        keyTok.start,
        keyTok.end,
      );
    }
    c.expectOp(":", "':'");
    const values = parseStringList(c);
    if (values.items.length > limit) {
      throw syntaxErrorAt(`${keyTok.value} accepts at most ${limit} values`, values.start, values.end);
    }
    if (key === "nameprefix") clause.namePrefixes.push(...values.items);
    else if (key === "accountidentifiers") clause.accountIdentifiers.push(...values.items);
    else {
      for (const v of values.items) {
        if (!LOG_GROUP_CLASSES.has(v)) {
          throw syntaxErrorAt(`Invalid log group class: ${v}`, values.start, values.end);
        }
      }
      clause.classes.push(...values.items);
    }
    if (!c.acceptOp(",")) break;
  }
  c.expectOp(")", "{',', ')'}");
}

function parseStringList(c: Cursor): { items: string[]; start: number; end: number } {
  const open = c.expectOp("[", "'['");
  const items: string[] = [];
  while (c.tok.type === "str") {
    items.push(c.advance().value);
    if (!c.acceptOp(",")) break;
  }
  const close = c.expectOp("]", "{STRING, ']'}");
  return { items, start: open.start, end: close.end };
}

function parseRange(c: Cursor, clause: SourceClause): void {
  for (;;) {
    const word = c.isKeyword("start") ? "start" : c.isKeyword("end") ? "end" : null;
    if (word === null) return;
    c.advance();
    c.expectOp("=", "'='");
    const t = c.tok;
    if (t.type !== "num") throw c.mismatch("INTEGER");
    c.advance();
    if (word === "start") clause.startTime = t.num;
    else clause.endTime = t.num;
  }
}
