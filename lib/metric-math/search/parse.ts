import { MetricMathSyntaxError } from "../errors";
import { tokenizeSearch, type SearchToken } from "./lexer";
import type { SearchNode, SearchQuery, SearchSchema, SearchValue } from "./types";

/** Query text limit (section 4.1). */
export const SEARCH_QUERY_MAX_LENGTH = 1024;

const OPERATORS = new Set(["AND", "OR", "NOT"]);

/** Parses the SEARCH term language (section 4.1); operators are case sensitive (upper case only). */
export function parseSearch(query: string): SearchQuery {
  if (query.length > SEARCH_QUERY_MAX_LENGTH) {
    throw new MetricMathSyntaxError(
      `the search query is longer than ${SEARCH_QUERY_MAX_LENGTH} characters`,
      SEARCH_QUERY_MAX_LENGTH,
    );
  }
  return new SearchParser(tokenizeSearch(query), query).parse();
}

function describe(token: SearchToken): string {
  return token.kind === "eof" ? "end of search" : `'${token.text}'`;
}

class SearchParser {
  private index = 0;

  constructor(
    private readonly tokens: readonly SearchToken[],
    private readonly text: string,
  ) {}

  private peek(offset = 0): SearchToken {
    const token = this.tokens[Math.min(this.index + offset, this.tokens.length - 1)];
    if (!token) throw new MetricMathSyntaxError("internal: no tokens", 0);
    return token;
  }

  private next(): SearchToken {
    const token = this.peek();
    if (this.index < this.tokens.length - 1) this.index++;
    return token;
  }

  private isPunct(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === "punct" && token.text === text;
  }

  private isOperator(word: string): boolean {
    const token = this.peek();
    return token.kind === "word" && token.text === word;
  }

  private fail(expected: string): never {
    const token = this.peek();
    throw new MetricMathSyntaxError(`expected ${expected} but found ${describe(token)}`, token.start);
  }

  parse(): SearchQuery {
    const result: SearchQuery = { text: this.text };
    if (this.isPunct("{")) {
      result.schema = this.parseSchema();
      // Documented examples put a comma between the schema and the terms.
      if (this.isPunct(",")) this.next();
    }
    if (this.peek().kind !== "eof") result.filter = this.parseOr();
    const rest = this.peek();
    if (rest.kind !== "eof") {
      throw new MetricMathSyntaxError(`unexpected ${describe(rest)} in search`, rest.start);
    }
    if (!result.schema && !result.filter) throw new MetricMathSyntaxError("the search query is empty", 0);
    return result;
  }

  private schemaName(what: string): string {
    const token = this.peek();
    if (token.kind === "word" || token.kind === "exact") {
      this.next();
      return token.text;
    }
    return this.fail(what);
  }

  private parseSchema(): SearchSchema {
    this.next();
    const namespace = this.schemaName("a namespace");
    const dimensionNames: string[] = [];
    while (this.isPunct(",")) {
      this.next();
      dimensionNames.push(this.schemaName("a dimension name"));
    }
    if (!this.isPunct("}")) this.fail("',' or '}' in the metric schema");
    this.next();
    return { namespace, dimensionNames };
  }

  private parseOr(): SearchNode {
    const items = [this.parseAnd()];
    while (this.isOperator("OR")) {
      this.next();
      items.push(this.parseAnd());
    }
    return items.length === 1 && items[0] ? items[0] : { type: "or", items };
  }

  /** Terms next to each other are implicitly ANDed. */
  private parseAnd(): SearchNode {
    const items = [this.parseNot()];
    for (;;) {
      if (this.isOperator("AND")) {
        this.next();
        items.push(this.parseNot());
        continue;
      }
      if (this.isPunct(",")) {
        this.next();
        continue;
      }
      const token = this.peek();
      const startsTerm =
        token.kind === "exact" || (token.kind === "word" && token.text !== "OR") || this.isPunct("(");
      if (!startsTerm) break;
      items.push(this.parseNot());
    }
    return items.length === 1 && items[0] ? items[0] : { type: "and", items };
  }

  private parseNot(): SearchNode {
    if (this.isOperator("NOT")) {
      this.next();
      return { type: "not", item: this.parseNot() };
    }
    if (this.isPunct("(")) {
      this.next();
      const inner = this.parseOr();
      if (!this.isPunct(")")) this.fail("')'");
      this.next();
      return inner;
    }
    return this.parseTerm();
  }

  private parseTerm(): SearchNode {
    const token = this.peek();
    if (token.kind === "word" && OPERATORS.has(token.text)) this.fail("a search term");
    if (token.kind !== "word" && token.kind !== "exact") this.fail("a search term");
    this.next();
    if (!this.isPunct("=")) {
      return {
        type: "term",
        text: token.text,
        exact: token.kind === "exact",
        start: token.start,
        end: token.end,
      };
    }
    this.next();
    const values = this.parsePropertyValues();
    return { type: "property", name: token.text, values, start: token.start, end: this.peek(-1).end };
  }

  private parsePropertyValues(): SearchValue[] {
    if (!this.isPunct("(")) return [this.parseValue()];
    this.next();
    const values = [this.parseValue()];
    while (this.isOperator("OR")) {
      this.next();
      values.push(this.parseValue());
    }
    if (!this.isPunct(")")) this.fail("OR or ')' in the value list");
    this.next();
    return values;
  }

  private parseValue(): SearchValue {
    const token = this.peek();
    if (token.kind === "exact" || (token.kind === "word" && !OPERATORS.has(token.text))) {
      this.next();
      return { text: token.text, exact: token.kind === "exact" };
    }
    return this.fail("a property value");
  }
}
