// Saved Logs Insights queries: PutQueryDefinition, DescribeQueryDefinitions, DeleteQueryDefinition.

import { randomUUID } from "node:crypto";
import type { RequestContext } from "@/lib/simulator/core/types";
import { invalidParameter, limitExceeded, resourceNotFound } from "../errors";
import {
  optionalEnum,
  optionalInteger,
  optionalString,
  optionalStringList,
  requiredString,
  type Input,
} from "../input";
import { decodeToken, encodeToken, fingerprint, tokenNumber } from "../paging";
import { MAX_NAME_LENGTH, MESSAGES, QUERY_DEFINITIONS_MAX, QUERY_STRING_MAX_LENGTH } from "../semantics";

const LANGUAGES = ["CWLI", "SQL", "PPL"] as const;

interface QueryDefinition {
  queryDefinitionId: string;
  name: string;
  queryString: string;
  lastModified: number;
  logGroupNames?: string[];
  queryLanguage: (typeof LANGUAGES)[number];
}

export class QueryDefinitionStore {
  private readonly byRegion = new Map<string, Map<string, QueryDefinition>>();

  private scope(ctx: RequestContext): Map<string, QueryDefinition> {
    const key = `${ctx.accountId}|${ctx.region}`;
    let m = this.byRegion.get(key);
    if (!m) {
      m = new Map();
      this.byRegion.set(key, m);
    }
    return m;
  }

  put(input: Input, ctx: RequestContext) {
    const name = requiredString(input, "name", 255);
    const queryString = requiredString(input, "queryString", QUERY_STRING_MAX_LENGTH);
    const id = optionalString(input, "queryDefinitionId", 256, 0);
    const logGroupNames = optionalStringList(input, "logGroupNames", 50, 0);
    const queryLanguage = optionalEnum(input, "queryLanguage", LANGUAGES) ?? "CWLI";
    for (const g of logGroupNames ?? []) {
      if (g.length === 0 || g.length > MAX_NAME_LENGTH) throw invalidParameter(MESSAGES.nameTooLong);
    }
    const defs = this.scope(ctx);
    if (id !== undefined && id !== "" && !defs.has(id))
      throw resourceNotFound(MESSAGES.queryDefinitionNotFound);
    if ((id === undefined || id === "") && defs.size >= QUERY_DEFINITIONS_MAX) {
      throw limitExceeded(MESSAGES.queryDefinitionsLimit);
    }
    const queryDefinitionId = id === undefined || id === "" ? randomUUID() : id;
    defs.set(queryDefinitionId, {
      queryDefinitionId,
      name,
      queryString,
      lastModified: ctx.now.getTime(),
      ...(logGroupNames && logGroupNames.length > 0 ? { logGroupNames } : {}),
      queryLanguage,
    });
    return { queryDefinitionId };
  }

  describe(input: Input, ctx: RequestContext) {
    const prefix = optionalString(input, "queryDefinitionNamePrefix", 255);
    const maxResults =
      optionalInteger(input, "maxResults", 1, QUERY_DEFINITIONS_MAX) ?? QUERY_DEFINITIONS_MAX;
    const language = optionalEnum(input, "queryLanguage", LANGUAGES);
    const token = optionalString(input, "nextToken");
    const all = [...this.scope(ctx).values()]
      .filter(
        (d) =>
          (prefix === undefined || d.name.startsWith(prefix)) &&
          (language === undefined || d.queryLanguage === language),
      )
      .sort((a, b) =>
        a.name < b.name ? -1 : a.name > b.name ? 1 : a.queryDefinitionId < b.queryDefinitionId ? -1 : 1,
      );
    const fp = fingerprint(["DescribeQueryDefinitions", ctx.accountId, ctx.region, prefix, language]);
    const offset = token === undefined ? 0 : tokenNumber(decodeToken(token, fp), "o");
    const page = all.slice(offset, offset + maxResults);
    return {
      queryDefinitions: page,
      ...(offset + page.length < all.length
        ? { nextToken: encodeToken(fp, { o: offset + page.length }) }
        : {}),
    };
  }

  delete(input: Input, ctx: RequestContext) {
    const id = requiredString(input, "queryDefinitionId", 256, 0);
    if (!this.scope(ctx).delete(id)) throw resourceNotFound(MESSAGES.queryDefinitionNotFound);
    return { success: true };
  }
}
