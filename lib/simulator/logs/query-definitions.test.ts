import {
  CloudWatchLogsClient,
  DeleteQueryDefinitionCommand,
  DescribeQueryDefinitionsCommand,
  PutQueryDefinitionCommand,
} from "@aws-sdk/client-cloudwatch-logs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientConfig, type ClientOptions } from "@/lib/simulator/core/test-support";
import { errorOf, startLogsTestBed, TEST_NOW, type LogsTestBed } from "./test-support";

let bed: LogsTestBed;
const logs = (o: ClientOptions = {}) =>
  new CloudWatchLogsClient(clientConfig(bed.sim, { fastRetries: true, ...o }));

beforeAll(async () => {
  bed = await startLogsTestBed();
});
afterAll(() => bed.sim.close());

describe("saved queries", () => {
  it("creates, lists by prefix, updates and deletes definitions", async () => {
    const errors = await logs().send(
      new PutQueryDefinitionCommand({
        name: "errors/by-minute",
        queryString: 'filter level = "ERROR" | stats count(*) by bin(1m)',
        logGroupNames: ["/aws/lambda/shop-checkout"],
      }),
    );
    expect(errors.queryDefinitionId).toMatch(/^[0-9a-f-]{36}$/);
    await logs().send(new PutQueryDefinitionCommand({ name: "alb/5xx", queryString: "fields @message" }));
    const listed = await logs().send(new DescribeQueryDefinitionsCommand({}));
    expect(listed.queryDefinitions?.map((d) => d.name)).toEqual(["alb/5xx", "errors/by-minute"]);
    expect(listed.queryDefinitions?.[1]).toEqual({
      queryDefinitionId: errors.queryDefinitionId,
      name: "errors/by-minute",
      queryString: 'filter level = "ERROR" | stats count(*) by bin(1m)',
      lastModified: TEST_NOW,
      logGroupNames: ["/aws/lambda/shop-checkout"],
      queryLanguage: "CWLI",
    });
    const prefixed = await logs().send(
      new DescribeQueryDefinitionsCommand({ queryDefinitionNamePrefix: "errors/" }),
    );
    expect(prefixed.queryDefinitions).toHaveLength(1);
    const paged = await logs().send(new DescribeQueryDefinitionsCommand({ maxResults: 1 }));
    const rest = await logs().send(
      new DescribeQueryDefinitionsCommand({ maxResults: 1, nextToken: paged.nextToken }),
    );
    expect(rest.queryDefinitions?.map((d) => d.name)).toEqual(["errors/by-minute"]);

    await logs().send(
      new PutQueryDefinitionCommand({
        queryDefinitionId: errors.queryDefinitionId,
        name: "errors/renamed",
        queryString: "fields @timestamp",
      }),
    );
    const renamed = await logs().send(
      new DescribeQueryDefinitionsCommand({ queryDefinitionNamePrefix: "errors/" }),
    );
    expect(renamed.queryDefinitions?.map((d) => [d.name, d.queryString])).toEqual([
      ["errors/renamed", "fields @timestamp"],
    ]);

    expect(
      await logs().send(new DeleteQueryDefinitionCommand({ queryDefinitionId: errors.queryDefinitionId })),
    ).toMatchObject({
      success: true,
    });
    const again = await errorOf(
      logs().send(new DeleteQueryDefinitionCommand({ queryDefinitionId: errors.queryDefinitionId })),
    );
    expect(again.name).toBe("ResourceNotFoundException");
  });

  it("keeps definitions per account and Region and validates input", async () => {
    const other = await logs({ region: "eu-west-1" }).send(new DescribeQueryDefinitionsCommand({}));
    expect(other.queryDefinitions).toEqual([]);
    const unknown = await errorOf(
      logs().send(
        new PutQueryDefinitionCommand({
          queryDefinitionId: "nope",
          name: "x",
          queryString: "fields @message",
        }),
      ),
    );
    expect(unknown.name).toBe("ResourceNotFoundException");
    const noName = await errorOf(
      logs().send(new PutQueryDefinitionCommand({ name: "", queryString: "fields @message" })),
    );
    expect(noName.name).toBe("InvalidParameterException");
  });
});
