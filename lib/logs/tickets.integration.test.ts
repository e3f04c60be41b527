import { beforeAll, describe, expect, it } from "vitest";
import type { AccountTarget } from "@/lib/aws/account-config";
import { awsRuntime, type AwsRuntime } from "@/lib/aws/runtime";
import { withMigratedDatabase } from "@/lib/testing/database";
import { withSimulator } from "@/lib/testing/simulator";
import { awsLogsBackend } from "./backend";
import { InProcessLimiter } from "./limiter";
import { planRun } from "./plan";
import { SharedRuns } from "./shared-runs";
import { findTicket, forgetTicket, recordedTicket, recordTicket } from "./tickets";

// Two replicas behind a load balancer (two SharedRuns on one PostgreSQL, the real SDK against the simulator):
// a viewer starts a Logs Insights query on one and its stream reaches the other, which must serve that
// ticket, not answer 404; once released anywhere, no replica opens it again.

withMigratedDatabase();

const handle = withSimulator();
let runtime: AwsRuntime;
let accounts: AccountTarget[];

beforeAll(() => {
  runtime = awsRuntime();
  accounts = handle.simulator.accounts.map((a, i) => ({ ...a, id: `acct-${i}` }));
});

function replica(): SharedRuns {
  const backend = awsLogsBackend(async (id) => accounts.find((a) => a.accountId === id), runtime);
  const runs = new SharedRuns(backend, new InProcessLimiter(() => 10), Date.now);
  runs.onRelease = (id) => void forgetTicket(id);
  return runs;
}

const ALB = "/watchwall/alb/prod-web-alb/access-logs";
const HOUR = 3_600_000;

describe("Logs Insights tickets across replicas", () => {
  it("serves a ticket opened on one replica from another, with the same plan and holder, until released", async () => {
    const end = Math.floor(Date.now() / HOUR) * HOUR - HOUR;
    const spec = planRun(
      {
        query: "stats count(*) as n by bin(5m)",
        groups: [{ accountId: "111111111111", region: "us-east-1", name: ALB }],
        mode: "groups",
        range: { type: "absolute", start: end - HOUR, end },
      },
      Date.now(),
    );
    const a = replica();
    const b = replica();
    const opened = a.open(spec, "display:screen-1");
    await recordTicket(opened, spec);

    // The same id on the other replica: its own run of the same plan, for the same holder.
    const adopted = await findTicket(b, opened.id);
    expect(adopted?.id).toBe(opened.id);
    expect(adopted?.holder).toBe("display:screen-1");
    expect(adopted?.run.spec).toEqual(spec);
    // Asked again (a second stream): the ticket it already opened, not another run.
    expect(await findTicket(b, opened.id)).toBe(adopted);
    await adopted?.run.done;
    const rows = adopted?.run.snapshot();
    expect(rows?.status).toBe("complete");
    expect(rows?.rows.length).toBeGreaterThan(0);

    // Unknown ids stay unknown everywhere.
    expect(await findTicket(b, "no-such-ticket")).toBeUndefined();
    expect(await recordedTicket("no-such-ticket")).toBeUndefined();

    // Released on its own replica: forgotten, so a third replica no longer opens it.
    expect(await a.release(opened.id)).toBe(true);
    await expect.poll(() => recordedTicket(opened.id)).toBeUndefined();
    expect(await findTicket(replica(), opened.id)).toBeUndefined();
  });
});
