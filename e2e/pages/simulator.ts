import { CloudWatchClient, DescribeAlarmsCommand } from "@aws-sdk/client-cloudwatch";

// The e2e run's AWS simulator, reached directly with the real SDK (as any AWS client would) to compare what
// Watchwall shows against what AWS says, and to read its call counters.

const PORT = Number(process.env.E2E_PORT ?? 3210);
export const SIMULATOR_URL = `http://127.0.0.1:${PORT + 2}`;

export const DEMO_ACCOUNTS = {
  "111111111111": "AKIAPRODDEMO00000001",
  "222222222222": "AKIASTAGEDEMO0000002",
  "333333333333": "AKIASHAREDDEMO000003",
} as const;
export const DEMO_REGIONS = ["us-east-1", "eu-west-1", "ap-northeast-1"] as const;

export type DemoAccountId = keyof typeof DEMO_ACCOUNTS;

export function cloudWatch(accountId: DemoAccountId, region: string): CloudWatchClient {
  return new CloudWatchClient({
    region,
    endpoint: SIMULATOR_URL,
    credentials: { accessKeyId: DEMO_ACCOUNTS[accountId], secretAccessKey: "e2e" },
  });
}

/** `account/region/name` → state of every metric and composite alarm, every page, as DescribeAlarms says. */
export async function simulatorAlarmStates(): Promise<Map<string, string>> {
  const states = new Map<string, string>();
  for (const accountId of Object.keys(DEMO_ACCOUNTS) as DemoAccountId[]) {
    for (const region of DEMO_REGIONS) {
      const client = cloudWatch(accountId, region);
      let nextToken: string | undefined;
      do {
        const page = await client.send(
          new DescribeAlarmsCommand({
            AlarmTypes: ["MetricAlarm", "CompositeAlarm"],
            MaxRecords: 100,
            NextToken: nextToken,
          }),
        );
        for (const alarm of [...(page.MetricAlarms ?? []), ...(page.CompositeAlarms ?? [])]) {
          states.set(`${accountId}/${region}/${alarm.AlarmName}`, alarm.StateValue ?? "");
        }
        nextToken = page.NextToken;
      } while (nextToken);
      client.destroy();
    }
  }
  return states;
}

interface OperationStats {
  calls: number;
  byAccount: Record<string, { calls: number; byRegion: Record<string, { calls: number }> }>;
}

export async function operationStats(operation: string): Promise<OperationStats> {
  const response = await fetch(`${SIMULATOR_URL}/_simulator/stats`);
  const body = (await response.json()) as { operations: Record<string, OperationStats> };
  return body.operations[operation] ?? { calls: 0, byAccount: {} };
}

export async function resetStats(): Promise<void> {
  await fetch(`${SIMULATOR_URL}/_simulator/stats/reset`, { method: "POST" });
}
