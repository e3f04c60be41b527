import { describe, expect, it } from "vitest";
import { parseParams } from "@/lib/server/http";
import { alarmDetailQuerySchema, alarmsListQuerySchema } from "./alarms";
import { healthEventsQuerySchema } from "./aws-health";

function issueOf(run: () => unknown): { status: number; paths: string[] } {
  try {
    run();
  } catch (error) {
    const e = error as { status: number; issues?: { path: string }[] };
    return { status: e.status, paths: (e.issues ?? []).map((i) => i.path) };
  }
  throw new Error("expected a 400");
}

describe("alarm and Health request contracts", () => {
  it("read comma lists and defaults from the URL", () => {
    const query = parseParams(
      new URLSearchParams("state=ALARM,OK&account=111111111111&region=eu-west-1&q=cpu"),
      alarmsListQuerySchema,
    );
    expect(query).toMatchObject({
      state: ["ALARM", "OK"],
      account: ["111111111111"],
      region: ["eu-west-1"],
      type: [],
      q: "cpu",
      sort: "state",
    });
  });

  it("refuse bad input with a 400 naming the field", () => {
    expect(issueOf(() => parseParams(new URLSearchParams("state=FIRING"), alarmsListQuerySchema))).toEqual({
      status: 400,
      paths: ["state.0"],
    });
    expect(
      issueOf(() => parseParams(new URLSearchParams("account=12"), alarmsListQuerySchema)).paths,
    ).toEqual(["account.0"]);
    expect(
      issueOf(() => parseParams(new URLSearchParams("sort=random"), alarmsListQuerySchema)).paths,
    ).toEqual(["sort"]);
    expect(
      issueOf(() =>
        parseParams(
          new URLSearchParams("account=111111111111&region=us-east-1&name=x&start=100"),
          alarmDetailQuerySchema,
        ),
      ).paths,
    ).toEqual(["end"]);
    expect(
      issueOf(() => parseParams(new URLSearchParams("region=us-east-1"), alarmDetailQuerySchema)).paths,
    ).toEqual(expect.arrayContaining(["account", "name"]));
    expect(
      issueOf(() => parseParams(new URLSearchParams("account=1234567890123"), healthEventsQuerySchema)).paths,
    ).toEqual(["account.0"]);
  });
});
