import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAccounts, syncAccounts } from "@/lib/accounts/repository";
import type { AwsRuntime } from "@/lib/aws/runtime";
import { startEmbeddedSimulator, type EmbeddedSimulator } from "@/lib/simulator/embed";
import { withMigratedDatabase } from "@/lib/testing/database";
import { startAlarmPollers } from "@/lib/alarms/poller";
import { startHealthPollers } from "./poller";
import { healthEventDetail, listHealthEvents } from "./service";
import { listHealthSnapshots } from "./snapshot-store";

// The Health pollers against the simulator's demo organisation and a real PostgreSQL.

withMigratedDatabase();

let simulator: EmbeddedSimulator;
let runtime: AwsRuntime;

beforeAll(async () => {
  simulator = await startEmbeddedSimulator({ host: "127.0.0.1", port: 0 });
  runtime = { mode: "simulator", endpoint: simulator.url, baseCredentials: simulator.baseCredentials };
  await syncAccounts("simulator", simulator.accounts);
});
afterAll(async () => {
  await simulator.close();
});

describe("Health pollers", () => {
  it("read each account, the organization of its management account, and name the missing support plan", async () => {
    const pollers = startHealthPollers({ intervalMs: 3600_000, accounts: listAccounts, runtime });
    await pollers.pollAll();
    await pollers.stop();
    const snapshots = await listHealthSnapshots();
    const production = snapshots.find((s) => s.awsAccountId === "111111111111" && !s.organization);
    const staging = snapshots.find((s) => s.awsAccountId === "222222222222" && !s.organization);
    const organization = snapshots.filter((s) => s.organization);

    expect(staging?.error?.kind).toBe("subscription-required");
    expect(staging?.events).toEqual([]);
    expect(production?.error).toBeUndefined();
    const ec2 = production?.events.find(
      (e) => e.service === "EC2" && e.region === "eu-west-1" && e.statusCode === "open",
    );
    expect(ec2?.category).toBe("issue");
    expect(ec2?.description).toMatch(/packet loss/);
    expect(ec2?.entities.length).toBeGreaterThan(0);

    // Only the shared-services (management) account reads the organization; members are not listed.
    expect(organization.map((s) => s.awsAccountId)).toEqual(["333333333333"]);
    const orgEc2 = organization[0]?.events.find((e) => e.arn === ec2?.arn);
    expect(orgEc2?.affectedAccounts).toEqual(expect.arrayContaining(["111111111111", "222222222222"]));
  });

  it("serve one event per ARN naming every account, linked to the alarms that watch its resources", async () => {
    const alarms = startAlarmPollers({ intervalMs: 3600_000, accounts: listAccounts, runtime });
    await alarms.pollAll();
    await alarms.stop();
    const view = await listHealthEvents({ services: ["EC2"], regions: ["eu-west-1"], statuses: ["open"] });
    expect(view.events).toHaveLength(1);
    const [ec2] = view.events;
    expect(ec2?.accounts.map((a) => a.id).sort()).toEqual(["111111111111", "222222222222"]);
    expect(ec2?.accounts.find((a) => a.id === "222222222222")?.name).toBe("Staging");
    const alarmLinks = ec2?.links.filter((l) => l.kind === "alarm") ?? [];
    expect(alarmLinks.length).toBeGreaterThan(0);
    for (const link of alarmLinks) {
      expect(ec2?.entities.map((e) => e.value)).toContain(link.entity);
      expect(link.href).toMatch(/^\/alarms\/detail\?account=\d{12}&region=eu-west-1&name=/);
    }
    expect(view.sources.find((s) => s.accountId === "222222222222" && !s.organization)?.error?.kind).toBe(
      "subscription-required",
    );
    expect(view.supportPlans).toMatch(/Business/);
    expect((await healthEventDetail(ec2?.arn ?? "")).arn).toBe(ec2?.arn);
    const staging = await listHealthEvents({ accounts: ["222222222222"] });
    expect(staging.events.every((e) => e.accounts.some((a) => a.id === "222222222222"))).toBe(true);
  });
});
