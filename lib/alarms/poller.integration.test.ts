import { DescribeAlarmsCommand } from "@aws-sdk/client-cloudwatch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncAccounts, listAccounts } from "@/lib/accounts/repository";
import { clientsFor } from "@/lib/aws/clients";
import type { AwsRuntime } from "@/lib/aws/runtime";
import { startEmbeddedSimulator, type EmbeddedSimulator } from "@/lib/simulator/embed";
import { withMigratedDatabase } from "@/lib/testing/database";
import { startAlarmPollers } from "./poller";
import { db } from "@/lib/db/client";
import { listAlarmSnapshots, UNREADABLE_SNAPSHOT } from "./snapshot-store";

// The alarm pollers against the simulator (real SDK, AssumeRole included) and a real PostgreSQL.

withMigratedDatabase();

let simulator: EmbeddedSimulator;
let runtime: AwsRuntime;

async function describeCalls(): Promise<number> {
  const body = (await (await fetch(`${simulator.url}/_simulator/stats`)).json()) as {
    operations: Record<string, { calls: number }>;
  };
  return body.operations.DescribeAlarms?.calls ?? 0;
}

beforeAll(async () => {
  simulator = await startEmbeddedSimulator({ host: "127.0.0.1", port: 0 });
  runtime = { mode: "simulator", endpoint: simulator.url, baseCredentials: simulator.baseCredentials };
  await syncAccounts("simulator", simulator.accounts);
});
afterAll(async () => {
  await simulator.close();
});

describe("alarm pollers", () => {
  it("store every alarm of every account and Region, as DescribeAlarms lists them", async () => {
    const pollers = startAlarmPollers({ intervalMs: 3600_000, accounts: listAccounts, runtime });
    await pollers.pollAll();
    await pollers.stop();
    const snapshots = await listAlarmSnapshots();
    expect(snapshots).toHaveLength(9);
    for (const snapshot of snapshots) {
      expect(snapshot.error).toBeUndefined();
      const account = (await listAccounts()).find((a) => a.id === snapshot.accountRef);
      if (!account) throw new Error("account missing");
      const direct = await clientsFor(account, snapshot.region, runtime).cloudwatch.send(
        new DescribeAlarmsCommand({ AlarmTypes: ["MetricAlarm", "CompositeAlarm"], MaxRecords: 100 }),
      );
      const expected = [...(direct.MetricAlarms ?? []), ...(direct.CompositeAlarms ?? [])]
        .map((a) => a.AlarmName ?? "")
        .sort();
      expect(snapshot.alarms.map((a) => a.name).sort()).toEqual(expected);
      expect(direct.NextToken).toBeUndefined();
    }
    const all = snapshots.flatMap((s) => s.alarms);
    expect(all.some((a) => a.type === "composite")).toBe(true);
    expect(all.length).toBeGreaterThan(50);
  });

  it("records an account and Region that cannot be read as such, keeping nothing that looks OK", async () => {
    const accounts = await listAccounts();
    const staging = accounts.find((a) => a.accountId === "222222222222");
    if (!staging) throw new Error("staging missing");
    await fetch(`${simulator.url}/_simulator/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([
        {
          service: "cloudwatch",
          operation: "DescribeAlarms",
          account: "222222222222",
          region: "eu-west-1",
          error: true,
          errorStatus: 500,
        },
      ]),
    });
    try {
      const pollers = startAlarmPollers({ intervalMs: 3600_000, accounts: async () => [staging], runtime });
      await pollers.pollAll();
      await pollers.stop();
    } finally {
      await fetch(`${simulator.url}/_simulator/faults`, { method: "DELETE" });
    }
    const snapshots = await listAlarmSnapshots();
    const broken = snapshots.find((s) => s.awsAccountId === "222222222222" && s.region === "eu-west-1");
    expect(broken?.error?.kind).toBe("unavailable");
    const fine = snapshots.find((s) => s.awsAccountId === "222222222222" && s.region === "us-east-1");
    expect(fine?.error).toBeUndefined();
  });

  it("do not poll while shouldPoll says no", async () => {
    const before = await describeCalls();
    const pollers = startAlarmPollers({
      intervalMs: 3600_000,
      accounts: listAccounts,
      runtime,
      shouldPoll: async () => false,
    });
    await pollers.pollAll();
    await pollers.stop();
    expect(await describeCalls()).toBe(before);
  });

  it("report a snapshot they cannot read as an error, never as an account/Region without alarms", async () => {
    const [first] = await listAlarmSnapshots();
    if (!first) throw new Error("no snapshot");
    await db().alarmSnapshot.update({
      where: { accountRef_region: { accountRef: first.accountRef, region: first.region } },
      data: { alarms: [{ name: "written by a future version" }] },
    });
    const reread = (await listAlarmSnapshots()).find(
      (s) => s.accountRef === first.accountRef && s.region === first.region,
    );
    expect(reread?.error).toEqual({ kind: "unknown", message: UNREADABLE_SNAPSHOT });
    expect(reread?.alarms).toEqual([]);
  });
});
