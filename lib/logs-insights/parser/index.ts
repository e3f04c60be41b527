import type { Command, Query, SourceClause } from "../ast";
import { syntaxErrorAt } from "../errors";
import { EMPTY_QUERY_IS_ERROR, MALFORMED_QUERY_MESSAGES as M } from "../semantics";
import { COMMAND_EXPECTING, parseCommand } from "./commands";
import { Cursor } from "./cursor";
import { parseSource } from "./source";

/** Parses a Logs Insights QL query; throws LogsQuerySyntaxError (MalformedQueryException) on bad syntax. */
export function parseQuery(text: string): Query {
  const c = new Cursor(text);
  if (c.isEof() && EMPTY_QUERY_IS_ERROR) throw syntaxErrorAt(M.emptyQuery(), 0, text.length);
  let source: SourceClause | null = null;
  if (c.isKeyword("source")) {
    source = parseSource(c);
    if (c.isEof()) return { text, source, commands: [] };
    c.expectOp("|", "{'|', <EOF>}");
  }
  const commands: Command[] = [];
  while (!c.isEof()) {
    commands.push(parseCommand(c));
    if (c.isEof()) break;
    if (!c.isOp("|")) throw c.mismatch(followExpectation(commands[commands.length - 1]));
    c.advance();
    if (c.isEof()) throw c.mismatch(COMMAND_EXPECTING);
  }
  return { text, source, commands };
}

function followExpectation(cmd: Command | undefined): string {
  switch (cmd?.kind) {
    case "fields":
    case "display":
    case "stats":
    case "sort":
    case "dedup":
      return "{<EOF>, '|', ','}";
    default:
      return "{<EOF>, '|'}";
  }
}
