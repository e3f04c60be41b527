import { listAccounts } from "@/lib/accounts/repository";
import { startAlarmPollers } from "@/lib/alarms/poller";
import { startHealthPollers } from "@/lib/aws-health/poller";
import type { AwsRuntime } from "@/lib/aws/runtime";
import type { PollScheduler } from "@/lib/polling/scheduler";

// The background pollers the launcher starts: alarms per account and Region, Health per account and
// organization. Both read the account registry every cycle and write snapshots to PostgreSQL.

export interface MonitoringPollersOptions {
  alarmIntervalSeconds: number;
  healthIntervalSeconds: number;
  /** Whether this replica polls now (leader election plugs in here); default: always. */
  shouldPoll?: () => Promise<boolean>;
  runtime?: AwsRuntime;
  log?: (line: string) => void;
}

export interface MonitoringPollers {
  alarms: PollScheduler;
  health: PollScheduler;
  stop(): Promise<void>;
}

export function startMonitoringPollers(options: MonitoringPollersOptions): MonitoringPollers {
  const common = {
    accounts: listAccounts,
    ...(options.shouldPoll ? { shouldPoll: options.shouldPoll } : {}),
    ...(options.runtime ? { runtime: options.runtime } : {}),
    ...(options.log ? { log: options.log } : {}),
  };
  const alarms = startAlarmPollers({ ...common, intervalMs: options.alarmIntervalSeconds * 1000 });
  const health = startHealthPollers({ ...common, intervalMs: options.healthIntervalSeconds * 1000 });
  return {
    alarms,
    health,
    stop: async () => {
      await Promise.all([alarms.stop(), health.stop()]);
    },
  };
}
