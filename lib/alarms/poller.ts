import type { AccountTarget } from "@/lib/aws/account-config";
import { describeAllAlarms } from "@/lib/aws/alarms";
import { classifyAwsError, describeFailure } from "@/lib/aws/errors";
import type { AwsRuntime } from "@/lib/aws/runtime";
import { startPollScheduler, type PollScheduler, type PollTarget } from "@/lib/polling/scheduler";
import type { AlarmRecord } from "./model";
import { pruneAlarmSnapshots, saveAlarmSnapshot, snapshotKey } from "./snapshot-store";

// One poller per registered account and Region: DescribeAlarms (every page, metric and composite alarms) at
// the configured interval, the answer stored as that account/Region's snapshot in PostgreSQL. Viewers read
// snapshots only, so the number of DescribeAlarms calls does not depend on how many screens are open.

export interface AlarmPollerOptions {
  intervalMs: number;
  accounts: () => Promise<Array<AccountTarget & { name: string }>>;
  shouldPoll?: () => Promise<boolean>;
  runtime?: AwsRuntime;
  /** Replaces DescribeAlarms (tests of the scheduling only). */
  describe?: (account: AccountTarget, region: string) => Promise<{ alarms: AlarmRecord[] }>;
  log?: (line: string) => void;
  now?: () => Date;
}

interface AlarmTarget extends PollTarget {
  account: AccountTarget;
  region: string;
}

export function startAlarmPollers(options: AlarmPollerOptions): PollScheduler {
  const now = options.now ?? (() => new Date());
  const describe =
    options.describe ??
    ((account: AccountTarget, region: string) => describeAllAlarms(account, region, options.runtime));
  return startPollScheduler<AlarmTarget>({
    name: "alarm poller",
    intervalMs: options.intervalMs,
    ...(options.shouldPoll ? { shouldPoll: options.shouldPoll } : {}),
    ...(options.log ? { log: options.log } : {}),
    targets: async () =>
      (await options.accounts()).flatMap((account) =>
        account.regions.map((region) => ({ key: snapshotKey(account.id, region), account, region })),
      ),
    onTargets: pruneAlarmSnapshots,
    async poll({ account, region }) {
      const key = {
        accountRef: account.id,
        region,
        awsAccountId: account.accountId,
        accountName: account.name,
      };
      try {
        const { alarms } = await describe(account, region);
        await saveAlarmSnapshot(key, { alarms }, now());
        return {};
      } catch (error) {
        const failure = classifyAwsError(error);
        await saveAlarmSnapshot(key, { failure, message: describeFailure(failure) }, now());
        return { throttled: failure.kind === "throttled" };
      }
    },
  });
}
