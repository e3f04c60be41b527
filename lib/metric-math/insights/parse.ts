import { MetricMathSyntaxError } from "../errors";
import { tokenizeSql, type SqlToken } from "./lexer";
import type {
  InsightsAggregate,
  InsightsComparison,
  InsightsCondition,
  InsightsOrderBy,
  InsightsSource,
  MetricsInsightsQuery,
} from "./types";

const AGGREGATES: readonly InsightsAggregate[] = ["AVG", "COUNT", "MAX", "MIN", "SUM"];
const RESERVED = new Set(["SELECT", "FROM", "WHERE", "GROUP", "ORDER", "BY", "LIMIT", "AND", "OR", "NOT"]);

/** Parses a Metrics Insights query (section 4.2). Keywords are case-insensitive, identifiers are not. */
export function parseMetricsInsights(sql: string): MetricsInsightsQuery {
  return new SqlParser(tokenizeSql(sql)).parseQuery();
}

function describe(token: SqlToken): string {
  return token.kind === "eof" ? "end of query" : `'${token.text}'`;
}

class SqlParser {
  private index = 0;

  constructor(private readonly tokens: readonly SqlToken[]) {}

  private peek(offset = 0): SqlToken {
    const token = this.tokens[Math.min(this.index + offset, this.tokens.length - 1)];
    if (!token) throw new MetricMathSyntaxError("internal: no tokens", 0);
    return token;
  }

  private next(): SqlToken {
    const token = this.peek();
    if (this.index < this.tokens.length - 1) this.index++;
    return token;
  }

  private isKeyword(word: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === "word" && token.text.toUpperCase() === word;
  }

  private isPunct(text: string): boolean {
    const token = this.peek();
    return token.kind === "punct" && token.text === text;
  }

  private fail(expected: string): never {
    const token = this.peek();
    throw new MetricMathSyntaxError(`expected ${expected} but found ${describe(token)}`, token.start);
  }

  private expectKeyword(word: string): void {
    if (!this.isKeyword(word)) this.fail(word);
    this.next();
  }

  private expectPunct(text: string): void {
    if (!this.isPunct(text)) this.fail(`'${text}'`);
    this.next();
  }

  /** A bare word that is not a reserved keyword, or a double-quoted identifier. */
  private identifier(what: string): string {
    const token = this.peek();
    if (token.kind === "quoted" || (token.kind === "word" && !RESERVED.has(token.text.toUpperCase()))) {
      this.next();
      return token.text;
    }
    return this.fail(what);
  }

  private aggregate(): InsightsAggregate {
    const token = this.peek();
    const found = AGGREGATES.find((a) => token.kind === "word" && token.text.toUpperCase() === a);
    if (!found) this.fail("one of AVG, COUNT, MAX, MIN, SUM");
    this.next();
    return found;
  }

  parseQuery(): MetricsInsightsQuery {
    this.expectKeyword("SELECT");
    const aggregate = this.aggregate();
    this.expectPunct("(");
    const metricName = this.identifier("a metric name");
    this.expectPunct(")");
    this.expectKeyword("FROM");
    const query: MetricsInsightsQuery = { aggregate, metricName, from: this.parseSource(), groupBy: [] };
    if (this.isKeyword("WHERE")) {
      this.next();
      query.where = this.parseOr();
    }
    if (this.isKeyword("GROUP")) {
      this.next();
      this.expectKeyword("BY");
      query.groupBy = this.identifierList("a label key");
    }
    if (this.isKeyword("ORDER")) {
      this.next();
      this.expectKeyword("BY");
      query.orderBy = this.parseOrderBy();
    }
    if (this.isKeyword("LIMIT")) {
      this.next();
      query.limit = this.parseLimit();
    }
    const rest = this.peek();
    if (rest.kind !== "eof") {
      throw new MetricMathSyntaxError(`unexpected ${describe(rest)} at the end of the query`, rest.start);
    }
    return query;
  }

  private parseSource(): InsightsSource {
    if (this.isKeyword("SCHEMA") && this.peek(1).kind === "punct" && this.peek(1).text === "(") {
      this.next();
      this.next();
      const namespace = this.identifier("a namespace");
      const dimensionKeys: string[] = [];
      while (this.isPunct(",")) {
        this.next();
        dimensionKeys.push(this.identifier("a dimension key"));
      }
      this.expectPunct(")");
      return { kind: "schema", namespace, dimensionKeys };
    }
    return { kind: "namespace", namespace: this.identifier("a namespace or SCHEMA(...)") };
  }

  private identifierList(what: string): string[] {
    const keys = [this.identifier(what)];
    while (this.isPunct(",")) {
      this.next();
      keys.push(this.identifier(what));
    }
    return keys;
  }

  private parseOrderBy(): InsightsOrderBy {
    const aggregate = this.aggregate();
    this.expectPunct("(");
    this.expectPunct(")");
    let direction: "ASC" | "DESC" = "ASC";
    if (this.isKeyword("ASC") || this.isKeyword("DESC")) {
      direction = this.next().text.toUpperCase() === "DESC" ? "DESC" : "ASC";
    }
    return { aggregate, direction };
  }

  private parseLimit(): number {
    const token = this.peek();
    if (token.kind !== "number" || Number(token.text) < 1) this.fail("a positive whole number");
    this.next();
    return Number(token.text);
  }

  private parseOr(): InsightsCondition {
    const items = [this.parseAnd()];
    while (this.isKeyword("OR")) {
      this.next();
      items.push(this.parseAnd());
    }
    return items.length === 1 && items[0] ? items[0] : { type: "or", items };
  }

  private parseAnd(): InsightsCondition {
    const items = [this.parseNot()];
    while (this.isKeyword("AND")) {
      this.next();
      items.push(this.parseNot());
    }
    return items.length === 1 && items[0] ? items[0] : { type: "and", items };
  }

  private parseNot(): InsightsCondition {
    if (this.isKeyword("NOT")) {
      this.next();
      return { type: "not", item: this.parseNot() };
    }
    if (this.isPunct("(")) {
      this.next();
      const inner = this.parseOr();
      this.expectPunct(")");
      return inner;
    }
    return this.parseComparison();
  }

  private parseComparison(): InsightsCondition {
    const key = this.identifier("a label key");
    const op = this.parseComparisonOperator();
    if (op === "IN" || op === "NOT IN") {
      this.expectPunct("(");
      const values = [this.labelValue()];
      while (this.isPunct(",")) {
        this.next();
        values.push(this.labelValue());
      }
      this.expectPunct(")");
      return { type: "compare", key, op, values };
    }
    return { type: "compare", key, op, values: [this.labelValue()] };
  }

  private parseComparisonOperator(): InsightsComparison {
    if (this.isPunct("=") || this.isPunct("!=")) return this.next().text === "=" ? "=" : "!=";
    if (this.isKeyword("LIKE") || this.isKeyword("IN"))
      return this.next().text.toUpperCase() === "IN" ? "IN" : "LIKE";
    if (this.isKeyword("NOT") && (this.isKeyword("LIKE", 1) || this.isKeyword("IN", 1))) {
      this.next();
      return this.next().text.toUpperCase() === "IN" ? "NOT IN" : "NOT LIKE";
    }
    return this.fail("a comparison operator (=, !=, LIKE, IN)");
  }

  private labelValue(): string {
    const token = this.peek();
    if (token.kind === "string" || token.kind === "number") {
      this.next();
      return token.text;
    }
    return this.fail("a single-quoted label value");
  }
}
